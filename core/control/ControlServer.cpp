#include "control/ControlServer.h"

#include "control/ControlLog.h"
#include "schedule/FleetService.h"
#include "schedule/ScheduledDiscovery.h"
#include "security/ActingUser.h"
#include "security/UserStore.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalSocket>

#include <unistd.h>

namespace fleet::control {

namespace {

constexpr qint64 kMaxQueuedOutput = 4 * kMaxResponseBytes; // a subscriber that stopped reading

QString runtimeDirectory()
{
    // RuntimeDirectory= may list several directories, separated by colons: the first is ours.
    return qEnvironmentVariable("RUNTIME_DIRECTORY").section(QLatin1Char(':'), 0, 0);
}

// The permission checked before the request is served; none when the core checks (and audits) it
// itself while serving.
std::optional<security::Permission> permissionFor(RequestType type)
{
    switch (type) {
    case RequestType::Status:
    case RequestType::Subscribe:
        return security::Permission::ViewFleet;
    case RequestType::PollNow:
        return security::Permission::PollNow;
    case RequestType::Pause:
    case RequestType::Resume:
    case RequestType::ReloadSettings:
        return security::Permission::ChangeSettings;
    case RequestType::SyncNow:
        return security::Permission::Sync;
    case RequestType::SetSchedule:
        return std::nullopt; // FleetService::setPollInterval/setDiscoverySettings: change-settings, audited
    }
    return security::Permission::ChangeSettings;
}

} // namespace

ControlServer::ControlServer(ProfileRoot profile, schedule::FleetService *fleet, sync::SyncService *sync,
                             std::function<void()> reload, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_fleet(fleet)
    , m_sync(sync)
    , m_reload(std::move(reload))
{
    m_policy.ownUid = ::geteuid();
    // The system service shares its socket with its group (docs/packaging.md).
    if (!runtimeDirectory().isEmpty())
        m_policy.allowedGroup = ::getegid();
    m_server.setMaxPendingConnections(kMaxConnections);
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
    connectServices();
}

ControlServer::~ControlServer()
{
    // Connections first: their sockets are children of the server and refer to m_connections.
    for (auto &[socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
    }
    m_connections.clear();
    m_server.close();
}

QString ControlServer::socketPath(const ProfileRoot &profile)
{
    const QString runtime = runtimeDirectory();
    const QString dir = runtime.isEmpty() ? profile.dir() : runtime;
    return QDir(dir).filePath(QStringLiteral("fleetkeeperd.sock"));
}

QString ControlServer::listen()
{
    const QString path = socketPath(m_profile);
    m_server.setSocketOptions(m_policy.allowedGroup ? QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption
                                                    : QLocalServer::UserAccessOption);
    // Only the owner of the profile's lock gets here: a socket file already there is a leftover.
    QLocalServer::removeServer(path);
    if (!m_server.listen(path))
        return tr("Cannot listen on %1: %2").arg(path, m_server.errorString());
    qCInfo(lcControl).noquote() << "control socket" << m_server.fullServerName()
                                << (m_policy.allowedGroup ? "(user and group)" : "(user only)");
    return {};
}

void ControlServer::connectServices()
{
    using schedule::FleetService;
    connect(m_fleet, &FleetService::pollStarted, this, [this] { publish(eventPollStarted()); });
    connect(m_fleet, &FleetService::pollProgress, this, [this](int done, int total) {
        publish(eventPollProgress(), {{QStringLiteral("done"), done}, {QStringLiteral("total"), total}});
    });
    connect(m_fleet, &FleetService::pollFinished, this, [this](const schedule::PollJobOutcome &outcome) {
        if (!outcome.ok)
            noteError(QStringLiteral("poll"), outcome.message);
        publish(eventPollFinished(), {{QStringLiteral("ok"), outcome.ok},
                                      {QStringLiteral("devices"), outcome.devices},
                                      {QStringLiteral("reachable"), outcome.reachable},
                                      {QStringLiteral("message"), outcome.message}});
    });
    connect(m_fleet, &FleetService::discoveryStarted, this, [this] { publish(eventDiscoveryStarted()); });
    connect(m_fleet, &FleetService::discoveryFinished, this, [this](const schedule::DiscoveryJobOutcome &outcome) {
        if (!outcome.ok)
            noteError(QStringLiteral("discovery"), outcome.message);
        publish(eventDiscoveryFinished(),
                {{QStringLiteral("ok"), outcome.ok}, {QStringLiteral("message"), outcome.message}});
    });
    connect(m_fleet, &FleetService::pausedChanged, this, [this](bool paused) {
        publish(eventPausedChanged(), {{QStringLiteral("paused"), paused}});
    });
    connect(m_fleet, &FleetService::nextPollChanged, this, [this] { publish(eventScheduleChanged()); });
    connect(m_fleet, &FleetService::nextDiscoveryChanged, this, [this] { publish(eventScheduleChanged()); });
    connect(m_fleet, &FleetService::warning, this,
            [this](const QString &message) { noteError(QStringLiteral("daemon"), message); });
    connect(m_sync, &sync::SyncService::syncFinished, this, [this](const sync::SyncReport &report) {
        if (!report.ok)
            noteError(QStringLiteral("sync"), report.summary());
        publish(eventSyncFinished(),
                {{QStringLiteral("ok"), report.ok}, {QStringLiteral("message"), report.summary()}});
    });
    connect(m_sync, &sync::SyncService::warning, this,
            [this](const QString &message) { noteError(QStringLiteral("sync"), message); });
}

void ControlServer::noteError(const QString &source, const QString &message)
{
    m_errors.push_front({QDateTime::currentDateTimeUtc(), source, message});
    while (m_errors.size() > size_t(kMaxRecentErrors))
        m_errors.pop_back();
}

StatusReport ControlServer::status()
{
    StatusReport s;
    s.daemonRunning = true;
    s.pid = QCoreApplication::applicationPid();
    s.profile = m_profile.dir();
    s.state = m_stopping                 ? QStringLiteral("stopping")
              : m_fleet->isPolling()     ? QStringLiteral("polling")
              : m_fleet->isDiscovering() ? QStringLiteral("discovering")
              : m_sync->isWorking()      ? QStringLiteral("syncing")
                                         : QStringLiteral("idle");
    s.paused = m_fleet->isPaused();
    s.pollIntervalMinutes = int(m_fleet->pollInterval().count());
    s.poll = RunInfo::from(m_fleet->lastPoll(), m_fleet->nextPoll());
    s.discovery = RunInfo::from(m_fleet->lastDiscovery(), m_fleet->nextDiscovery());
    s.sync = RunInfo::from(m_sync->scheduler().jobState(sync::SyncService::syncJobName()), m_sync->nextSync());
    s.nextRetry = m_sync->nextRetry();
    for (const RecentError &e : m_errors)
        s.errors.append(e);
    if (m_db && m_db->isOpen()) {
        if (const QString e = s.addFromDatabase(*m_db); !e.isEmpty())
            s.errors.prepend({QDateTime::currentDateTimeUtc(), QStringLiteral("daemon"), e});
    }
    return s;
}

void ControlServer::publish(const QString &event, const QJsonObject &data)
{
    const QByteArray line = encodeEvent(event, data);
    for (auto &[socket, connection] : m_connections) {
        if (connection.subscribed)
            send(socket, line);
    }
}

void ControlServer::send(QLocalSocket *socket, const QByteArray &line)
{
    if (socket->bytesToWrite() > kMaxQueuedOutput) {
        qCWarning(lcControl) << "dropping a connection that does not read its events";
        socket->abort();
        return;
    }
    socket->write(line);
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        QString error;
        const auto peer = peerCredentials(int(socket->socketDescriptor()), &error);
        QString refusal = peer ? m_policy.refusal(*peer, groupsOf(peer->uid)) : error;
        if (refusal.isEmpty() && m_connections.size() >= size_t(kMaxConnections))
            refusal = tr("Too many connections.");
        if (!refusal.isEmpty()) {
            qCWarning(lcControl).noquote() << "refused a connection:" << refusal;
            socket->write(encodeError(0, tr("Refused: %1").arg(refusal)));
            socket->flush();
            socket->disconnectFromServer();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            Q_EMIT peerRefused(refusal);
            continue;
        }
        m_connections[socket].peer = *peer;
        qCDebug(lcControl).noquote() << "attached:" << userNameOf(peer->uid) << "process" << peer->pid;
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
    }
}

void ControlServer::onReadyRead(QLocalSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it->second;
    connection.buffer += socket->readAll();
    qsizetype newline = 0;
    bool oversized = false;
    while ((newline = connection.buffer.indexOf('\n')) >= 0) {
        if (newline > kMaxRequestBytes) {
            oversized = true;
            break;
        }
        const QByteArray line = connection.buffer.left(newline);
        connection.buffer.remove(0, newline + 1);
        handleLine(socket, connection, line);
        if (socket->state() != QLocalSocket::ConnectedState)
            return;
    }
    // A line that is already too long (complete or not) is not a request: answer and hang up, so
    // a peer cannot make the daemon buffer without bound.
    if (oversized || connection.buffer.size() > kMaxRequestBytes) {
        qCWarning(lcControl) << "closed a connection that sent an oversized line";
        socket->write(encodeError(0, tr("The request is longer than %1 bytes.").arg(kMaxRequestBytes)));
        socket->flush();
        connection.buffer.clear();
        socket->disconnectFromServer();
    }
}

void ControlServer::handleLine(QLocalSocket *socket, Connection &connection, const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    const auto request = parseRequest(line);
    if (!request) {
        qCDebug(lcControl).noquote() << "malformed request:" << request.error();
        send(socket, encodeError(requestIdOf(line), request.error()));
        return;
    }
    send(socket, answer(connection, *request));
}

security::SecurityResult<security::Actor> ControlServer::actorFor(const PeerCredentials &peer)
{
    if (!m_db) {
        m_db = std::make_unique<storage::Database>(QStringLiteral("control"));
        if (const auto e = m_db->open(m_profile.databasePath())) {
            m_db.reset();
            return e;
        }
    }
    security::UserStore users(*m_db);
    return security::resolveActingUser(users, {QString(), userNameOf(peer.uid), {}});
}

QByteArray ControlServer::answer(Connection &connection, const Request &request)
{
    const auto actor = actorFor(connection.peer);
    if (!actor) {
        qCWarning(lcControl).noquote() << "refused" << requestName(request.type) << "for"
                                       << userNameOf(connection.peer.uid) << ":" << actor.error().message;
        return encodeError(request.id, actor.error().message);
    }
    if (const auto permission = permissionFor(request.type)) {
        if (const auto denied = security::check(*actor, *permission)) {
            qCWarning(lcControl).noquote() << "refused" << requestName(request.type) << ":" << denied.message;
            return encodeError(request.id, denied.message);
        }
    }
    if (request.type != RequestType::Status && request.type != RequestType::Subscribe)
        qCInfo(lcControl).noquote() << requestName(request.type) << "requested by" << actor->name;
    switch (request.type) {
    case RequestType::Status:
        return encodeResponse(request.id, status().toJson());
    case RequestType::Subscribe:
        connection.subscribed = true;
        return encodeResponse(request.id, {{QStringLiteral("subscribed"), true}});
    case RequestType::PollNow: {
        const bool started = m_fleet->pollNow(*actor);
        return encodeResponse(request.id, {{QStringLiteral("started"), started},
                                           {QStringLiteral("message"),
                                            started ? tr("Poll started.") : tr("A poll is already running.")}});
    }
    case RequestType::Pause:
    case RequestType::Resume:
        m_fleet->setPaused(request.type == RequestType::Pause);
        return encodeResponse(request.id, {{QStringLiteral("paused"), m_fleet->isPaused()}});
    case RequestType::ReloadSettings:
        if (m_reload)
            m_reload();
        return encodeResponse(request.id,
                              {{QStringLiteral("pollIntervalMinutes"), int(m_fleet->pollInterval().count())},
                               {QStringLiteral("paused"), m_fleet->isPaused()}});
    case RequestType::SyncNow: {
        const bool queued = m_sync->syncNow(*actor);
        return encodeResponse(request.id, {{QStringLiteral("started"), queued}});
    }
    case RequestType::SetSchedule:
        return setSchedule(*actor, request);
    }
    return encodeError(request.id, tr("Unknown request."));
}

QByteArray ControlServer::setSchedule(const security::Actor &actor, const Request &request)
{
    const ScheduleChange &change = request.schedule;
    const auto interval = std::chrono::minutes(change.pollIntervalMinutes.value_or(0));
    // Everything is checked before anything is applied: a refused change changes nothing.
    QString problem;
    if (change.pollIntervalMinutes)
        problem = AppSettings::checkPollInterval(interval);
    if (problem.isEmpty() && change.discovery)
        problem = schedule::ScheduledDiscovery::check(*change.discovery);
    // The service checks change-settings for the actor, audits the change or the refusal, saves
    // the profile's ini and reschedules.
    if (problem.isEmpty() && change.pollIntervalMinutes)
        problem = m_fleet->setPollInterval(actor, interval);
    if (problem.isEmpty() && change.discovery)
        problem = m_fleet->setDiscoverySettings(actor, *change.discovery);
    if (!problem.isEmpty()) {
        qCWarning(lcControl).noquote() << "refused set-schedule for" << actor.name << ":" << problem;
        return encodeError(request.id, problem);
    }
    qCInfo(lcControl).noquote() << "schedule set by" << actor.name << "- poll every" << m_fleet->pollInterval().count()
                                << "min, discovery"
                                << AppSettings::discoveryModeName(m_fleet->discoverySettings().mode);
    return encodeResponse(request.id,
                          scheduleToJson({int(m_fleet->pollInterval().count()), m_fleet->discoverySettings()}));
}

} // namespace fleet::control
