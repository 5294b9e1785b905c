#include "receiver/ReceiverApi.h"

#include "receiver/ReceiverLog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace fleet::receiver {

namespace {
constexpr qsizetype kMaxFieldLength = 256;

ApiReply reply(int status, const QString &error, const QString &agentId = {})
{
    return {HttpResponse::error(status, error), agentId, false};
}

ApiReply jsonReply(int status, const QJsonObject &body, const QString &agentId = {})
{
    return {HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact)), agentId, false};
}

// The media type of a Content-Type value, lowercased, without parameters.
QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isUuid(const QByteArray &s)
{
    // The canonical 36-character form only: the key names files in the data directory.
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(QString::fromLatin1(s)).hasMatch();
}

QString sha256Hex(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Compares digests of every configured key, so the time taken says nothing about how much of a
// guessed key was right.
bool isRegistrationKey(const QStringList &keys, const QString &candidate)
{
    const QByteArray digest = QCryptographicHash::hash(candidate.toUtf8(), QCryptographicHash::Sha256);
    bool found = false;
    for (const QString &key : keys) {
        const QByteArray other = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
        int difference = 0;
        for (qsizetype i = 0; i < digest.size(); ++i)
            difference |= digest[i] ^ other[i];
        found = found || difference == 0;
    }
    return found;
}

QString newPayloadKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

// A JSON object body, or why not.
Expected<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<QJsonObject>::failure(
            QStringLiteral("the body is not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return Expected<QJsonObject>::failure(QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

// Reads an optional or required string member; false with *error when it is wrong.
bool stringField(const QJsonObject &o, const QString &name, bool required, QString *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            *error = QStringLiteral("missing field \"%1\"").arg(name);
        return !required;
    }
    if (!v.isString()) {
        *error = QStringLiteral("field \"%1\" must be a string").arg(name);
        return false;
    }
    *out = v.toString().trimmed();
    if (required && out->isEmpty()) {
        *error = QStringLiteral("field \"%1\" must not be empty").arg(name);
        return false;
    }
    if (out->size() > kMaxFieldLength) {
        *error = QStringLiteral("field \"%1\" is longer than %2 characters").arg(name).arg(kMaxFieldLength);
        return false;
    }
    return true;
}

QByteArray etagOf(int revision)
{
    return '"' + QByteArray::number(revision) + '"';
}

// If-None-Match: a list of entity tags, weak or strong, or "*".
bool matchesEtag(const QByteArray &ifNoneMatch, int revision)
{
    const QByteArray tag = etagOf(revision);
    for (const QByteArray &part : ifNoneMatch.split(',')) {
        QByteArray t = part.trimmed();
        if (t == "*")
            return true;
        if (t.startsWith("W/"))
            t = t.mid(2);
        if (t == tag)
            return true;
    }
    return false;
}
} // namespace

ReceiverApi::ReceiverApi(ApiOptions options, ReceiverStore &store, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(store)
    , m_failNext(m_options.failNext)
{
    // Payloads are opened and validated off the event loop; two at a time keeps a 2-core host
    // responsive for the other requests.
    m_workers.setMaxThreadCount(2);
}

ReceiverApi::~ReceiverApi()
{
    waitForWorkers();
}

void ReceiverApi::waitForWorkers()
{
    m_workers.waitForDone();
}

ReceiverApi::Routed ReceiverApi::route(const QString &fullPath) const
{
    QString path = fullPath;
    if (!m_options.basePath.isEmpty()) {
        if (!path.startsWith(m_options.basePath + u'/'))
            return {};
        path = path.mid(m_options.basePath.size());
    }
    if (path == u"/v1/register")
        return {Route::Register, {}};
    if (path == u"/v1/payloads")
        return {Route::Payloads, {}};
    if (path == u"/v1/commands")
        return {Route::Commands, {}};
    if (path == u"/v1/settings")
        return {Route::Settings, {}};
    static const QRegularExpression result(QStringLiteral("^/v1/commands/([A-Za-z0-9._-]{1,64})/result$"));
    if (const auto m = result.match(path); m.hasMatch())
        return {Route::CommandResult, m.captured(1)};
    return {};
}

std::optional<ApiReply> ReceiverApi::checkCommon(const ApiRequest &request, const Routed &routed)
{
    const HttpRequest &http = request.http;
    if (routed.route == Route::None)
        return reply(404, QStringLiteral("no such endpoint: %1").arg(http.path));
    const bool wantsGet = routed.route == Route::Commands || routed.route == Route::Settings;
    const QByteArray allowed = wantsGet ? "GET" : "POST";
    if (http.method != allowed) {
        ApiReply r = reply(405, QStringLiteral("%1 is not allowed here; use %2")
                                    .arg(QString::fromLatin1(http.method), QString::fromLatin1(allowed)));
        r.response.setHeader("Allow", allowed);
        return r;
    }
    if (http.header("x-fleetkeeper-protocol") != "1")
        return reply(400, QStringLiteral("X-Fleetkeeper-Protocol: 1 is required"));
    return std::nullopt;
}

ReceiverApi::Authenticated ReceiverApi::authenticate(const ApiRequest &request)
{
    Authenticated a;
    const QString agentId = QString::fromUtf8(request.http.header("x-fleetkeeper-agent"));
    if (agentId.isEmpty()) {
        a.refusal = reply(401, QStringLiteral("X-Fleetkeeper-Agent is missing: register first"));
        return a;
    }
    auto agent = m_store.agentById(agentId);
    if (!agent) {
        qCWarning(lcReceiver) << agent.error();
        a.refusal = reply(500, QStringLiteral("database error"));
        return a;
    }
    if (!agent->has_value()) {
        a.refusal = reply(403, QStringLiteral("unknown agent %1: register again").arg(agentId));
        return a;
    }
    a.agent = **agent;
    if (a.agent.revoked) {
        a.refusal = reply(403, QStringLiteral("agent %1 was revoked: register again").arg(agentId), agentId);
        return a;
    }
    if (a.agent.certSha256 != request.certSha256) {
        a.refusal =
            reply(403, QStringLiteral("the client certificate does not belong to agent %1").arg(agentId), agentId);
        return a;
    }
    return a;
}

std::optional<ApiReply> ReceiverApi::checkHead(const ApiRequest &request)
{
    const HttpRequest &http = request.http;
    const Routed routed = route(http.path);
    if (auto refusal = checkCommon(request, routed))
        return refusal;
    QString agentId;
    if (routed.route != Route::Register) {
        Authenticated a = authenticate(request);
        if (a.refusal)
            return a.refusal;
        agentId = a.agent.id;
    }
    if (routed.route == Route::Payloads) {
        if (mediaType(http.header("content-type")) != "application/zip")
            return reply(415, QStringLiteral("a payload is sent as Content-Type: application/zip"), agentId);
        if (http.header("x-fleetkeeper-schema") != "1")
            return reply(400,
                         QStringLiteral("X-Fleetkeeper-Schema must be 1 (the only payload schema this server reads)"),
                         agentId);
        if (!isUuid(http.header("idempotency-key")))
            return reply(400, QStringLiteral("Idempotency-Key must be a UUID"), agentId);
        return std::nullopt; // the parser already holds the body to 64 MiB
    }
    if (http.method == "POST" && mediaType(http.header("content-type")) != "application/json")
        return reply(415, QStringLiteral("the body is sent as Content-Type: application/json"), agentId);
    if (http.contentLength > m_options.maxJsonBody)
        return reply(413, QStringLiteral("a JSON body is limited to %1 bytes").arg(m_options.maxJsonBody), agentId);
    return std::nullopt;
}

void ReceiverApi::handle(const ApiRequest &request, QObject *context, Done done)
{
    // Everything checkHead checked is checked again: the request may have waited while
    // another one changed the database (a second registration, say).
    if (auto refusal = checkHead(request)) {
        done(*refusal);
        return;
    }
    const Routed routed = route(request.http.path);
    if (routed.route == Route::Register) {
        done(registerAgent(request));
        return;
    }
    const Authenticated a = authenticate(request);
    if (auto touched = m_store.touchAgent(a.agent.id); !touched)
        qCWarning(lcReceiver) << touched.error();
    switch (routed.route) {
    case Route::Payloads:
        uploadPayload(request, a.agent, context, std::move(done));
        return;
    case Route::Commands:
        done(listCommands(a.agent));
        return;
    case Route::CommandResult:
        done(postResult(request, a.agent, routed.commandId));
        return;
    case Route::Settings:
        done(getSettings(request, a.agent));
        return;
    case Route::Register:
    case Route::None:
        break;
    }
    done(reply(404, QStringLiteral("no such endpoint")));
}

ApiReply ReceiverApi::registerAgent(const ApiRequest &request)
{
    auto body = parseObject(request.http.body);
    if (!body)
        return reply(400, body.error());
    QString key, account, site, email, name, version, error;
    if (!stringField(*body, QStringLiteral("registrationKey"), true, &key, &error) ||
        !stringField(*body, QStringLiteral("account"), true, &account, &error) ||
        !stringField(*body, QStringLiteral("site"), false, &site, &error) ||
        !stringField(*body, QStringLiteral("contactEmail"), false, &email, &error) ||
        !stringField(*body, QStringLiteral("agentName"), true, &name, &error) ||
        !stringField(*body, QStringLiteral("agentVersion"), true, &version, &error))
        return reply(400, error);
    if (!email.isEmpty() && (!email.contains(u'@') || email.contains(u' ')))
        return reply(400, QStringLiteral("contactEmail is not an e-mail address"));
    if (!isRegistrationKey(m_options.registrationKeys, key))
        return reply(403, QStringLiteral("unknown or revoked registration key"));
    if (request.certSha256.isEmpty())
        return reply(403, QStringLiteral("a client certificate is required"));

    AgentRecord agent;
    agent.certSha256 = request.certSha256;
    agent.certSubject = request.certSubject;
    agent.registrationKeySha256 = sha256Hex(key);
    agent.account = account;
    agent.site = site;
    agent.contactEmail = email;
    agent.agentName = name;
    agent.agentVersion = version;

    if (auto begun = m_store.begin(); !begun)
        return reply(500, QStringLiteral("database error"));
    auto existing = m_store.agentByCertificate(request.certSha256);
    int status = 201;
    if (!existing) {
        m_store.rollback();
        qCWarning(lcReceiver) << existing.error();
        return reply(500, QStringLiteral("database error"));
    }
    if (existing->has_value()) {
        const AgentRecord &bound = **existing;
        if (bound.registrationKeySha256 != agent.registrationKeySha256 || bound.revoked) {
            m_store.rollback();
            return reply(403, QStringLiteral("this client certificate is already bound to another agent"));
        }
        agent.id = bound.id;
        agent.payloadKey = bound.payloadKey;
        agent.registeredAt = bound.registeredAt;
        auto updated = m_store.updateAgentProfile(agent);
        if (!updated) {
            m_store.rollback();
            qCWarning(lcReceiver) << updated.error();
            return reply(500, QStringLiteral("database error"));
        }
        status = 200;
    } else {
        agent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        agent.payloadKey = newPayloadKey();
        agent.registeredAt = QDateTime::currentDateTimeUtc();
        auto inserted = m_store.insertAgent(agent);
        if (!inserted) {
            m_store.rollback();
            qCWarning(lcReceiver) << inserted.error();
            return reply(500, QStringLiteral("database error"));
        }
    }
    if (auto committed = m_store.commit(); !committed) {
        m_store.rollback();
        return reply(500, QStringLiteral("database error"));
    }
    QJsonObject answer{{QStringLiteral("agentId"), agent.id},
                       {QStringLiteral("payloadKey"), agent.payloadKey},
                       {QStringLiteral("registeredAt"), isoTime(agent.registeredAt)}};
    if (!m_options.syncTime.isEmpty())
        answer.insert(QStringLiteral("syncTime"), m_options.syncTime);
    if (!m_options.commandPollTime.isEmpty())
        answer.insert(QStringLiteral("commandPollTime"), m_options.commandPollTime);
    return jsonReply(status, answer, agent.id);
}

void ReceiverApi::uploadPayload(const ApiRequest &request, const AgentRecord &agent, QObject *context, Done done)
{
    const QString key = QString::fromLatin1(request.http.header("idempotency-key")).toLower();
    if (m_failNext > 0) {
        --m_failNext;
        ApiReply r = reply(503, QStringLiteral("simulated outage (--fail-next), %1 more").arg(m_failNext), agent.id);
        r.response.setHeader("Retry-After", QByteArray::number(m_options.retryAfterSeconds));
        done(r);
        return;
    }
    // A retry of a stored payload is answered at once, without opening the archive again.
    auto existing = m_store.payload(agent.id, key);
    if (!existing) {
        qCWarning(lcReceiver) << existing.error();
        done(reply(500, QStringLiteral("database error"), agent.id));
        return;
    }
    if (existing->has_value()) {
        IngestResult r;
        r.status = 200;
        r.record = **existing;
        done(jsonReply(200, r.body(), agent.id));
        return;
    }
    IngestRequest ingest{agent, key, 1, request.http.body};
    const PayloadIngest worker(m_options.ingest);
    const bool dropAfterStore = m_options.dropAfterStore;
    // The answer comes back through this object (which outlives its workers) and is dropped when
    // the connection that asked is gone.
    QPointer<QObject> guard(context);
    m_workers.start([this, worker, ingest = std::move(ingest), guard, done = std::move(done), dropAfterStore]() {
        const IngestResult result = worker.ingest(ingest);
        QMetaObject::invokeMethod(
            this,
            [result, guard, done, dropAfterStore, agentId = ingest.agent.id]() {
                if (!guard)
                    return;
                ApiReply r = result.status < 300 ? jsonReply(result.status, result.body(), agentId)
                                                 : reply(result.status, result.error, agentId);
                r.drop = dropAfterStore && result.status == 201;
                done(r);
            },
            Qt::QueuedConnection);
    });
}

ApiReply ReceiverApi::listCommands(const AgentRecord &agent)
{
    auto commands = m_store.queuedCommands(agent.id);
    if (!commands) {
        qCWarning(lcReceiver) << commands.error();
        return reply(500, QStringLiteral("database error"), agent.id);
    }
    QJsonArray list;
    for (const CommandRecord &c : *commands) {
        QJsonObject device{{QStringLiteral("id"), c.deviceId}};
        if (!c.deviceSerial.isEmpty())
            device.insert(QStringLiteral("serial"), c.deviceSerial);
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("action"), c.action},
                                {QStringLiteral("device"), device},
                                {QStringLiteral("parameters"), c.parameters},
                                {QStringLiteral("issuedAt"), isoTime(c.issuedAt)},
                                {QStringLiteral("expiresAt"), isoTime(c.expiresAt)}});
    }
    return jsonReply(200, {{QStringLiteral("commands"), list}}, agent.id);
}

