#pragma once
// The attached desktop app taking over the schedule when the service (fleetkeeperd) is gone.
// Exactly one process runs the schedule of a profile: the daemon when it runs, else the desktop
// app. An attached app whose daemon has not answered for a grace period (default 30 s; a daemon
// being restarted is back long before) starts the desktop app in its owning mode on the same
// profile and hands over to it; the attached process then quits.
//
// Never two owners: the hand-over happens while this process holds the daemon's lock
// (fleetkeeperd.lock), so no daemon can start meanwhile, and the lock is released only once the
// new process listens on the profile's single-instance socket, which a daemon starting later
// finds (AgentDaemon::claim refuses then). When the lock is held (a daemon that runs without its
// socket, is starting, or belongs to someone else) or a desktop app already owns the profile, the
// app stays attached and tries again later; a daemon that comes back first is simply re-attached.

#include "util/ProfileRoot.h"

#include <QDeadlineTimer>
#include <QLockFile>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace fleet::control {

class DaemonClient;

class ScheduleTakeover final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultGrace{30000};
    // $FLEETKEEPER_TAKEOVER_GRACE_MS overrides the grace period (0 or less: never take over).
    static QString graceVariable() { return QStringLiteral("FLEETKEEPER_TAKEOVER_GRACE_MS"); }
    // The option that tells the new process it took over (its window says so).
    static QString tookOverOption() { return QStringLiteral("took-over"); }

    // client must outlive this object.
    ScheduleTakeover(ProfileRoot profile, DaemonClient *client, QObject *parent = nullptr);
    ~ScheduleTakeover() override;
    Q_DISABLE_COPY_MOVE(ScheduleTakeover)

    void setGrace(std::chrono::milliseconds grace) { m_grace = grace; }
    std::chrono::milliseconds grace() const { return m_grace; }
    // How long to wait between attempts while the lock is held by someone else.
    void setRetryInterval(std::chrono::milliseconds interval) { m_retry.setInterval(interval); }
    // The owning app to start. Default: this program with its own arguments plus --profile DIR and
    // --took-over, in this environment.
    void setSuccessor(const QString &program, const QStringList &arguments);
    // Watching begins: a daemon already gone starts the grace period now.
    void start();

    bool isHandedOver() const { return m_state == State::HandedOver; }
    // The process that took over (0 before).
    qint64 successorPid() const { return m_successorPid; }

Q_SIGNALS:
    // The new owning process is starting (this process holds the lock meanwhile).
    void handingOver();
    // The new process owns the profile: this one should quit.
    void handedOver(qint64 pid);

private:
    enum class State : quint8 { Watching, Waiting, HandingOver, HandedOver };

    void onConnectedChanged(bool connected);
    void attempt();
    void checkSuccessor();
    void giveBack(const QString &why);
    bool desktopOwnerAnswers() const;

    ProfileRoot m_profile;
    DaemonClient *m_client;
    QLockFile m_lock;
    std::chrono::milliseconds m_grace{kDefaultGrace};
    QTimer m_graceTimer;
    QTimer m_retry;
    QTimer m_watch;
    QDeadlineTimer m_watchDeadline;
    QString m_program;
    QStringList m_arguments;
    State m_state = State::Watching;
    bool m_started = false;
    qint64 m_successorPid = 0;
    QString m_lastRefusal; // logged once until it changes
};

} // namespace fleet::control
