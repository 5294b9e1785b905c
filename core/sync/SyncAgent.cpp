#include "sync/SyncAgent.h"

#include "collect/AgentIdentity.h"
#include "collect/Poller.h"
#include "security/Guard.h"
#include "storage/CredentialRepository.h"
#include "storage/EventLog.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"
#include "storage/SqlValues.h"
#include "sync/PayloadArchive.h"
#include "sync/PayloadBuilder.h"
#include "sync/RemoteActions.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncLog.h"
#include "sync/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace fleet::sync {

namespace sql = storage::sql;

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::SyncAgent)
};

constexpr int kExchangeKeepDays = 180;
const QString kCommandEvent = QStringLiteral("remoteCommand");

SyncError storageError(const storage::StorageError &e)
{
    return SyncError::make(SyncErrorKind::Storage, e.message);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QString SyncReport::summary() const
{
    QStringList parts;
    parts << Tr::tr("%n payload(s) delivered", nullptr, delivered);
    if (rejected)
        parts << Tr::tr("%n rejected", nullptr, rejected);
    if (queued)
        parts << Tr::tr("%n still queued", nullptr, queued);
    QString text = parts.join(QStringLiteral(", ")) + u'.';
    if (error)
        text += u' ' + error.message;
    if (queued && nextAttempt.isValid())
        text += u' ' + Tr::tr("Next attempt at %1.").arg(nextAttempt.toLocalTime().toString(Qt::ISODate));
    return text;
}

QString CommandReport::summary() const
{
    QString text = Tr::tr("%n command(s) received: %1 done, %2 failed, %3 rejected, %4 unsupported.", nullptr, received)
                       .arg(done)
                       .arg(failed)
                       .arg(rejected)
                       .arg(unsupported);
    if (denied || pending)
        text += u' ' + Tr::tr("%1 denied, %2 awaiting consent.").arg(denied).arg(pending);
    if (consentsRun)
        text += u' ' + Tr::tr("%n approved request(s) run.", nullptr, consentsRun);
    if (settingsChanged)
        text += u' ' + Tr::tr("%n setting(s) changed.", nullptr, settingsChanged);
    if (error)
        text += u' ' + error.message;
    return text;
}

struct SyncAgent::SyncRun
{
    SyncRunOptions options;
    SyncDone done;
    SyncSettings settings;
    QString payloadKey;
    QList<OutboxItem> items;
    SyncReport report;
    bool built = false;
    bool stop = false; // the server is unreachable or refuses the agent: deliver nothing more now
};

struct SyncAgent::CommandRun
{
    CommandsDone done;
    QList<QString> pendingPosts;
    QList<Command> commands;
    CommandReport report;
    bool canPost = true; // registered and in Normal mode
};

SyncAgent::SyncAgent(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(m_profile.secretsPath())
{}

SyncAgent::~SyncAgent() = default;

SyncError SyncAgent::open()
{
    if (m_opened)
        return {};
    QString why;
    if (!m_profile.ensureExists(&why))
        return SyncError::make(SyncErrorKind::Storage, why);
    if (const auto e = m_db.open(m_profile.databasePath()))
        return SyncError::make(SyncErrorKind::Storage,
                               Tr::tr("Cannot open the database %1: %2").arg(m_profile.databasePath(), e.message));
    if (const auto e = m_secrets.load())
        return storageError(e);
    m_opened = true;
    return {};
}

void SyncAgent::recordExchange(const ExchangeRecord &record)
{
    if (auto r = ExchangeLog(m_db).record(record); !r)
        qCWarning(lcSync) << "the exchange could not be logged:" << r.error().message;
}

SyncError SyncAgent::prepareClient()
{
    if (const auto e = m_secrets.load())
        return storageError(e);
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    auto config = TransportConfig::from(settings, SyncSecrets::from(m_secrets));
    if (!config)
        return SyncError::make(SyncErrorKind::Config, config.error());
    // This may run inside a callback of the previous client: let it finish unwinding first.
    if (m_http)
        m_http.release()->deleteLater();
    m_http = std::make_unique<HttpsClient>(*config);
    m_http->setRecorder([this](const ExchangeRecord &r) { recordExchange(r); });
    // Next to the exchange log: the server's certificate when it is not the stored one (alerting watches it).
    m_http->setCertificateRecorder([this](const ServerCertificate &c) {
        if (auto r = ServerCertificateStore(m_db).remember(c); !r)
            qCWarning(lcSync) << "the server certificate could not be stored:" << r.error().message;
    });
    m_client = std::make_unique<SyncClient>(*m_http);
    return {};
}

// ---- registration ----------------------------------------------------------------------------

void SyncAgent::registerAgent(const security::Actor &actor, const RegistrationRequest &request, RegisterDone userDone)
{
    QSettings saved(m_profile.settingsPath(), QSettings::IniFormat);
    const security::AuditEntry what{
        actor, QStringLiteral("sync.register"), std::nullopt,
        QJsonObject{{QStringLiteral("server"), SyncSettings::load(saved).serverUrl.toString()},
                    {QStringLiteral("account"), request.account},
                    {QStringLiteral("site"), request.site}}};
    // Every outcome after the check is audited (the registration key never is).
    RegisterDone done = [this, what, userDone](const SyncError &error, const RegistrationResult &result) {
        if (m_opened) {
            if (auto e = security::recordOutcome(m_db, what, error.message))
                qCWarning(lcSync).noquote() << "the registration was not audited:" << e.message;
        }
        userDone(error, result);
    };
    const auto fail = [this, done](const SyncError &error) {
        QTimer::singleShot(0, this, [done, error] { done(error, {}); });
    };
    const auto refuse = [this, userDone](const SyncError &error) {
        QTimer::singleShot(0, this, [userDone, error] { userDone(error, {}); });
    };
    if (const SyncError e = open())
        return refuse(e);
    if (auto denied =
            security::authorize(m_db, security::Permission::RegisterServer, what, security::Audit::RefusalsOnly))
        return refuse(SyncError::make(denied.code == security::SecurityErrorCode::Denied ? SyncErrorKind::NotAllowed
                                                                                         : SyncErrorKind::Storage,
                                      denied.message));
    if (m_busy)
        return fail(SyncError::make(SyncErrorKind::NotAllowed, Tr::tr("Another sync operation is running.")));
    if (const QString problem = request.validate(); !problem.isEmpty())
        return fail(SyncError::make(SyncErrorKind::Config, problem));
    if (const SyncError e = prepareClient())
        return fail(e);
    m_busy = true;
    m_http->setAgentId({});
    m_client->registerAgent(request, [this, request, done](const SyncError &error, const RegistrationResult &result) {
        m_busy = false;
        if (error) {
            done(error, result);
            return;
        }
        QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
        SyncSettings settings = SyncSettings::load(ini);
        settings.agentId = result.agentId;
        settings.account = request.account;
        settings.site = request.site;
        settings.contactEmail = request.contactEmail;
        settings.registeredAt = result.registeredAt.isValid() ? result.registeredAt : now();
        // The server's times are suggestions; the spread keeps a site's agents apart.
        if (result.syncTime.isValid())
            settings.syncTime = result.syncTime;
        if (result.commandPollTime.isValid())
            settings.commandPollTime = result.commandPollTime;
        if (const QString e = settings.save(ini); !e.isEmpty()) {
            done(SyncError::make(SyncErrorKind::Storage, e), result);
            return;
        }
        m_secrets.setValue(SyncSecrets::kPayloadKey, result.payloadKey);
        if (const auto e = m_secrets.save()) {
            done(storageError(e), result);
            return;
        }
        SyncState(m_db).remove(SyncState::kRegistrationRequired);
        qCInfo(lcSync).noquote() << "registered as agent" << result.agentId;
        done({}, result);
    });
}

// ---- payload ---------------------------------------------------------------------------------

Expected<QByteArray> SyncAgent::buildPayloadXml(bool lockedDown, const QDateTime &generatedAt)
{
    if (const SyncError e = open())
        return Expected<QByteArray>::failure(e.message);
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    auto mark = SyncState(m_db).readingsMark();
    if (!mark)
        return Expected<QByteArray>::failure(mark.error().message);
    collect::AgentIdentity agent = collect::collectAgentIdentity(m_profile.dir(), m_profile.databasePath());
    if (auto devices = storage::FleetRepository(m_db).devices()) {
        const auto inScope =
            std::count_if(devices->cbegin(), devices->cend(), [](const storage::DeviceRecord &d) { return d.inScope; });
        agent.devicesInScope = int(inScope);
        agent.devicesOutOfScope = int(devices->size() - inScope);
    }
    PayloadOptions options;
    options.lockedDown = lockedDown;
    options.readingsSince = *mark;
    // Before registration (export-payload) the payload still needs a valid agent id.
    options.agentId = settings.agentId.isEmpty() ? QStringLiteral("unregistered") : settings.agentId;
    options.generatedAt = generatedAt;
    auto xml = PayloadBuilder::build(m_db, agent, options);
    if (!xml)
        return Expected<QByteArray>::failure(xml.error().message);
    return *xml;
}

// ---- sync run --------------------------------------------------------------------------------

void SyncAgent::sync(const SyncRunOptions &options, SyncDone done)
{
    if (m_busy) {
        SyncReport report;
        report.error = SyncError::make(SyncErrorKind::NotAllowed, Tr::tr("Another sync operation is running."));
        QTimer::singleShot(0, this, [done, report] { done(report); });
        return;
    }
    m_busy = true;
    syncInternal(options, [this, done](const SyncReport &report) {
        m_busy = false;
        done(report);
    });
}

void SyncAgent::syncInternal(const SyncRunOptions &options, SyncDone done)
{
    auto run = std::make_shared<SyncRun>();
    run->options = options;
    run->done = std::move(done);
    const auto fail = [this, run](const SyncError &error) {
        run->report.error = error;
        QTimer::singleShot(0, this, [this, run] { finishSync(run); });
    };
    if (const SyncError e = open())
        return fail(e);
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    run->settings = SyncSettings::load(ini);
    if (!run->settings.isRegistered())
        return fail(
            SyncError::make(SyncErrorKind::NotAllowed,
                            Tr::tr("This agent is not registered with a server; run 'fleetkeeper-cli register'.")));
    if (const SyncError e = prepareClient())
        return fail(e);
    run->payloadKey = SyncSecrets::from(m_secrets).payloadKey;
    if (run->payloadKey.isEmpty())
        return fail(SyncError::make(SyncErrorKind::NotAllowed,
                                    Tr::tr("The payload key is missing from the secrets store; register again.")));
    // After a 401/403 only an administrator's run (not the schedule) tries again.
    auto registrationRequired = SyncState(m_db).value(SyncState::kRegistrationRequired);
    if (options.onlyDue && registrationRequired && *registrationRequired == u"1") {
        run->report.registrationRequired = true;
        return fail(SyncError::make(SyncErrorKind::NotAllowed,
                                    Tr::tr("The server refused this agent; register again before the next sync.")));
    }
    auto items = Outbox(m_db).queued(options.onlyDue ? now() : QDateTime());
    if (!items)
        return fail(storageError(items.error()));
    run->items = *items;
    qCInfo(lcSync) << "sync run:" << run->items.size() << "queued payload(s) to deliver";
    QTimer::singleShot(0, this, [this, run] { deliverNext(run); });
}

void SyncAgent::deliverNext(const std::shared_ptr<SyncRun> &run)
{
    if (run->stop) {
        finishSync(run);
        return;
    }
    if (run->items.isEmpty()) {
        if (run->options.buildPayload && !run->built)
            buildAndDeliver(run);
        else
            finishSync(run);
        return;
    }
    const OutboxItem item = run->items.takeFirst();
    m_client->uploadPayload(item, [this, run, item](const HttpResponse &response) { onUploaded(run, item, response); });
}

void SyncAgent::onUploaded(const std::shared_ptr<SyncRun> &run, const OutboxItem &item, const HttpResponse &response)
{
    const QDateTime t = now();
    Outbox outbox(m_db);
    const SyncError &error = response.error;
    storage::StorageError stored;
    if (!error) {
        const QJsonObject receipt = QJsonDocument::fromJson(response.body).object();
        stored = outbox.acknowledge(item.id, t, response.status, receipt);
        ++run->report.delivered;
        SyncState(m_db).remove(SyncState::kRegistrationRequired);
        run->report.messages << Tr::tr("Payload %1 delivered (%2).").arg(item.idempotencyKey).arg(response.status);
    } else if (error.needsRegistration()) {
        // The payload is fine, the agent's standing is not: keep it queued for after registration.
        stored = outbox.scheduleRetry(item.id, t, QDateTime(), response.status, error.message);
        SyncState(m_db).setValue(SyncState::kRegistrationRequired, QStringLiteral("1"));
        run->report.registrationRequired = true;
        run->report.error = error;
        run->stop = true;
    } else if (error.isTransient()) {
        const QDateTime next = RetryPolicy::nextAttempt(error, item.attempts + 1, t, m_rng);
        stored = outbox.scheduleRetry(item.id, t, next, response.status ? std::optional(response.status) : std::nullopt,
                                      error.message);
        run->report.error = error;
        run->stop = true;
    } else {
        stored =
            outbox.reject(item.id, t, response.status ? std::optional(response.status) : std::nullopt, error.message);
        ++run->report.rejected;
        run->report.error = error;
        run->report.messages << Tr::tr("Payload %1 rejected: %2").arg(item.idempotencyKey, error.message);
    }
    if (stored) {
        run->report.error = storageError(stored);
        run->stop = true;
    }
    deliverNext(run);
}

void SyncAgent::buildAndDeliver(const std::shared_ptr<SyncRun> &run)
{
    run->built = true;
    // Milliseconds only: the XML and the database keep no more, and the readings mark must
    // equal the generatedAt the server saw.
    QDateTime generatedAt = now();
    generatedAt = QDateTime::fromMSecsSinceEpoch(generatedAt.toMSecsSinceEpoch(), Qt::UTC);
    auto mark = SyncState(m_db).readingsMark();
    auto xml = buildPayloadXml(run->settings.isLockedDown(), generatedAt);
    if (!xml || !mark) {
        run->report.error =
            SyncError::make(SyncErrorKind::Storage,
                            Tr::tr("The payload could not be built: %1").arg(xml ? mark.error().message : xml.error()));
        finishSync(run);
        return;
    }
    auto archive = PayloadArchive::pack(*xml, run->payloadKey);
    if (!archive) {
        run->report.error = SyncError::make(SyncErrorKind::Storage,
                                            Tr::tr("The payload could not be encrypted: %1").arg(archive.error()));
        finishSync(run);
        return;
    }
    OutboxItem item;
    item.createdAt = now();
    item.generatedAt = generatedAt;
    item.readingsSince = *mark;
    item.lockedDown = run->settings.isLockedDown();
    item.body = *archive;
    item.xmlBytes = xml->size();
    item.devices = int(xml->count("<device "));
    item.readings = int(xml->count("<reading "));
    // Committed before the first attempt: from here on the item survives a crash with its key.
    Outbox outbox(m_db);
    auto id = outbox.enqueue(item);
    if (!id) {
        run->report.error = storageError(id.error());
        finishSync(run);
        return;
    }
    auto queued = outbox.item(*id);
    if (!queued || !*queued) {
        run->report.error = storageError(queued ? storage::StorageError{} : queued.error());
        finishSync(run);
        return;
    }
    run->report.builtKey = (*queued)->idempotencyKey;
    qCInfo(lcSync).noquote() << "queued payload" << run->report.builtKey << item.xmlBytes << "bytes of XML,"
                             << item.devices << "devices," << item.readings << "readings";
    run->items << **queued;
    deliverNext(run);
}

void SyncAgent::finishSync(const std::shared_ptr<SyncRun> &run)
{
    SyncReport &report = run->report;
    const QDateTime t = now();
    if (m_opened) {
        Outbox outbox(m_db);
        if (auto queued = outbox.queued())
            report.queued = int(queued->size());
        if (auto next = outbox.nextAttempt())
            report.nextAttempt = *next;
        outbox.prune(t);
        ExchangeLog(m_db).prune(t.addDays(-kExchangeKeepDays));
        SyncState state(m_db);
        report.ok = !report.error && report.queued == 0;
        state.setValue(SyncState::kLastRunAt, iso(t));
        state.setValue(SyncState::kLastRunOk, report.ok ? QStringLiteral("1") : QStringLiteral("0"));
        state.setValue(SyncState::kLastRunMessage, report.summary());
    }
    report.ok = !report.error && report.queued == 0;
    qCInfo(lcSync).noquote() << "sync run finished:" << report.summary();
    if (run->done)
        run->done(report);
}

// ---- command poll ----------------------------------------------------------------------------

void SyncAgent::pollCommands(CommandsDone done)
{
    auto run = std::make_shared<CommandRun>();
    run->done = std::move(done);
    const auto fail = [this, run](const SyncError &error) {
        run->report.error = error;
        QTimer::singleShot(0, this, [run] {
            if (run->done)
                run->done(run->report);
        });
    };
    if (m_busy)
        return fail(SyncError::make(SyncErrorKind::NotAllowed, Tr::tr("Another sync operation is running.")));
    if (const SyncError e = open())
        return fail(e);
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    if (settings.isLockedDown())
        return fail(SyncError::make(SyncErrorKind::NotAllowed,
                                    Tr::tr("Locked-down mode: the agent does not ask the server for commands.")));
    if (!settings.isRegistered())
        return fail(SyncError::make(SyncErrorKind::NotAllowed, Tr::tr("This agent is not registered with a server.")));
    if (const SyncError e = prepareClient())
        return fail(e);
    // Requests nobody decided on in time get their "expired" result, posted with the others.
    if (auto expired = ConsentStore(m_db, m_now).expireDue(); !expired)
        run->report.messages << expired.error().message;
    auto pending = m_db.run(QStringLiteral("SELECT command_id FROM sync_commands WHERE state NOT IN ('', 'running') "
                                           "AND result_posted_at IS NULL ORDER BY received_at"));
    if (!pending)
        return fail(storageError(pending.error()));
    while ((*pending)->next())
        run->pendingPosts << (*pending)->value(0).toString();
    m_busy = true;
    QTimer::singleShot(0, this, [this, run] { postResults(run, [this, run] { fetchSettings(run); }); });
}

void SyncAgent::postResults(const std::shared_ptr<CommandRun> &run, std::function<void()> then)
{
    if (run->pendingPosts.isEmpty()) {
        then();
        return;
    }
    const QString id = run->pendingPosts.takeFirst();
    auto row = m_db.run(QStringLiteral("SELECT state, message, details, finished_at, idempotency_key FROM "
                                       "sync_commands WHERE command_id = ?"),
                        {id});
    if (!row || !(*row)->next()) {
        postResults(run, std::move(then));
        return;
    }
    QSqlQuery *q = *row;
    const QJsonObject result{
        {QStringLiteral("state"), q->value(0).toString()},
        {QStringLiteral("message"), q->value(1).toString()},
        {QStringLiteral("details"), QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object()},
        {QStringLiteral("finishedAt"), iso(sql::time(q->value(3)))},
    };
    const QString key = q->value(4).toString();
    m_client->postCommandResult(id, result, key, [this, run, id, then](const SyncError &error) {
        const QDateTime t = now();
        if (!error) {
            m_db.exec(
                QStringLiteral("UPDATE sync_commands SET result_posted_at = ?, post_attempts = post_attempts + 1, "
                               "post_error = '' WHERE command_id = ?"),
                {sql::time(t), id});
            ++run->report.resultsPosted;
        } else if (error.isTransient() || error.needsRegistration()) {
            m_db.exec(QStringLiteral("UPDATE sync_commands SET post_attempts = post_attempts + 1, post_error = ? "
                                     "WHERE command_id = ?"),
                      {error.message, id});
            run->report.error = error;
            // The server is unreachable: the rest waits for the next poll.
            run->pendingPosts.clear();
            finishCommands(run);
            return;
        } else {
            // 404 unknown command, 409 another result recorded: posting again cannot help.
            m_db.exec(
                QStringLiteral("UPDATE sync_commands SET result_posted_at = ?, post_attempts = post_attempts + 1, "
                               "post_error = ? WHERE command_id = ?"),
                {sql::time(t), error.message, id});
            run->report.messages << Tr::tr("The result of command %1 was refused: %2").arg(id, error.message);
        }
        postResults(run, then);
    });
}

void SyncAgent::fetchSettings(const std::shared_ptr<CommandRun> &run)
{
    const auto storedRevision = SyncState(m_db).value(SyncState::kSettingsRevision);
    const QString stored = storedRevision ? *storedRevision : QString();
    bool known = false;
    const qint64 revision = stored.toLongLong(&known);
    m_client->fetchSettings(known ? revision : -1, [this, run](const HttpResponse &response) {
        if (response.error) {
            run->report.messages << Tr::tr("Settings not fetched: %1").arg(response.error.message);
            if (response.error.isTransient() || response.error.needsRegistration()) {
                run->report.error = response.error;
                finishCommands(run);
                return;
            }
        } else if (response.status == 200) {
            QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
            const RemoteSettingsReport applied = RemoteSettings::apply(response.body, ini, m_db, m_secrets, now());
            if (!applied.error.isEmpty()) {
                run->report.messages << applied.error;
            } else {
                SyncState(m_db).setValue(SyncState::kSettingsRevision, QString::number(applied.revision));
                run->report.settingsChanged += int(applied.changed.size());
                for (const SettingChange &c : applied.changed)
                    run->report.messages << Tr::tr("Setting %1: %2 -> %3").arg(c.key, c.oldValue, c.newValue);
                for (const QString &i : applied.ignored)
                    run->report.messages << Tr::tr("Setting ignored: %1").arg(i);
            }
        }
        fetchCommands(run);
    });
}

void SyncAgent::fetchCommands(const std::shared_ptr<CommandRun> &run)
{
    m_client->fetchCommands([this, run](const HttpResponse &response) {
        if (response.error) {
            run->report.error = response.error;
            finishCommands(run);
            return;
        }
        storage::FleetRepository repository(m_db);
        const auto lookup = [&repository](qint64 id) -> std::optional<QString> {
            auto device = repository.device(id);
            if (!device || !*device)
                return std::nullopt;
            return (*device)->serial;
        };
        const CommandBatch batch = CommandValidator::parse(response.body, lookup, now());
        storage::EventLog events(m_db);
        if (!batch.documentError.isEmpty()) {
            events.record(std::nullopt, now(), QStringLiteral("remoteCommandsRefused"), batch.documentError);
            run->report.error = SyncError::make(SyncErrorKind::Protocol, batch.documentError);
            finishCommands(run);
            return;
        }
        run->report.received = int(batch.accepted.size() + batch.rejected.size());
        const auto known = [this](const QString &id) {
            auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_commands WHERE command_id = ?"), {id});
            return v && v->toInt() > 0;
        };
        for (const CommandRejection &r : batch.rejected) {
            ++run->report.rejected;
            events.record(
                std::nullopt, now(), kCommandEvent,
                Tr::tr("Remote command %1 rejected: %2").arg(r.id.isEmpty() ? Tr::tr("(no id)") : r.id, r.reason),
                QJsonObject{{QStringLiteral("command"), r.document},
                            {QStringLiteral("state"), QStringLiteral("rejected")}});
            if (!r.reportable || known(r.id))
                continue;
            m_db.exec(QStringLiteral("INSERT INTO sync_commands (command_id, received_at, action, document, state, "
                                     "message, finished_at, idempotency_key) VALUES (?,?,?,?, 'rejected', ?,?,?)"),
                      {r.id, sql::time(now()), r.document.value(QStringLiteral("action")).toString().left(64),
                       QString::fromUtf8(QJsonDocument(r.document).toJson(QJsonDocument::Compact)), r.reason,
                       sql::time(now()), QUuid::createUuid().toString(QUuid::WithoutBraces)});
            run->pendingPosts << r.id;
        }
        for (const Command &c : batch.accepted) {
            // A command the agent has seen before is never run twice; its stored result is
            // posted again if it did not get through.
            if (known(c.id)) {
                auto unposted =
                    m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_commands WHERE command_id = ? "
                                               "AND result_posted_at IS NULL AND state NOT IN ('', 'running')"),
                                {c.id});
                if (unposted && unposted->toInt() > 0)
                    run->pendingPosts << c.id;
                continue;
            }
            run->commands << c;
        }
        runNextCommand(run);
    });
}

