#pragma once
// The endpoints of docs/protocol.md on top of HttpsClient: register, upload a payload, fetch
// commands, post a command result, fetch settings. Builds the requests and checks the shape of
// the answers; what to do with them (outbox, retries, running commands) is SyncAgent's job.

#include "sync/HttpsClient.h"
#include "sync/Outbox.h"

#include <QJsonObject>
#include <QTime>

namespace fleet::sync {

struct RegistrationRequest
{
    QString registrationKey;
    QString account;
    QString site;
    QString contactEmail;
    QString agentName;

    // Empty when every field is usable, else why not.
    QString validate() const;
};

struct RegistrationResult
{
    QString agentId;
    QString payloadKey; // 64 lowercase hex characters
    QDateTime registeredAt;
    QTime syncTime;                 // invalid: the server suggests none
    QTime commandPollTime;          // invalid: the server suggests none
    bool alreadyRegistered = false; // 200: the same certificate and key registered before
};

class SyncClient final
{
public:
    explicit SyncClient(HttpsClient &http)
        : m_http(http)
    {}

    using RegisterDone = std::function<void(const SyncError &, const RegistrationResult &)>;
    using ResponseDone = std::function<void(const HttpResponse &)>;
    using ErrorDone = std::function<void(const SyncError &)>;

    void registerAgent(const RegistrationRequest &request, RegisterDone done);
    // POST /v1/payloads with the item's archive and idempotency key.
    void uploadPayload(const OutboxItem &item, ResponseDone done);
    void fetchCommands(ResponseDone done);
    void postCommandResult(const QString &commandId, const QJsonObject &result, const QString &idempotencyKey,
                           ErrorDone done);
    // GET /v1/settings; revision >= 0 sends If-None-Match.
    void fetchSettings(qint64 revision, ResponseDone done);

    static RegistrationResult parseRegistration(const QByteArray &body, SyncError *error);

private:
    HttpsClient &m_http;
};

} // namespace fleet::sync
