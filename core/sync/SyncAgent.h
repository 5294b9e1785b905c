#pragma once
// The agent side of remote services for one profile (docs/sync.md): registration, the sync run
// (deliver queued payloads, then build, queue and deliver a new one) and the command poll
// (pending results, remote settings, commands). It owns its own database connection and
// network access, so it lives on one thread: the CLI's main thread, or SyncService's worker
// thread. Every call reports through a callback on that thread.

#include "security/Permissions.h"
#include "sync/CommandValidator.h"
#include "sync/ConsentStore.h"
#include "sync/HttpsClient.h"
#include "sync/Outbox.h"
#include "sync/RemoteSettings.h"
#include "sync/SyncClient.h"
#include "util/ProfileRoot.h"

#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QObject>
#include <QRandomGenerator>

#include <memory>

namespace fleet::collect {
class Poller;
}

namespace fleet::actions {
struct ActionOptions;
}

namespace fleet::sync {

class RemoteActions;

struct SyncRunOptions
{
    bool buildPayload = true; // build and queue a new payload once the queue is delivered
    bool onlyDue = false;     // deliver only the items whose retry time has come
};

struct SyncReport
{
    bool ok = false;
    int delivered = 0; // acknowledged in this run
    int rejected = 0;  // rejected for good in this run
    int queued = 0;    // still waiting after the run
    QString builtKey;  // idempotency key of the payload built in this run
    QDateTime nextAttempt;
    bool registrationRequired = false;
    SyncError error; // the last error, if any
    QStringList messages;

    QString summary() const;
};

struct CommandReport
{
    bool ok = false;
    int received = 0;
    int done = 0;
    int failed = 0;
    int rejected = 0;
    int unsupported = 0;
    int denied = 0;  // by the local policy or a person
    int pending = 0; // awaiting a person's consent
    int consentsRun = 0;
    QList<Consent> newConsents; // the requests of this poll that wait for consent
    int resultsPosted = 0;
    int settingsChanged = 0;
    SyncError error;
    QStringList messages;

    QString summary() const;
};

class SyncAgent final : public QObject
{
    Q_OBJECT
public:
    explicit SyncAgent(ProfileRoot profile, QObject *parent = nullptr);
    ~SyncAgent() override;
    Q_DISABLE_COPY_MOVE(SyncAgent)

    // Opens the database and the secrets store on the calling thread (the agent's thread).
    SyncError open();
    storage::Database &db() { return m_db; }
    const ProfileRoot &profile() const { return m_profile; }

    using RegisterDone = std::function<void(const SyncError &, const RegistrationResult &)>;
    using SyncDone = std::function<void(const SyncReport &)>;
    using CommandsDone = std::function<void(const CommandReport &)>;

    // Registers with the server of the saved settings on behalf of actor (register-server; the
    // refusal comes back as NotAllowed with its message); on success the agent id and the server's
    // suggested times go to the settings, the payload key to the secrets store. Audited.
    void registerAgent(const security::Actor &actor, const RegistrationRequest &request, RegisterDone done);
    void sync(const SyncRunOptions &options, SyncDone done);
    // Normal mode only: in locked-down mode it reports NotAllowed without sending anything.
    void pollCommands(CommandsDone done);
    // Expires overdue consents, runs the approved ones and posts their results (registered and
    // Normal mode only; otherwise the results wait for the next command poll). Quick when there
    // is nothing to do: ConsentStore::hasWork() first.
    void runConsents(CommandsDone done);
    bool isBusy() const { return m_busy; }

    // The payload XML exactly as the next upload would carry it, before zip and encryption.
    Expected<QByteArray> buildPayloadXml(bool lockedDown, const QDateTime &generatedAt = {});

    // For tests: the time source of the outbox and command records, and the jitter.
    void setNowFunction(std::function<QDateTime()> now) { m_now = std::move(now); }
    void setRandomGenerator(QRandomGenerator *rng) { m_rng = rng; }
    // For tests: the knobs of remote device actions (job ports, timeouts).
    void setActionOptions(const actions::ActionOptions &options);

private:
    struct SyncRun;
    struct CommandRun;

    QDateTime now() const { return m_now ? m_now() : QDateTime::currentDateTimeUtc(); }
    SyncError prepareClient();
    void recordExchange(const ExchangeRecord &record);

    // Sync run steps.
    void deliverNext(const std::shared_ptr<SyncRun> &run);
    void onUploaded(const std::shared_ptr<SyncRun> &run, const OutboxItem &item, const HttpResponse &response);
    void buildAndDeliver(const std::shared_ptr<SyncRun> &run);
    void finishSync(const std::shared_ptr<SyncRun> &run);
    void syncInternal(const SyncRunOptions &options, SyncDone done);

    // Command poll steps.
    // Posts the results queued in run->pendingPosts, then calls then (not after a transient error).
    void postResults(const std::shared_ptr<CommandRun> &run, std::function<void()> then);
    void fetchSettings(const std::shared_ptr<CommandRun> &run);
    void fetchCommands(const std::shared_ptr<CommandRun> &run);
    void runNextCommand(const std::shared_ptr<CommandRun> &run);
    void runNextConsent(const std::shared_ptr<CommandRun> &run);
    RemoteActions &remoteActions();
    void
    execute(const Command &command,
            std::function<void(const QString &state, const QString &message, const QJsonObject &details)> finished);
    void refreshStatus(const Command &command,
                       std::function<void(const QString &, const QString &, const QJsonObject &)> finished);
    void storeAndPostResult(const std::shared_ptr<CommandRun> &run, const QString &commandId, const QString &state,
                            const QString &message, const QJsonObject &details);
    void finishCommands(const std::shared_ptr<CommandRun> &run);

    ProfileRoot m_profile;
    storage::Database m_db{QStringLiteral("sync")};
    storage::SecretStore m_secrets;
    std::unique_ptr<HttpsClient> m_http;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<collect::Poller> m_poller;
    std::unique_ptr<RemoteActions> m_remoteActions;
    std::function<QDateTime()> m_now;
    QRandomGenerator *m_rng = nullptr;
    bool m_opened = false;
    bool m_busy = false;
};

} // namespace fleet::sync
