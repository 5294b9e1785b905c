#include "security/AuditLog.h"

#include "security/SecurityLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace fleet::security {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::security::AuditLog", s);
}

// Netstring-like: "<length>:<utf-8 bytes>," per field, "~," for NULL. Lengths make the encoding
// unambiguous (no separator can be smuggled into a field to move text between fields).
void addField(QByteArray &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ',';
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

constexpr char kColumns[] = "seq, at, actor, role, action, device_id, parameters, result, message, prev_hash, hash";

AuditRecord readRecord(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.actor = q.value(2).toString();
    r.role = q.value(3).toString();
    r.action = q.value(4).toString();
    if (!q.value(5).isNull())
        r.deviceId = q.value(5).toLongLong();
    r.parameters = q.value(6).toString();
    r.result = q.value(7).toString();
    r.message = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}
} // namespace

QString auditBreakName(AuditBreak kind)
{
    switch (kind) {
    case AuditBreak::None:
        return QStringLiteral("none");
    case AuditBreak::Changed:
        return QStringLiteral("changed");
    case AuditBreak::Deleted:
        return QStringLiteral("deleted");
    case AuditBreak::Reordered:
        return QStringLiteral("reordered");
    case AuditBreak::Anchor:
        return QStringLiteral("anchor");
    }
    return {};
}

QJsonObject AuditRecord::toJson() const
{
    return {{QStringLiteral("seq"), double(seq)},
            {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("role"), role},
            {QStringLiteral("action"), action},
            {QStringLiteral("deviceId"), deviceId ? QJsonValue(double(*deviceId)) : QJsonValue()},
            {QStringLiteral("parameters"), QJsonDocument::fromJson(parameters.toUtf8()).object()},
            {QStringLiteral("result"), result},
            {QStringLiteral("message"), message},
            {QStringLiteral("hash"), hash}};
}

std::optional<AuditAnchor> AuditAnchor::parse(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    AuditAnchor anchor{text.left(colon).toLongLong(&ok), text.mid(colon + 1).trimmed().toLower()};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || anchor.seq < 1 || !hex.match(anchor.hash).hasMatch())
        return std::nullopt;
    return anchor;
}

AuditLog::AuditLog(storage::Database &db, const std::function<QDateTime()> &clock)
    : m_db(db)
    , m_clock(clock ? clock : [] { return QDateTime::currentDateTimeUtc(); })
{}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditRecord &r)
{
    QByteArray canonical = "fleetkeeper-audit-v1,";
    addField(canonical, QString::number(r.seq));
    addField(canonical, QString::number(r.at.toMSecsSinceEpoch()));
    addField(canonical, r.actor);
    addField(canonical, r.role);
    addField(canonical, r.action);
    if (r.deviceId)
        addField(canonical, QString::number(*r.deviceId));
    else
        canonical += "~,";
    addField(canonical, r.parameters);
    addField(canonical, r.result);
    addField(canonical, r.message);
    addField(canonical, r.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

storage::Result<qint64> AuditLog::append(const AuditEntry &entry)
{
    if (m_db.inTransaction())
        return appendLocked(entry);
    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    auto seq = appendLocked(entry);
    if (!seq)
        return seq;
    if (auto error = tx.commit())
        return error;
    return seq;
}

// Runs inside a write transaction (BEGIN IMMEDIATE), so no other writer can append between reading
// the head and inserting after it.
storage::Result<qint64> AuditLog::appendLocked(const AuditEntry &entry)
{
    if (entry.action.isEmpty() || entry.actor.name.isEmpty())
        return storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                     tr("An audit entry needs an actor and an action.")};
    auto head = m_db.run(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    qint64 lastSeq = 0;
    QString prevHash = genesisHash();
    if ((*head)->next()) {
        lastSeq = (*head)->value(0).toLongLong();
        prevHash = (*head)->value(1).toString();
    }
    (*head)->finish();
    // After a deleted tail the counter is ahead of the last row; continuing from the counter keeps
    // that gap visible to verify().
    auto counter = m_db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"));
    if (!counter)
        return counter.error();
    lastSeq = qMax(lastSeq, counter->toLongLong());

    AuditRecord r;
    r.seq = lastSeq + 1;
    // Millisecond precision is what is stored; truncate first so the hash covers the stored value.
    r.at = QDateTime::fromMSecsSinceEpoch(m_clock().toMSecsSinceEpoch(), Qt::UTC);
    r.actor = entry.actor.name;
    r.role = roleName(entry.actor.role);
    r.action = entry.action;
    r.deviceId = entry.deviceId;
    r.parameters = QString::fromUtf8(QJsonDocument(entry.parameters).toJson(QJsonDocument::Compact));
    r.result = entry.result;
    r.message = entry.message;
    r.prevHash = prevHash;
    r.hash = computeHash(r);
    auto id = m_db.insert(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kColumns)),
                          {r.seq, r.at.toMSecsSinceEpoch(), r.actor, r.role, r.action, nullable(r.deviceId),
                           r.parameters, r.result, r.message, r.prevHash, r.hash});
    if (!id)
        return id.error();
    qCInfo(lcSecurity) << "audit" << r.seq << r.actor << r.role << r.action << r.result;
    return r.seq;
}

