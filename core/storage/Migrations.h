#pragma once
// The schema as a list of forward steps. Each step runs in its own transaction and ends by
// setting PRAGMA user_version to its number. Steps are never edited once released: a change
// is a new step.

#include <QList>
#include <QString>

namespace fleet::storage {

struct MigrationStep
{
    int version = 0;
    QString description;
    QList<QString> statements;
};

// Steps in order; the last one's version is the latest schema version.
const QList<MigrationStep> &migrationSteps();

// PRAGMA application_id of Fleetkeeper databases ("FLKP"), so another program's SQLite file
// is recognised and refused instead of being "upgraded".
inline constexpr int kApplicationId = 0x464C4B50;

} // namespace fleet::storage
