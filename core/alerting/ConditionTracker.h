#pragma once
// The lifecycle of every condition, kept in alert_conditions so it survives restarts: a
// condition opens once, stays open while evaluations keep reporting it, and clears once. Only
// the edges are notification-worthy; the tracker returns them.
//
// Flapping is damped twice over:
// - a condition clears only after it has been absent for clearHold (a jam cleared and back two
//   polls later is the same jam);
// - a condition that comes back within flapWindow of its clear is announced only once it has
//   stayed open for flapWindow. A door opened and shut every few minutes gives one mail, not
//   one per poll; if nobody heard of an episode, nobody hears of its clear either.

#include "alerting/Condition.h"
#include "storage/Database.h"

#include <chrono>

namespace fleet::alerting {

struct TrackerOptions
{
    std::chrono::seconds clearHold{10 * 60};
    std::chrono::seconds flapWindow{60 * 60};
};

enum class TransitionEvent : quint8 { Opened, Cleared };
QString transitionEventName(TransitionEvent e); // "opened", "cleared"

struct TrackedCondition
{
    Condition condition; // since = when the tracker opened it (the first evaluation that saw it)
    QDateTime clearedAt; // invalid while open
    bool announced = false;
    int flaps = 0;
};

struct Transition
{
    TransitionEvent event = TransitionEvent::Opened;
    TrackedCondition tracked;
};

struct TrackerUpdate
{
    QList<Transition> transitions; // announced openings and the clears of announced conditions
    QList<TrackedCondition> open;  // every open, announced condition after the update (for reminders)
};

class ConditionTracker final
{
public:
    explicit ConditionTracker(storage::Database &db, TrackerOptions options = {})
        : m_db(db)
        , m_options(options)
    {}

    // current: everything evaluateConditions() reported at now. One transaction.
    storage::Result<TrackerUpdate> update(const QList<Condition> &current, const QDateTime &now);
    // Open conditions (announced or not), most severe first.
    storage::Result<QList<TrackedCondition>> openConditions();

private:
    storage::Database &m_db;
    TrackerOptions m_options;
};

} // namespace fleet::alerting
