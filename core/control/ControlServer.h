#pragma once
// The daemon's end of the control channel: a local socket on which the desktop app and the CLI
// ask for the status, start a poll or a sync, pause and resume the schedule, change the poll
// interval and the scheduled discovery (set-schedule: applied, saved and audited here), have the
// other settings re-read after they wrote the ini, and subscribe to events (a poll started, progressed and
// finished; the settings were reloaded) so they refresh without polling on their own.
//
// Who may connect: the socket file's mode (0600, or 0660 with the service's group when the daemon
// runs as the system service) and, on every connection, the kernel's peer credentials (PeerPolicy).
// Who acts: the peer's account, mapped to a Fleetkeeper actor as for the CLI without --as
// (security::resolveActingUser); each request is checked against the permission it needs. What a
// peer says about itself is never believed.
//
// The socket lives in $RUNTIME_DIRECTORY when systemd made one (the system service), else in the
// profile directory. The daemon holds the profile's lock, so a socket file found there is stale.

#include "control/ControlProtocol.h"
#include "control/PeerCredentials.h"
#include "control/StatusReport.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "util/ProfileRoot.h"

#include <QLocalServer>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>

class QLocalSocket;

namespace fleet::schedule {
class FleetService;
}
namespace fleet::sync {
class SyncService;
}

namespace fleet::control {

class ControlServer final : public QObject
{
    Q_OBJECT
public:
    // The services must outlive the server; reload re-reads the settings (the daemon's reload()).
    ControlServer(ProfileRoot profile, schedule::FleetService *fleet, sync::SyncService *sync,
                  std::function<void()> reload, QObject *parent = nullptr);
    ~ControlServer() override;
    Q_DISABLE_COPY_MOVE(ControlServer)

    // Where the daemon of this profile listens: $RUNTIME_DIRECTORY/fleetkeeperd.sock under
    // systemd's system service, else <profile>/fleetkeeperd.sock.
    static QString socketPath(const ProfileRoot &profile);
    // The system service's socket (RuntimeDirectory=fleetkeeper).
    static QString systemSocketPath() { return QStringLiteral("/run/fleetkeeper/fleetkeeperd.sock"); }

    // Listens; empty on success, else why not (the daemon then runs without the channel).
    QString listen();
    QString fullServerName() const { return m_server.fullServerName(); }
    const PeerPolicy &policy() const { return m_policy; }

    // What a status request answers (also for tests).
    StatusReport status();
    // Sends an event to every subscribed connection.
    void publish(const QString &event, const QJsonObject &data = {});
    // A problem the status should list among the recent errors (kept in memory, newest first).
    void noteError(const QString &source, const QString &message);
    void setStopping(bool stopping) { m_stopping = stopping; }

Q_SIGNALS:
    // A peer was refused at connect time (reason as logged).
    void peerRefused(const QString &reason);

private:
    struct Connection
    {
        QByteArray buffer;
        PeerCredentials peer;
        bool subscribed = false;
    };

    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void handleLine(QLocalSocket *socket, Connection &connection, const QByteArray &line);
    QByteArray answer(Connection &connection, const Request &request);
    QByteArray setSchedule(const security::Actor &actor, const Request &request);
    security::SecurityResult<security::Actor> actorFor(const PeerCredentials &peer);
    void send(QLocalSocket *socket, const QByteArray &line);
    void connectServices();

    ProfileRoot m_profile;
    schedule::FleetService *m_fleet;
    sync::SyncService *m_sync;
    std::function<void()> m_reload;
    QLocalServer m_server;
    PeerPolicy m_policy;
    std::map<QLocalSocket *, Connection> m_connections;
    std::deque<RecentError> m_errors;
    std::unique_ptr<storage::Database> m_db; // for the user accounts; opened at the first request
    bool m_stopping = false;
};

} // namespace fleet::control
