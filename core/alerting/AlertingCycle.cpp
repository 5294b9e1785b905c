#include "alerting/AlertingCycle.h"

#include "alerting/AlertingLog.h"
#include "alerting/ConditionInputs.h"

namespace fleet::alerting {

storage::Result<CycleReport> runAlertingCycle(storage::Database &db, const QDateTime &now,
                                              const AlertingOptions &options)
{
    auto input = loadConditionInputs(db, now, options.thresholds);
    if (!input)
        return input.error();
    input->agent.runningSince = options.agentRunningSince;
    input->agent.certificates = options.certificates;
    const QList<Condition> conditions = evaluateConditions(*input);

    auto update = ConditionTracker(db, options.tracker).update(conditions, now);
    if (!update)
        return update.error();
    Notifier notifier(db);
    auto notified = notifier.notify(*update, now);
    if (!notified)
        return notified.error();
    auto digests = notifier.flushDigests(now);
    if (!digests)
        return digests.error();

    CycleReport report;
    report.openConditions = int(conditions.size());
    for (const Transition &t : update->transitions)
        ++(t.event == TransitionEvent::Opened ? report.opened : report.cleared);
    report.notifications = *notified;
    report.digests = *digests;
    report.transitions = update->transitions;
    if (report.opened || report.cleared)
        qCInfo(lcAlerting) << "alerting:" << report.openConditions << "open condition(s)," << report.opened << "opened,"
                           << report.cleared << "cleared," << report.notifications.queued << "notification(s) queued";
    return report;
}

} // namespace fleet::alerting
