#include "sync/SyncClient.h"

#include "sync/PayloadBuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace fleet::sync {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::SyncClient)
};

constexpr int kMaxFieldLength = 256;

bool printable(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isPrint(); });
}
} // namespace

QString RegistrationRequest::validate() const
{
    QStringList problems;
    const auto check = [&problems](const QString &value, const QString &name) {
        if (value.trimmed().isEmpty())
            problems << Tr::tr("The %1 is missing.").arg(name);
        else if (value.size() > kMaxFieldLength || !printable(value))
            problems
                << Tr::tr("The %1 must be printable text of at most %2 characters.").arg(name).arg(kMaxFieldLength);
    };
    check(registrationKey, Tr::tr("registration key"));
    check(account, Tr::tr("account"));
    check(site, Tr::tr("site"));
    check(contactEmail, Tr::tr("contact e-mail address"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!contactEmail.isEmpty() && !email.match(contactEmail).hasMatch())
        problems << Tr::tr("%1 is not an e-mail address.").arg(contactEmail);
    return problems.join(u'\n');
}

RegistrationResult SyncClient::parseRegistration(const QByteArray &body, SyncError *error)
{
    RegistrationResult r;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject o = doc.object();
    r.agentId = o.value(QStringLiteral("agentId")).toString();
    r.payloadKey = o.value(QStringLiteral("payloadKey")).toString();
    r.registeredAt =
        QDateTime::fromString(o.value(QStringLiteral("registeredAt")).toString(), Qt::ISODateWithMs).toUTC();
    r.syncTime = QTime::fromString(o.value(QStringLiteral("syncTime")).toString(), QStringLiteral("HH:mm"));
    r.commandPollTime =
        QTime::fromString(o.value(QStringLiteral("commandPollTime")).toString(), QStringLiteral("HH:mm"));
    static const QRegularExpression hexKey(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression agentIdPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        *error = SyncError::make(SyncErrorKind::Protocol, Tr::tr("The registration answer is not a JSON object."));
    else if (!agentIdPattern.match(r.agentId).hasMatch())
        *error = SyncError::make(SyncErrorKind::Protocol, Tr::tr("The registration answer has no usable agent id."));
    else if (!hexKey.match(r.payloadKey).hasMatch())
        *error =
            SyncError::make(SyncErrorKind::Protocol,
                            Tr::tr("The registration answer has no usable payload key (64 lowercase hex characters)."));
    return r;
}

void SyncClient::registerAgent(const RegistrationRequest &request, RegisterDone done)
{
    const QJsonObject body{
        {QStringLiteral("registrationKey"), request.registrationKey},
        {QStringLiteral("account"), request.account},
        {QStringLiteral("site"), request.site},
        {QStringLiteral("contactEmail"), request.contactEmail},
        {QStringLiteral("agentName"), request.agentName},
        {QStringLiteral("agentVersion"), QStringLiteral(FLEET_VERSION)},
    };
    HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/v1/register");
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_http.send(r, [done = std::move(done)](const HttpResponse &response) {
        if (response.error) {
            done(response.error, {});
            return;
        }
        if (response.status != 200 && response.status != 201) {
            done(SyncError::make(SyncErrorKind::Protocol,
                                 Tr::tr("The server answered the registration with %1.").arg(response.status)),
                 {});
            return;
        }
        SyncError error;
        RegistrationResult result = parseRegistration(response.body, &error);
        result.alreadyRegistered = response.status == 200;
        done(error, result);
    });
}

void SyncClient::uploadPayload(const OutboxItem &item, ResponseDone done)
{
    HttpRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/v1/payloads");
    r.contentType = "application/zip";
    r.body = item.body;
    r.payloadId = item.idempotencyKey;
    r.headers = {{"Idempotency-Key", item.idempotencyKey.toLatin1()},
                 {"X-Fleetkeeper-Schema", QByteArray(kPayloadSchemaVersion.data(), kPayloadSchemaVersion.size())}};
    m_http.send(r, std::move(done));
}

void SyncClient::fetchCommands(ResponseDone done)
{
    HttpRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/v1/commands");
    m_http.send(r, std::move(done));
}

void SyncClient::postCommandResult(const QString &commandId, const QJsonObject &result, const QString &idempotencyKey,
                                   ErrorDone done)
{
    HttpRequest r;
    r.method = "POST";
    // The id was validated against a URL-safe pattern; encoding is a second guard.
    r.path = QStringLiteral("/v1/commands/%1/result").arg(QString::fromLatin1(QUrl::toPercentEncoding(commandId)));
    r.contentType = "application/json";
    r.body = QJsonDocument(result).toJson(QJsonDocument::Compact);
    r.payloadId = commandId;
    r.headers = {{"Idempotency-Key", idempotencyKey.toLatin1()}};
    m_http.send(r, [done = std::move(done)](const HttpResponse &response) { done(response.error); });
}

void SyncClient::fetchSettings(qint64 revision, ResponseDone done)
{
    HttpRequest r;
    r.method = "GET";
    r.path = QStringLiteral("/v1/settings");
    if (revision >= 0)
        r.headers = {{"If-None-Match", QByteArray("\"") + QByteArray::number(revision) + '"'}};
    m_http.send(r, std::move(done));
}

} // namespace fleet::sync
