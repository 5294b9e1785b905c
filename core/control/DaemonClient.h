#pragma once
// The attaching end of the control channel (ControlServer): the desktop app, when a daemon owns
// its profile, and `fleetkeeper-cli status`. Requests go out as lines; responses come back with
// the request's id; events the daemon pushes are turned into signals, and the status is asked
// for again after each, so status() is what the daemon last said. When the daemon goes away the
// client says so and tries again every few seconds.

#include "control/ControlProtocol.h"
#include "control/StatusReport.h"
#include "util/ProfileRoot.h"

#include <QLocalSocket>
#include <QObject>
#include <QTimer>

namespace fleet::control {

class DaemonClient final : public QObject
{
    Q_OBJECT
public:
    explicit DaemonClient(ProfileRoot profile, QObject *parent = nullptr);
    ~DaemonClient() override;
    Q_DISABLE_COPY_MOVE(DaemonClient)

    // The socket files a daemon of this profile listens on, in the order they are tried: the
    // profile's own, then the system service's when the profile is the system service's.
    static QStringList socketCandidates(const ProfileRoot &profile);

    // Connects (blocking for at most timeoutMs) and, with subscribe, asks for the events and the
    // status. False when no daemon answers on this profile (errorString() says why).
    bool connectToDaemon(int timeoutMs, bool subscribe = true);
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    QString errorString() const { return m_error; }
    // Reconnects by itself after the daemon went away (the app); off by default (the CLI).
    void setAutoReconnect(bool on);

    // Sends a request (with a fresh id; request.id is ignored); the answer arrives as replied()
    // with the returned id. 0: not sent (not connected, or the request is too long to send; the
    // reason is errorString() and requestFailed()).
    qint64 send(const Request &request);
    qint64 send(RequestType type) { return send(Request{type, 0, {}}); }
    // Sends a request and waits for its answer (events arriving meanwhile are handled as usual).
    Expected<QJsonObject> call(const Request &request, int timeoutMs);
    Expected<QJsonObject> call(RequestType type, int timeoutMs) { return call(Request{type, 0, {}}, timeoutMs); }

    const StatusReport &status() const { return m_status; }
    bool hasStatus() const { return m_hasStatus; }

    void pollNow() { send(RequestType::PollNow); }
    void setPaused(bool paused) { send(paused ? RequestType::Pause : RequestType::Resume); }
    void reloadSettings() { send(RequestType::ReloadSettings); }
    void syncNow() { send(RequestType::SyncNow); }
    // set-schedule: the service applies (checks, audits and saves) the poll interval and/or the
    // scheduled discovery; its answer carries the values now in force, or why not.
    qint64 setSchedule(const ScheduleChange &change) { return send(Request{RequestType::SetSchedule, 0, change}); }
    void refreshStatus() { send(RequestType::Status); }

Q_SIGNALS:
    void connectedChanged(bool connected);
    void replied(qint64 id, bool ok, const QJsonObject &result, const QString &error);
    void eventReceived(const QString &event, const QJsonObject &data);
    void statusChanged();
    void pollStarted();
    void pollProgress(int done, int total);
    void pollFinished(bool ok, const QString &message);
    void discoveryFinished();
    void settingsReloaded();
    // A request the daemon refused or could not do (a sentence for the user).
    void requestFailed(const QString &message);

private:
    void onReadyRead();
    void onConnected();
    void onDisconnected();
    void handle(const Message &message);
    void tryReconnect();

    ProfileRoot m_profile;
    QLocalSocket m_socket;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_nextId = 1;
    qint64 m_statusId = 0;
    StatusReport m_status;
    bool m_hasStatus = false;
    bool m_subscribe = true;
    bool m_autoReconnect = false;
    QTimer m_reconnect;
    // call(): the answer being waited for.
    qint64 m_waitingFor = 0;
    std::optional<Message> m_waited;
};

} // namespace fleet::control
