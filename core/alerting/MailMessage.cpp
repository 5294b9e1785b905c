#include "alerting/MailMessage.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QUuid>

namespace fleet::alerting {

namespace {

bool isPlainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// RFC 5322 date in English whatever the locale: "Tue, 02 Jan 2024 10:00:00 +0000".
QByteArray rfc5322Date(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

} // namespace

QByteArray encodeHeaderValue(const QString &value)
{
    if (isPlainAscii(value))
        return value.toLatin1();
    return "=?UTF-8?B?" + value.toUtf8().toBase64() + "?=";
}

QByteArray MailMessage::render(const QByteArray &boundaryIn) const
{
    const QByteArray boundary = boundaryIn.isEmpty()
                                    ? "fleetkeeper-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                    : boundaryIn;
    QByteArray m;
    m += "From: " + from.toLatin1() + "\r\n";
    m += "To: " + to.join(QStringLiteral(", ")).toLatin1() + "\r\n";
    m += "Subject: " + encodeHeaderValue(subject) + "\r\n";
    m += "Date: " + rfc5322Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()) + "\r\n";
    m += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" + messageIdDomain.toLatin1() +
         ">\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(text.toUtf8());
    m += "--" + boundary + "\r\n";
    m += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    m += base64Lines(html.toUtf8());
    m += "--" + boundary + "--\r\n";
    return m;
}

} // namespace fleet::alerting
