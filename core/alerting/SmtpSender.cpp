#include "alerting/SmtpSender.h"

#include "alerting/AlertingLog.h"

#include <QCoreApplication>

#include <curl/curl.h>

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
    case CURLE_SEND_FAIL_REWIND:
    case CURLE_UPLOAD_FAILED:
        return SmtpErrorKind::Rejected;
    case CURLE_OPERATION_TIMEDOUT:
        return SmtpErrorKind::Timeout;
    default:
        return SmtpErrorKind::Other;
    }
}

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
    case SmtpErrorKind::Rejected:
        return QStringLiteral("rejected");
    case SmtpErrorKind::Timeout:
        return QStringLiteral("timeout");
    case SmtpErrorKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
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
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readBody);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(qMax(1, m_settings.timeoutSeconds)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(qMax(1, m_settings.timeoutSeconds) * 2));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK) {
        qCInfo(lcAlerting) << "mail sent through" << m_settings.host << "to" << recipients.size() << "recipient(s)";
        return {};
    }
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(curl_easy_strerror(code));
    SmtpErrorKind kind = classify(code);
    // libcurl reports a 535 after AUTH as a plain "login denied" only in some versions.
    if (response == 535 || response == 534)
        kind = SmtpErrorKind::Auth;
    else if (response >= 500 && kind == SmtpErrorKind::Other)
        kind = SmtpErrorKind::Rejected;
    const QString text =
        response > 0
            ? tr("SMTP %1:%2: %3 (server said %4)").arg(m_settings.host).arg(m_settings.port).arg(detail).arg(response)
            : tr("SMTP %1:%2: %3").arg(m_settings.host).arg(m_settings.port).arg(detail);
    qCWarning(lcAlerting).noquote() << text;
    return {kind, text};
}

} // namespace fleet::alerting
