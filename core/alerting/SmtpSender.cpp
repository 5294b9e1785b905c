#include "alerting/SmtpSender.h"

#include "alerting/AlertingLog.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>

namespace fleet::alerting {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::alerting", s);
}

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype n = qMin<qsizetype>(left, qsizetype(size * count));
    if (n <= 0)
        return 0;
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// Without a negative reply from the server, libcurl's own result says what failed. (libcurl
// reports a refused MAIL FROM or RCPT TO as CURLE_SEND_ERROR, a socket error: those are told
// apart by the dialogue below, never by this code alone.)
SmtpErrorKind classify(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        return SmtpErrorKind::Connect;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_USE_SSL_FAILED:
        return SmtpErrorKind::Tls;
    case CURLE_LOGIN_DENIED:
        return SmtpErrorKind::Auth;
    case CURLE_OPERATION_TIMEDOUT:
        return SmtpErrorKind::Timeout;
    default:
        return SmtpErrorKind::Other;
    }
}

// The command an SMTP reply answers.
enum class Stage : quint8 { Greeting, Hello, StartTls, Auth, Sender, Recipient, Data, Message, Quit };

// Follows the SMTP dialogue through libcurl's debug callback, so a failure can be told by the stage
// it happened in and the server's own words. Keeps only command verbs, the envelope addresses and
// the server's replies: an AUTH line and the answers to a 334 challenge carry the credentials, and
// nothing of them is kept.
class Dialogue
{
public:
    struct Refusal
    {
        int code = 0; // 0: the server refused nothing (or a later positive reply superseded it)
        Stage stage = Stage::Greeting;
        QString argument; // the address of MAIL FROM / RCPT TO
        QString reply;    // as the server wrote it, cleaned for display
    };

    void onCommand(const QByteArray &line)
    {
        m_replyLines.clear();
        if (m_inChallenge) // the answer to a 334 challenge: secret, and no command of its own
            return;
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).trimmed().toUpper();
        if (verb == "EHLO" || verb == "HELO")
            setStage(Stage::Hello);
        else if (verb == "STARTTLS")
            setStage(Stage::StartTls);
        else if (verb == "AUTH")
            setStage(Stage::Auth);
        else if (verb == "MAIL")
            setStage(Stage::Sender, address(line));
        else if (verb == "RCPT")
            setStage(Stage::Recipient, address(line));
        else if (verb == "DATA")
            setStage(Stage::Data);
        else if (verb == "QUIT")
            setStage(Stage::Quit);
    }

    void onReply(const QByteArray &line)
    {
        const QByteArray text = line.trimmed();
        if (text.size() < 3 || !std::isdigit(uchar(text[0])) || !std::isdigit(uchar(text[1])) ||
            !std::isdigit(uchar(text[2])))
            return;
        m_replyLines << cleaned(text);
        if (text.size() > 3 && text[3] == '-') // more lines of this reply follow
            return;
        const int code = text.left(3).toInt();
        m_inChallenge = code == 334;
        if (code >= 400) {
            m_refusal = {code, m_stage, m_argument, m_replyLines.join(u' ').left(300)};
            // With CURLOPT_MAIL_RCPT_ALLOWFAILS libcurl goes on to the next recipient: each
            // refusal is kept, since a later accepted RCPT supersedes m_refusal.
            if (m_stage == Stage::Recipient)
                m_refusedRecipients << RecipientRefusal{m_argument, code, m_refusal.reply};
        } else if (m_stage != Stage::Quit) {
            m_refusal = {}; // e.g. EHLO refused, then HELO accepted
            if (code == 354 && m_stage == Stage::Data)
                m_stage = Stage::Message; // the next reply is the verdict on the message itself
        }
        m_replyLines.clear();
    }

    const Refusal &refusal() const { return m_refusal; }
    const QList<RecipientRefusal> &refusedRecipients() const { return m_refusedRecipients; }

    static int onDebug(CURL *, curl_infotype type, char *data, size_t size, void *self)
    {
        auto *dialogue = static_cast<Dialogue *>(self);
        const QByteArray chunk(data, qsizetype(size));
        if (type == CURLINFO_HEADER_OUT) {
            dialogue->onCommand(chunk);
        } else if (type == CURLINFO_HEADER_IN) {
            for (const QByteArray &line : chunk.split('\n'))
                dialogue->onReply(line);
        }
        return 0;
    }

private:
    void setStage(Stage stage, QString argument = {})
    {
        m_stage = stage;
        m_argument = std::move(argument);
    }

    static QString address(const QByteArray &line)
    {
        const qsizetype open = line.indexOf('<');
        const qsizetype close = line.indexOf('>', open + 1);
        return open >= 0 && close > open ? cleaned(line.mid(open + 1, close - open - 1)) : QString();
    }

    // A server's text goes into logs, the database and dialogs: printable characters only.
    static QString cleaned(const QByteArray &bytes)
    {
        QString out = QString::fromUtf8(bytes);
        for (QChar &c : out)
            if (!c.isPrint())
                c = u' ';
        return out.trimmed();
    }

    Stage m_stage = Stage::Greeting;
    QString m_argument;
    QStringList m_replyLines;
    bool m_inChallenge = false;
    Refusal m_refusal;
    QList<RecipientRefusal> m_refusedRecipients;
};