namespace {
void countResult(CommandReport &report, const QString &state)
{
    if (state == u"done")
        ++report.done;
    else if (state == u"unsupported")
        ++report.unsupported;
    else if (state == u"denied")
        ++report.denied;
    else if (state == u"pending")
        ++report.pending;
    else
        ++report.failed;
}
} // namespace

void SyncAgent::setActionOptions(const actions::ActionOptions &options)
{
    remoteActions().setActionOptions(options);
}

RemoteActions &SyncAgent::remoteActions()
{
    if (!m_remoteActions)
        m_remoteActions = std::make_unique<RemoteActions>(m_profile, m_db, m_secrets);
    return *m_remoteActions;
}

void SyncAgent::runConsents(CommandsDone done)
{
    auto run = std::make_shared<CommandRun>();
    run->done = std::move(done);
    const auto endNow = [this, run](const SyncError &error) {
        run->report.error = error;
        run->report.ok = !error;
        QTimer::singleShot(0, this, [run] {
            if (run->done)
                run->done(run->report);
        });
    };
    if (m_busy)
        return endNow(SyncError::make(SyncErrorKind::NotAllowed, Tr::tr("Another sync operation is running.")));
    if (const SyncError e = open())
        return endNow(e);
    ConsentStore consents(m_db, m_now);
    auto work = consents.hasWork();
    if (!work)
        return endNow(storageError(work.error()));
    if (!*work)
        return endNow({});
    if (auto expired = consents.expireDue(); !expired)
        run->report.messages << expired.error().message;
    QSettings ini(m_profile.settingsPath(), QSettings::IniFormat);
    const SyncSettings settings = SyncSettings::load(ini);
    // Locked down or unregistered: the results are stored and wait; nothing is sent.
    run->canPost = settings.isRegistered() && !settings.isLockedDown() && !prepareClient();
    m_busy = true;
    QTimer::singleShot(0, this, [this, run] { runNextConsent(run); });
}

