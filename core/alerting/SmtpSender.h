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

// What went wrong, from the SMTP stage that failed and the server's reply code (RFC 5321 4.2,
// RFC 4954 6): a refusal tells the administrator what to fix, and whether trying again can help.
enum class SmtpErrorKind : quint8 {
    None,
    Connect,      // no connection (server down, refused, DNS)
    Tls,          // handshake failed, the certificate was not trusted, or STARTTLS was refused
    Auth,         // the server refused the login (535 credentials invalid, 534...)
    AuthRequired, // the server wants a login that did not happen (530, usually to MAIL FROM)
    Rejected,     // a permanent refusal (5xx) of the sender, a recipient or the message
    Temporary,    // a transient failure (4xx: greylisting, mailbox busy, 421 shutting down)
    Timeout,
    Other,
};
QString smtpErrorKindName(SmtpErrorKind k);

struct SmtpResult
{
    SmtpErrorKind kind = SmtpErrorKind::None;
    QString message;
    int replyCode = 0; // the server's negative reply (4xx/5xx); 0 when none came (no connection, TLS)
    bool ok() const { return kind == SmtpErrorKind::None; }
    // The server refused this message for good: sending the same message again cannot succeed
    // (RFC 5321 4.2.1: a 5yz reply is not to be repeated as it was). A failed login, a missing
    // login, TLS and connection problems are not: they concern the set-up, and once it is fixed
    // the same message goes out.
    bool permanent() const { return kind == SmtpErrorKind::Rejected; }
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
