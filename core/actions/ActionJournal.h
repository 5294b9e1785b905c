#pragma once
// Every action run is recorded: who, when, which action, on which device, with which parameters,
// and the result. The record goes to the event log (events table, kind "action") and, in the same
// transaction, to the security audit log (action "action.<verb>"; a refusal as "denied").

#include "actions/ActionTypes.h"
#include "storage/Database.h"

#include <QDateTime>

namespace fleet::actions {

struct ActionRunRecord
{
    security::Actor actor;
    Origin origin = Origin::Local;
    QDateTime startedAt;
    QDateTime finishedAt;
    ActionKind kind = ActionKind::Status;
    DeviceTarget device;
    QJsonObject parameters;
    ActionResult result;

    QJsonObject toJson() const;
};

// The seam: every recorded run passes here.
storage::StorageError recordActionRun(storage::Database &db, const ActionRunRecord &record);

inline constexpr const char *kActionEventKind = "action";

} // namespace fleet::actions