// RFC 5321 4.2.1 / RFC 4954 6: 4yz is transient whatever the stage; 530 asks for a login; 5yz
// during AUTH refuses the login; 5yz to MAIL FROM, RCPT TO, DATA or the message refuses it.
SmtpErrorKind classify(const Dialogue::Refusal &r)
{
    if (r.code < 500)
        return SmtpErrorKind::Temporary;
    if (r.code == 530)
        return SmtpErrorKind::AuthRequired;
    switch (r.stage) {
    case Stage::Auth:
        return SmtpErrorKind::Auth;
    case Stage::StartTls:
        return SmtpErrorKind::Tls;
    case Stage::Sender:
    case Stage::Recipient:
    case Stage::Data:
    case Stage::Message:
        return SmtpErrorKind::Rejected;
    case Stage::Greeting:
    case Stage::Hello:
    case Stage::Quit:
        return SmtpErrorKind::Other; // the session, not this message: worth another try later
    }
    return SmtpErrorKind::Other;
}

QString stageName(const Dialogue::Refusal &r)
{
    switch (r.stage) {
    case Stage::Greeting:
        return tr("the connection");
    case Stage::Hello:
        return QStringLiteral("EHLO");
    case Stage::StartTls:
        return QStringLiteral("STARTTLS");
    case Stage::Auth:
        return QStringLiteral("AUTH");
    case Stage::Sender:
        return QStringLiteral("MAIL FROM:<%1>").arg(r.argument);
    case Stage::Recipient:
        return QStringLiteral("RCPT TO:<%1>").arg(r.argument);
    case Stage::Data:
        return QStringLiteral("DATA");
    case Stage::Message:
        return tr("the message");
    case Stage::Quit:
        return QStringLiteral("QUIT");
    }
    return {};
}

// A readable account of a refusal: what was refused, and the server's own words.
QString describe(const SmtpSettings &settings, const QString &server, const Dialogue::Refusal &refusal)
{
    const QString said = refusal.reply;
    switch (classify(refusal)) {
    case SmtpErrorKind::AuthRequired:
        return settings.username.isEmpty()
                   ? tr("SMTP %1 requires authentication, but no user name is set in the SMTP settings. The server "
                        "answered %2 with: %3")
                         .arg(server, stageName(refusal), said)
                   : tr("SMTP %1 requires authentication, and the login as %2 did not take place. The server "
                        "answered %3 with: %4")
                         .arg(server, settings.username, stageName(refusal), said);
    case SmtpErrorKind::Auth:
        return tr("SMTP %1 rejected the login as %2. The server said: %3").arg(server, settings.username, said);
    case SmtpErrorKind::Rejected:
        if (refusal.stage == Stage::Sender)
            return tr("SMTP %1 refused the sender %2. The server said: %3").arg(server, refusal.argument, said);
        if (refusal.stage == Stage::Recipient)
            return tr("SMTP %1 refused the recipient %2. The server said: %3").arg(server, refusal.argument, said);
        return tr("SMTP %1 refused the message. The server said: %2").arg(server, said);
    case SmtpErrorKind::Temporary:
        return tr("SMTP %1 cannot take the message for now (a temporary failure at %2). The server said: %3")
            .arg(server, stageName(refusal), said);
    case SmtpErrorKind::None:
    case SmtpErrorKind::Connect:
    case SmtpErrorKind::Tls:
    case SmtpErrorKind::Timeout:
    case SmtpErrorKind::Other:
        break;
    }
    return tr("SMTP %1 refused %2. The server said: %3").arg(server, stageName(refusal), said);
}

// Every recipient was refused (libcurl gives up after the last RCPT TO): permanent only when each
// refusal was, since a greylisted address may take the same message later.
SmtpResult allRecipientsRefused(const SmtpSettings &settings, const QString &server,
                                const QList<RecipientRefusal> &refused)
{
    SmtpResult result{SmtpErrorKind::Rejected, {}, 0, refused};
    QStringList parts;
    for (const RecipientRefusal &r : refused) {
        parts << describe(settings, server, {r.replyCode, Stage::Recipient, r.address, r.reply});
        if (!r.permanent() && result.kind == SmtpErrorKind::Rejected) {
            result.kind = SmtpErrorKind::Temporary;
            result.replyCode = r.replyCode;
        }
    }
    if (result.kind == SmtpErrorKind::Rejected)
        result.replyCode = refused.constLast().replyCode;
    result.message = parts.join(u' ');
    return result;
}

