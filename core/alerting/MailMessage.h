#pragma once
// One e-mail as the SMTP DATA phase sends it: RFC 5322 headers and a multipart/alternative body
// with a plain-text and an HTML part. Both parts are UTF-8 in base64, so no line is too long,
// no body line starts with a lone dot and no device text can forge a header or a MIME boundary.

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace fleet::alerting {

struct MailMessage
{
    QString from;
    QStringList to;
    QString subject;
    QString text;
    QString html; // already escaped by whoever built it
    QDateTime date;
    QString messageIdDomain = QStringLiteral("fleetkeeper.invalid");

    // The message with CRLF line ends. boundary empty: a random one.
    QByteArray render(const QByteArray &boundary = {}) const;
};

// RFC 2047 encoded-word for a header value that is not plain ASCII; ASCII passes unchanged.
QByteArray encodeHeaderValue(const QString &value);

} // namespace fleet::alerting