void SyncAgent::runNextConsent(const std::shared_ptr<CommandRun> &run)
{
    auto claimed = ConsentStore(m_db, m_now).claimApproved();
    if (!claimed)
        run->report.messages << claimed.error().message;
    if (claimed && *claimed) {
        const Consent consent = **claimed;
        remoteActions().runApproved(
            consent, [this, run, consent](const QString &state, const QString &message, const QJsonObject &details) {
                ++run->report.consentsRun;
                countResult(run->report, state);
                if (auto e = ConsentStore(m_db, m_now).finish(consent.id, state, message, details))
                    run->report.messages << e.message;
                if (!run->pendingPosts.contains(consent.commandId))
                    run->pendingPosts << consent.commandId;
                runNextConsent(run);
            });
        return;
    }
    if (!run->canPost) {
        finishCommands(run);
        return;
    }
    // Decisions made in another process (the CLI) that were never tried to post.
    auto unposted = m_db.run(QStringLiteral(
        "SELECT s.command_id FROM sync_commands s JOIN action_consents c ON c.command_id = s.command_id "
        "WHERE s.result_posted_at IS NULL AND s.post_attempts = 0 AND s.state NOT IN ('', 'running', 'pending') "
        "ORDER BY s.finished_at"));
    if (unposted) {
        while ((*unposted)->next()) {
            const QString id = (*unposted)->value(0).toString();
            if (!run->pendingPosts.contains(id))
                run->pendingPosts << id;
        }
    }
    postResults(run, [this, run] { finishCommands(run); });
}

