#pragma once
// Sends one message through libcurl's SMTP client. Blocking: call it on a worker thread (the
// MailDispatcher does), never on the GUI thread.
//
// Why libcurl rather than a hand-written client on QSslSocket: STARTTLS must be required (a
// server that does not offer it is refused, not silently used in clear), the certificate is
// verified with the host name, TLS 1.2 is the minimum, and AUTH picks the strongest mechanism the
// server offers (PLAIN/LOGIN only inside TLS). libcurl does all of that, is in every
// distribution, and has years of hostile-server hardening we would otherwise have to repeat.

#include "alerting/SmtpSettings.h"

#include <QByteArray>
#include <QStringList>

namespace fleet::alerting {

enum class SmtpErrorKind : quint8 {
    None,
    Connect,  // no connection (server down, refused, DNS)
    Tls,      // handshake failed or the certificate was not trusted
    Auth,     // the server refused the login
    Rejected, // the server refused the sender, a recipient or the message
    Timeout,
    Other,
};
QString smtpErrorKindName(SmtpErrorKind k);

struct SmtpResult
{
    SmtpErrorKind kind = SmtpErrorKind::None;
    QString message;
    bool ok() const { return kind == SmtpErrorKind::None; }
};

class SmtpSender final
{
public:
    // password: from the secrets store; empty with a username set means no password.
    SmtpSender(SmtpSettings settings, QString password);

    SmtpResult send(const QStringList &recipients, const QByteArray &message) const;

private:
    SmtpSettings m_settings;
    QString m_password;
};

} // namespace fleet::alerting