#if LIBCURL_VERSION_NUM >= 0x080200
constexpr CURLoption kAllowRcptFails = CURLOPT_MAIL_RCPT_ALLOWFAILS;
#else
constexpr CURLoption kAllowRcptFails = CURLOPT_MAIL_RCPT_ALLLOWFAILS; // its name before 8.2.0
#endif

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

} // namespace

QString smtpErrorKindName(SmtpErrorKind k)
{
    switch (k) {
    case SmtpErrorKind::None:
        return QStringLiteral("none");
    case SmtpErrorKind::Connect:
        return QStringLiteral("connect");
    case SmtpErrorKind::Tls:
        return QStringLiteral("tls");
    case SmtpErrorKind::Auth:
        return QStringLiteral("auth");
    case SmtpErrorKind::AuthRequired:
        return QStringLiteral("auth-required");
    case SmtpErrorKind::Rejected:
        return QStringLiteral("rejected");
    case SmtpErrorKind::Temporary:
        return QStringLiteral("temporary");
    case SmtpErrorKind::Timeout:
        return QStringLiteral("timeout");
    case SmtpErrorKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString refusedRecipientsNote(const QList<RecipientRefusal> &refused)
{
    QStringList parts;
    for (const RecipientRefusal &r : refused)
        parts << (r.permanent()
                      ? tr("Not delivered to %1: the server refused the address (%2).").arg(r.address, r.reply)
                      : tr("Not delivered to %1: the server refused it for now (%2).").arg(r.address, r.reply));
    return parts.join(u' ');
}

SmtpSender::SmtpSender(SmtpSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{}

SmtpResult SmtpSender::send(const QStringList &recipients, const QByteArray &message) const
{
    if (!m_settings.isConfigured())
        return {SmtpErrorKind::Other, tr("No SMTP server is configured (see 'fleetkeeper-cli alert-profiles smtp').")};
    if (recipients.isEmpty())
        return {SmtpErrorKind::Rejected, tr("The message has no recipient.")};

    // curl_global_init is not thread-safe in older libcurl; once per process.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {SmtpErrorKind::Other, tr("libcurl could not be initialised.")};
    CURL *c = curl.get();

    const bool implicitTls = m_settings.security == SmtpSecurity::ImplicitTls;
    const QByteArray url = QStringLiteral("%1://%2:%3")
                               .arg(implicitTls ? QStringLiteral("smtps") : QStringLiteral("smtp"), m_settings.host)
                               .arg(m_settings.port)
                               .toUtf8();
    const QByteArray from = '<' + m_settings.from.toUtf8() + '>';
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();
    curl_slist *list = nullptr;
    QList<QByteArray> rcpt;
    for (const QString &r : recipients) {
        rcpt << '<' + r.toUtf8() + '>';
        list = curl_slist_append(list, rcpt.constLast().constData());
    }
    std::unique_ptr<curl_slist, SlistDeleter> rcptList(list);
    Upload upload{&message, 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // STARTTLS required: a server (or a man in the middle) not offering it is an error, not plain text.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcptList.get());
    // One refused recipient must not keep the mail from the others: libcurl carries on with the
    // accepted ones, and fails the transfer only when every RCPT TO was refused.
    curl_easy_setopt(c, kAllowRcptFails, 1L);
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(qMax(1, m_settings.timeoutSeconds)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(qMax(1, m_settings.timeoutSeconds) * 2));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    Dialogue dialogue;
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, &Dialogue::onDebug);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &dialogue);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds the debug callback only; nothing is printed

    const CURLcode code = curl_easy_perform(c);
    const QString server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    if (code == CURLE_OK) {
        SmtpResult sent;
        sent.refusedRecipients = dialogue.refusedRecipients();
        qCInfo(lcAlerting) << "mail sent through" << m_settings.host << "to"
                           << recipients.size() - sent.refusedRecipients.size() << "recipient(s)";
        if (!sent.refusedRecipients.isEmpty())
            qCWarning(lcAlerting).noquote() << server << refusedRecipientsNote(sent.refusedRecipients);
        return sent;
    }
    const Dialogue::Refusal &refusal = dialogue.refusal();
    SmtpResult result;
    if (refusal.code > 0 && refusal.stage == Stage::Recipient && dialogue.refusedRecipients().size() > 1) {
        result = allRecipientsRefused(m_settings, server, dialogue.refusedRecipients());
    } else if (refusal.code > 0) {
        result = {classify(refusal), describe(m_settings, server, refusal), refusal.code, dialogue.refusedRecipients()};
    } else {
        QString detail = QString::fromUtf8(errorBuffer).trimmed();
        if (detail.isEmpty())
            detail = QString::fromUtf8(curl_easy_strerror(code));
        result = {classify(code), tr("SMTP %1: %2").arg(server, detail)};
    }
    qCWarning(lcAlerting).noquote() << smtpErrorKindName(result.kind) << result.message;
    return result;
}

} // namespace fleet::alerting