storage::Result<QList<AuditRecord>> AuditLog::list(const QDateTime &since, int limit)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM audit_log WHERE at >= ? ORDER BY seq DESC").arg(QLatin1String(kColumns));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto query = m_db.run(sql, {since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min()});
    if (!query)
        return query.error();
    QList<AuditRecord> rows;
    while ((*query)->next())
        rows.prepend(readRecord(**query));
    (*query)->finish();
    return rows;
}

storage::Result<AuditVerification> AuditLog::verify(const std::optional<AuditAnchor> &anchor)
{
    AuditVerification v;
    auto fail = [&v](AuditBreak kind, qint64 seq, const QString &reason) {
        v.kind = kind;
        v.firstBrokenSeq = seq;
        v.reason = reason;
    };
    auto query = m_db.run(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    qint64 expectedSeq = 1;
    QString prevHash = genesisHash();
    bool anchorSeen = false;
    while (q->next()) {
        const AuditRecord r = readRecord(*q);
        ++v.rows;
        if (r.seq != expectedSeq) {
            fail(AuditBreak::Deleted, expectedSeq,
                 r.seq - 1 == expectedSeq ? tr("Row %1 is missing (deleted).").arg(expectedSeq)
                                          : tr("Rows %1 to %2 are missing (deleted).").arg(expectedSeq).arg(r.seq - 1));
            break;
        }
        if (computeHash(r) != r.hash) {
            fail(AuditBreak::Changed, r.seq,
                 tr("Row %1 was changed: its contents no longer match its hash.").arg(r.seq));
            break;
        }
        if (r.prevHash != prevHash) {
            fail(AuditBreak::Reordered, r.seq,
                 tr("Row %1 does not follow row %2: the chain was reordered or a row was replaced.")
                     .arg(r.seq)
                     .arg(r.seq - 1));
            break;
        }
        if (anchor && anchor->seq == r.seq) {
            anchorSeen = true;
            if (anchor->hash != r.hash) {
                fail(AuditBreak::Anchor, r.seq,
                     tr("Row %1 has another hash than the anchor noted earlier: the chain was rewritten.").arg(r.seq));
                break;
            }
        }
        prevHash = r.hash;
        v.headSeq = r.seq;
        v.headHash = r.hash;
        expectedSeq = r.seq + 1;
    }
    if (q->lastError().isValid())
        return storage::StorageError::fromSql(q->lastError(), tr("Reading the audit log"));
    q->finish();
    if (!v.intact())
        return v;

    auto counter = m_db.scalar(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"));
    if (!counter)
        return counter.error();
    const qint64 highest = counter->toLongLong();
    if (highest > v.headSeq) {
        fail(AuditBreak::Deleted, v.headSeq + 1,
             highest == v.headSeq + 1
                 ? tr("The newest row %1 is missing (deleted).").arg(highest)
                 : tr("The newest rows %1 to %2 are missing (deleted).").arg(v.headSeq + 1).arg(highest));
    } else if (anchor && !anchorSeen) {
        fail(AuditBreak::Anchor, anchor->seq,
             tr("Row %1 of the anchor noted earlier is missing: the chain was cut or rewritten.").arg(anchor->seq));
    }
    return v;
}

} // namespace fleet::security