void SyncAgent::runNextCommand(const std::shared_ptr<CommandRun> &run)
{
    if (run->commands.isEmpty()) {
        // Requests approved since the last poll, then the results and rejections of this poll.
        runNextConsent(run);
        return;
    }
    const Command command = run->commands.takeFirst();
    m_db.exec(QStringLiteral("INSERT INTO sync_commands (command_id, received_at, action, device_id, document, state, "
                             "idempotency_key) VALUES (?,?,?,?,?, 'running', ?)"),
              {command.id, sql::time(now()), commandActionName(command.action), sql::optional(command.deviceId),
               QString::fromUtf8(QJsonDocument(command.document).toJson(QJsonDocument::Compact)),
               QUuid::createUuid().toString(QUuid::WithoutBraces)});
    execute(command, [this, run, command](const QString &state, const QString &message, const QJsonObject &details) {
        countResult(run->report, state);
        if (state == u"pending") {
            auto consent =
                ConsentStore(m_db, m_now).find(qint64(details.value(QStringLiteral("consentId")).toDouble()));
            if (consent && *consent)
                run->report.newConsents << **consent;
        }
        storeAndPostResult(run, command.id, state, message, details);
    });
}

void SyncAgent::storeAndPostResult(const std::shared_ptr<CommandRun> &run, const QString &commandId,
                                   const QString &state, const QString &message, const QJsonObject &details)
{
    const QDateTime t = now();
    m_db.exec(QStringLiteral("UPDATE sync_commands SET state = ?, message = ?, details = ?, finished_at = ? "
                             "WHERE command_id = ?"),
              {state, message, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), sql::time(t),
               commandId});
    auto device = m_db.scalar(QStringLiteral("SELECT device_id FROM sync_commands WHERE command_id = ?"), {commandId});
    storage::EventLog(m_db).record(device && !device->isNull() ? std::optional(device->toLongLong()) : std::nullopt, t,
                                   kCommandEvent, Tr::tr("Remote command %1: %2 (%3)").arg(commandId, state, message),
                                   QJsonObject{{QStringLiteral("command"), commandId},
                                               {QStringLiteral("state"), state},
                                               {QStringLiteral("message"), message}});
    run->pendingPosts << commandId;
    runNextCommand(run);
}

