#pragma once
// One alerting round, run after every poll and sync on a worker's database connection: read
// the inputs, evaluate the conditions, track their lifecycle, queue the notifications, fold due
// digests. Delivery is separate (NotificationQueue::deliverDue) so a slow SMTP server never
// holds up the evaluation, and the queue is drained again on its own retry schedule.

#include "alerting/ConditionEvaluator.h"
#include "alerting/ConditionTracker.h"
#include "alerting/Notifier.h"

namespace fleet::alerting {

struct AlertingOptions
{
    Thresholds thresholds;
    TrackerOptions tracker;
    QDateTime agentRunningSince;
    QList<CertificateInput> certificates;
};

struct CycleReport
{
    int openConditions = 0;
    int opened = 0;
    int cleared = 0;
    NotifyReport notifications;
    int digests = 0;
    QList<Transition> transitions; // this round's announced openings and clears (tray, logs)
};

storage::Result<CycleReport> runAlertingCycle(storage::Database &db, const QDateTime &now,
                                              const AlertingOptions &options = {});

} // namespace fleet::alerting
