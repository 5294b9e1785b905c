#include "sync/ServerCertificate.h"

#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslCertificate>

namespace fleet::sync {

namespace sql = storage::sql;

namespace {

QString issuerName(const QSslCertificate &certificate)
{
    QStringList parts;
    const QList<QByteArray> attributes = certificate.issuerInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values = certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.isEmpty() ? certificate.issuerDisplayName() : parts.join(QStringLiteral(", "));
}

QStringList altNamesOf(const QSslCertificate &certificate)
{
    QStringList names;
    const auto sans = certificate.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            names << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            names << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            names << QStringLiteral("email:") + it.value();
            break;
        }
    }
    return names;
}

// Stored as a JSON array: a name may hold any character but a quote-escaped one.
QString altNamesText(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList altNamesFrom(const QString &text)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        names << v.toString();
    return names;
}

} // namespace

ServerCertificate ServerCertificate::from(const QSslCertificate &certificate, const QString &host,
                                          const QDateTime &seenAt)
{
    ServerCertificate c;
    if (certificate.isNull())
        return c;
    c.host = host;
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    c.subject = cn.isEmpty() ? certificate.subjectDisplayName() : cn.join(QStringLiteral(", "));
    c.altNames = altNamesOf(certificate);
    c.issuer = issuerName(certificate);
    c.notBefore = certificate.effectiveDate().toUTC();
    c.notAfter = certificate.expiryDate().toUTC();
    c.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    c.seenAt = seenAt.toUTC();
    return c;
}

QJsonObject ServerCertificate::toJson() const
{
    return {
        {QStringLiteral("host"), host},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("altNames"), QJsonArray::fromStringList(altNames)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("notBefore"), notBefore.toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), notAfter.toString(Qt::ISODate)},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("seenAt"), seenAt.toString(Qt::ISODateWithMs)},
    };
}

storage::Result<bool> ServerCertificateStore::remember(const ServerCertificate &c)
{
    auto stored = m_db.scalar(QStringLiteral("SELECT sha256 FROM server_certificates WHERE host = ?"), {c.host});
    if (!stored)
        return stored.error();
    if (stored->toString() == c.sha256)
        return false;
    const auto e = m_db.exec(
        QStringLiteral("INSERT INTO server_certificates (host, subject, alt_names, issuer, not_before, not_after, "
                       "sha256, seen_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(host) DO UPDATE SET "
                       "subject = excluded.subject, alt_names = excluded.alt_names, issuer = excluded.issuer, "
                       "not_before = excluded.not_before, not_after = excluded.not_after, sha256 = excluded.sha256, "
                       "seen_at = excluded.seen_at"),
        {c.host, c.subject, altNamesText(c.altNames), c.issuer, sql::time(c.notBefore), sql::time(c.notAfter), c.sha256,
         sql::time(c.seenAt.isValid() ? c.seenAt : QDateTime::currentDateTimeUtc())});
    if (e)
        return e;
    return true;
}

storage::Result<ServerCertificate> ServerCertificateStore::forHost(const QString &host)
{
    auto q = m_db.run(QStringLiteral("SELECT subject, alt_names, issuer, not_before, not_after, sha256, seen_at "
                                     "FROM server_certificates WHERE host = ?"),
                      {host});
    if (!q)
        return q.error();
    QSqlQuery *query = *q;
    ServerCertificate c;
    if (!query->next()) {
        query->finish();
        return c;
    }
    c.host = host;
    c.subject = query->value(0).toString();
    c.altNames = altNamesFrom(query->value(1).toString());
    c.issuer = query->value(2).toString();
    c.notBefore = sql::time(query->value(3));
    c.notAfter = sql::time(query->value(4));
    c.sha256 = query->value(5).toString();
    c.seenAt = sql::time(query->value(6));
    // A statement left open would keep its read snapshot until the next run of the same SQL.
    query->finish();
    return c;
}

} // namespace fleet::sync