void SyncAgent::execute(const Command &command,
                        std::function<void(const QString &, const QString &, const QJsonObject &)> finished)
{
    switch (command.action) {
    case CommandAction::RefreshStatus:
        refreshStatus(command, std::move(finished));
        return;
    case CommandAction::SyncNow:
        syncInternal({}, [finished = std::move(finished)](const SyncReport &report) {
            finished(report.ok ? QStringLiteral("done") : QStringLiteral("failed"), report.summary(),
                     QJsonObject{{QStringLiteral("delivered"), report.delivered},
                                 {QStringLiteral("queued"), report.queued}});
        });
        return;
    case CommandAction::Reboot:
    case CommandAction::PrintTestPage:
    case CommandAction::FirmwareUpgrade:
    case CommandAction::Troubleshoot:
        // Device actions: the customer's policy decides (run, ask for consent, deny).
        remoteActions().handle(command, now(), std::move(finished));
        return;
    }
}

void SyncAgent::refreshStatus(const Command &command,
                              std::function<void(const QString &, const QString &, const QJsonObject &)> finished)
{
    const auto failNow = [this, finished](const QString &message) {
        QTimer::singleShot(0, this, [finished, message] { finished(QStringLiteral("failed"), message, {}); });
    };
    auto device = storage::FleetRepository(m_db).device(*command.deviceId);
    if (!device || !*device)
        return failNow(Tr::tr("Device %1 is no longer stored.").arg(*command.deviceId));
    auto credentials = storage::CredentialRepository(m_db, m_secrets).load();
    if (!credentials)
        return failNow(credentials.error().message);
    const QList<snmp::Credential> profiles = credentials->isEmpty() ? QList{snmp::Credential{}} : *credentials;
    const storage::DeviceRecord record = **device;
    collect::PollTarget target = collect::Poller::targetFromString(record.address, profiles);
    const auto it = std::find_if(target.credentials.begin(), target.credentials.end(),
                                 [&](const snmp::Credential &c) { return c.name == record.credentialName; });
    if (!record.credentialName.isEmpty() && it != target.credentials.end())
        std::rotate(target.credentials.begin(), it, it + 1);

    if (m_poller)
        m_poller.release()->deleteLater();
    m_poller = std::make_unique<collect::Poller>();
    auto results = std::make_shared<QList<DeviceSnapshot>>();
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(m_poller.get(), &collect::Poller::deviceFinished, this,
            [results](const DeviceSnapshot &s) { results->append(s); });
    connect(m_poller.get(), &collect::Poller::finished, this, [this, results, elapsed, finished, record] {
        const double seconds = double(elapsed->elapsed()) / 1000.0;
        auto stored = storage::SnapshotStore(m_db).storeBatch(*results);
        if (!stored) {
            finished(QStringLiteral("failed"),
                     Tr::tr("Polled, but the result could not be stored: %1").arg(stored.error().message), {});
            return;
        }
        const bool reachable = !results->isEmpty() && results->first().reachable;
        const QString status = results->isEmpty() ? QString() : overallStatusName(results->first().status.overall);
        const QJsonObject details{{QStringLiteral("reachable"), reachable},
                                  {QStringLiteral("status"), reachable ? status : QStringLiteral("offline")},
                                  {QStringLiteral("seconds"), seconds}};
        if (reachable)
            finished(QStringLiteral("done"),
                     Tr::tr("Polled device %1 in %2 s: %3.").arg(record.id).arg(seconds, 0, 'f', 1).arg(status),
                     details);
        else
            finished(QStringLiteral("failed"),
                     Tr::tr("Device %1 did not answer (%2).")
                         .arg(record.id)
                         .arg(results->isEmpty() ? Tr::tr("no result") : results->first().error.message),
                     details);
    });
    m_poller->start({target}, collect::PollOptions{});
}

void SyncAgent::finishCommands(const std::shared_ptr<CommandRun> &run)
{
    m_busy = false;
    run->report.ok = !run->report.error;
    qCInfo(lcSync).noquote() << "command poll finished:" << run->report.summary();
    if (run->done)
        run->done(run->report);
}

} // namespace fleet::sync
