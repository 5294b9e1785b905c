#pragma once
// Alerting in the process that owns the schedule (the desktop app or fleetkeeperd): after every
// poll of the fleet and every sync or command poll, one alerting round runs on a worker thread
// (AlertingCycle: conditions, their lifecycle, the notifications they cause), then the mail that
// is due goes out through the MailDispatcher, which also retries the durable queue on its own
// timer. Rounds never overlap: a request during a round is served by one more round after it.
// A round also runs every 15 minutes on its own: reminders, the daily digest, "not reporting" of
// a paused schedule and certificates nearing their end do not wait for the next poll.

#include "alerting/AlertingCycle.h"
#include "alerting/MailDispatcher.h"
#include "util/ProfileRoot.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace fleet::schedule {
class FleetService;
}
namespace fleet::sync {
class SyncService;
}

namespace fleet::alerting {

class AlertingService final : public QObject
{
    Q_OBJECT
public:
    explicit AlertingService(const ProfileRoot &profile, QObject *parent = nullptr);
    ~AlertingService() override;
    Q_DISABLE_COPY_MOVE(AlertingService)

    // Evaluates after every poll (pollFinished) of fleet; fleet must outlive this service or be
    // destroyed with it.
    void watch(schedule::FleetService *fleet);
    // Evaluates after every sync and command poll: their failures are conditions too.
    void watch(sync::SyncService *sync);

    // Default: the stored thresholds (ThresholdSettings) with "not reporting" from the profile's settings,
    // read again every round so a change applies at the next poll. Set: these, for every round.
    void setThresholds(const Thresholds &thresholds) { m_thresholds = thresholds; }
    void setTrackerOptions(const TrackerOptions &options) { m_tracker = options; }
    MailDispatcher &dispatcher() { return m_dispatcher; }

    void evaluate(); // a round, then delivery
    void deliver();  // delivery only (e.g. "Retry now")
    bool isEvaluating() const { return m_running; }

Q_SIGNALS:
    void evaluated(const fleet::alerting::CycleReport &report);
    // Conditions this round announced as opened (critical ones go to the tray); a device's
    // conditions carry its name in details["deviceName"].
    void conditionsOpened(const QList<fleet::alerting::Condition> &conditions);
    void deliveryFinished(const fleet::alerting::DeliveryReport &report);
    void failed(const QString &message);

private:
    ProfileRoot m_profile;
    storage::DatabaseWorker m_worker;
    MailDispatcher m_dispatcher;
    std::optional<Thresholds> m_thresholds;
    TrackerOptions m_tracker;
    QDateTime m_runningSince;
    QTimer m_periodic;
    bool m_running = false;
    bool m_again = false;
};

} // namespace fleet::alerting
