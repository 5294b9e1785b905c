#pragma once
// Reads what ConditionEvaluator needs from the database (on the caller's thread and connection):
// in-scope devices with their open alerts, the error bits of their last reachable poll, their
// supplies with a days-to-empty forecast, their run of failed polls and recent events; and the
// agent's upload and command-poll history from the sync exchange log, plus the free space of the
// database's disk. Certificates are the caller's to add (it knows which files it uses).

#include "alerting/ConditionEvaluator.h"
#include "storage/Database.h"

namespace fleet::alerting {

storage::Result<EvaluationInput> loadConditionInputs(storage::Database &db, const QDateTime &now,
                                                     const Thresholds &thresholds = {});

} // namespace fleet::alerting
