#pragma once
// The alert thresholds an administrator sets: when a supply counts as low, how many days to empty
// are too few, how many silent polls make a device "not answering", and the agent's own limits.
// Stored in alerting_settings ("threshold.<name>"), so the daemon, the desktop app and the CLI
// read the same values from the database they share; a value never set is the default of
// alerting::Thresholds. "Not reporting" is the exception: it belongs to the poll settings
// (fleetkeeper.ini, health/notReportingHours), where it was first, and is not stored here.
//
// Changed through changeThresholds() only: it checks the acting user (change-settings), refuses a
// value outside its range with a readable message, writes all values in one transaction, and
// audits the change with the old and new value of each threshold that changed.

#include "alerting/ConditionEvaluator.h"
#include "security/Permissions.h"
#include "security/SecurityError.h"
#include "storage/Database.h"

#include <QStringList>

#include <optional>

namespace fleet::alerting {

inline const QString kThresholdsAuditAction = QStringLiteral("alerting.thresholds");

// One settable threshold: its stored and command-line name, its range and where it lives in
// Thresholds (a whole number or a real one).
struct ThresholdField
{
    QString name; // "supply-percent", "days-to-empty", ...
    double minimum = 0;
    double maximum = 0;
    int Thresholds::*whole = nullptr;
    double Thresholds::*real = nullptr;

    double valueIn(const Thresholds &t) const { return whole ? double(t.*whole) : t.*real; }
    void setIn(Thresholds &t, double value) const;
    bool integral() const { return whole != nullptr; }
    // What it means and its unit, for the CLI's and the dialog's labels.
    QString description() const;
};

// Every threshold stored here, in the order the CLI and the dialog show them.
const QList<ThresholdField> &thresholdFields();
const ThresholdField *thresholdField(QStringView name);

// Empty when value fits field; else why not ("supply-percent must be between 0 and 100, not 140.").
QString thresholdProblem(const ThresholdField &field, double value);

// The stored thresholds over the defaults. A stored value that is not a number or out of its range
// (edited by hand, written by a newer version) is left out with a warning in the log.
storage::Result<Thresholds> loadThresholds(storage::Database &db);

// The names of the thresholds that differ between before and after, in thresholdFields() order.
QStringList changedThresholds(const Thresholds &before, const Thresholds &after);

// Nothing is written when the actor is refused or a value is out of range (InvalidArgument).
security::SecurityError changeThresholds(storage::Database &db, const security::Actor &actor,
                                         const Thresholds &thresholds);

} // namespace fleet::alerting
