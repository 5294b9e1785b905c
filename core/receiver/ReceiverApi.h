#pragma once
// The endpoints of docs/protocol.md on top of receiver.db: routing, the protocol's header and
// authentication rules, and one handler per endpoint. HTTP framing is HttpConnection's job;
// this class sees complete requests (and their heads first, to refuse before a body is read).

#include "receiver/HttpMessage.h"
#include "receiver/PayloadIngest.h"
#include "receiver/ReceiverStore.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace fleet::receiver {

struct ApiOptions
{
    QString basePath; // "" or "/prefix" without a trailing slash
    QStringList registrationKeys;
    QString syncTime;        // HH:MM suggested in the registration answer; empty: not sent
    QString commandPollTime; // likewise
    int failNext = 0;        // that many uploads are answered 503 + Retry-After
    int retryAfterSeconds = 1;
    bool dropAfterStore = false; // a newly stored upload gets no answer: the connection is closed
    qint64 maxJsonBody = 1024 * 1024;
    IngestOptions ingest;
};

struct ApiRequest
{
    HttpRequest http;
    QString peer;        // "address:port"
    QString certSha256;  // of the client certificate, lowercase hex
    QString certSubject; // its subject, for the agents table
};

struct ApiReply
{
    HttpResponse response;
    QString agentId;   // for the request log, when known
    bool drop = false; // close the connection instead of answering
};

class ReceiverApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverApi)
public:
    using Done = std::function<void(ApiReply)>;

    ReceiverApi(ApiOptions options, ReceiverStore &store, QObject *parent = nullptr);
    ~ReceiverApi() override;

    // After the head: a reply refuses the request before its body is read (unknown endpoint,
    // method, protocol header, authentication, content type, size); nullopt reads the body.
    std::optional<ApiReply> checkHead(const ApiRequest &request);
    // The complete request. done is called exactly once, perhaps later from the event loop
    // (payloads are opened and validated on a worker thread), and never after context is gone.
    void handle(const ApiRequest &request, QObject *context, Done done);

    // Waits for payload workers (at shutdown).
    void waitForWorkers();

private:
    enum class Route : quint8 { None, Register, Payloads, Commands, CommandResult, Settings };
    struct Routed
    {
        Route route = Route::None;
        QString commandId;
    };
    struct Authenticated
    {
        std::optional<ApiReply> refusal;
        AgentRecord agent;
    };

    Routed route(const QString &path) const;
    std::optional<ApiReply> checkCommon(const ApiRequest &request, const Routed &routed);
    Authenticated authenticate(const ApiRequest &request);

    ApiReply registerAgent(const ApiRequest &request);
    void uploadPayload(const ApiRequest &request, const AgentRecord &agent, QObject *context, Done done);
    ApiReply listCommands(const AgentRecord &agent);
    ApiReply postResult(const ApiRequest &request, const AgentRecord &agent, const QString &commandId);
    ApiReply getSettings(const ApiRequest &request, const AgentRecord &agent);

    ApiOptions m_options;
    ReceiverStore &m_store;
    QThreadPool m_workers;
    int m_failNext = 0;
};

} // namespace fleet::receiver
