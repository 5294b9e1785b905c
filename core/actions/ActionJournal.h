#pragma once
// Every action run is recorded: who, when, which action, on which device, with which parameters,
// and the result. Today the record goes to the event log (events table, kind "action"); this is
// the one place that will also hand it to the audit log once that exists.

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
