#pragma once
// Sends one message through libcurl's SMTP client, to every recipient the server accepts: one
// refused address (an unknown mailbox) does not keep the mail from the others. Blocking: call it
// on a worker thread (the MailDispatcher does), never on the GUI thread.
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

// One RCPT TO the server refused, in its own words.
struct RecipientRefusal
{
    QString address;
    int replyCode = 0; // 4xx: for now (greylisting, mailbox busy); 5xx: for good
    QString reply;
    bool permanent() const { return replyCode >= 500; }
};

struct SmtpResult
{
    // Not an aggregate, so that {kind, message} stays valid without naming every later member.
    SmtpResult(SmtpErrorKind kind_ = SmtpErrorKind::None, QString message_ = {}, int replyCode_ = 0,
               QList<RecipientRefusal> refusedRecipients_ = {})
        : kind(kind_)
        , message(std::move(message_))
        , replyCode(replyCode_)
        , refusedRecipients(std::move(refusedRecipients_))
    {}

    SmtpErrorKind kind = SmtpErrorKind::None;
    QString message;
    int replyCode = 0; // the server's negative reply (4xx/5xx); 0 when none came (no connection, TLS)
    // Every recipient the server refused, in the order sent. A mail the server took for at least
    // one recipient is ok(): it went out, and those listed here did not get it. When all were
    // refused, kind and message describe the refusal (temporary when any of them was).
    QList<RecipientRefusal> refusedRecipients;
    bool ok() const { return kind == SmtpErrorKind::None; }
    // The server refused this message for good: sending the same message again cannot succeed
    // (RFC 5321 4.2.1: a 5yz reply is not to be repeated as it was). A failed login, a missing
    // login, TLS and connection problems are not: they concern the set-up, and once it is fixed
    // the same message goes out.
    bool permanent() const { return kind == SmtpErrorKind::Rejected; }
};

// A readable line naming the recipients a delivered mail did not reach and why, for the stored
// delivery result ("Not delivered to a@x: the server refused the address (550 5.1.1 ...)."); empty
// when none.
QString refusedRecipientsNote(const QList<RecipientRefusal> &refused);

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