ApiReply ReceiverApi::postResult(const ApiRequest &request, const AgentRecord &agent, const QString &commandId)
{
    const QByteArray key = request.http.header("idempotency-key");
    if (!isUuid(key))
        return reply(400, QStringLiteral("Idempotency-Key must be a UUID"), agent.id);
    auto body = parseObject(request.http.body);
    if (!body)
        return reply(400, body.error(), agent.id);
    ResultPost post;
    post.commandId = commandId;
    post.idempotencyKey = QString::fromLatin1(key).toLower();
    QString error;
    if (!stringField(*body, QStringLiteral("state"), true, &post.state, &error))
        return reply(400, error, agent.id);
    if (!isResultState(post.state))
        return reply(400, QStringLiteral("unknown state \"%1\"").arg(post.state), agent.id);
    const QJsonValue message = body->value(QStringLiteral("message"));
    if (!message.isUndefined() && !message.isNull() && !message.isString())
        return reply(400, QStringLiteral("field \"message\" must be a string"), agent.id);
    post.message = message.toString().left(4000);
    const QJsonValue finished = body->value(QStringLiteral("finishedAt"));
    if (!finished.isUndefined() && !finished.isNull()) {
        const QDateTime t = QDateTime::fromString(finished.toString(), Qt::ISODateWithMs);
        if (!finished.isString() || !t.isValid())
            return reply(400, QStringLiteral("finishedAt must be an ISO 8601 time"), agent.id);
        post.finishedAt = finished.toString();
    }
    const QJsonValue details = body->value(QStringLiteral("details"));
    if (!details.isUndefined() && !details.isNull() && !details.isObject())
        return reply(400, QStringLiteral("field \"details\" must be an object"), agent.id);
    post.details = details.toObject();

    auto outcome = m_store.recordResult(agent.id, post);
    if (!outcome) {
        qCWarning(lcReceiver) << outcome.error();
        return reply(500, QStringLiteral("database error"), agent.id);
    }
    switch (*outcome) {
    case ResultOutcome::Recorded:
    case ResultOutcome::Repeated:
        return {HttpResponse::empty(204), agent.id, false};
    case ResultOutcome::Conflict:
        return reply(409, QStringLiteral("a different final result is already recorded for %1").arg(commandId),
                     agent.id);
    case ResultOutcome::UnknownCommand:
        return reply(404, QStringLiteral("unknown command %1").arg(commandId), agent.id);
    }
    return reply(500, QStringLiteral("unexpected outcome"), agent.id);
}

ApiReply ReceiverApi::getSettings(const ApiRequest &request, const AgentRecord &agent)
{
    auto settings = m_store.settings(agent.id);
    if (!settings) {
        qCWarning(lcReceiver) << settings.error();
        return reply(500, QStringLiteral("database error"), agent.id);
    }
    const QByteArray etag = etagOf(settings->revision);
    const QByteArray ifNoneMatch = request.http.header("if-none-match");
    ApiReply r = !ifNoneMatch.isNull() && matchesEtag(ifNoneMatch, settings->revision)
                     ? ApiReply{HttpResponse::empty(304), agent.id, false}
                     : jsonReply(200,
                                 {{QStringLiteral("revision"), settings->revision},
                                  {QStringLiteral("settings"), settings->settings}},
                                 agent.id);
    r.response.setHeader("ETag", etag);
    return r;
}

} // namespace fleet::receiver
