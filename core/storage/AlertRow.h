#pragma once
// One alerts row as FleetRepository and AlertRepository select it: the columns in a fixed order and the
// AlertRecord read from them, kept in one place so the two queries cannot drift apart.

#include "storage/StorageTypes.h"

#include <QSqlQuery>
#include <QString>

namespace fleet::storage {

// The alerts columns AlertRecord needs, comma-separated; each prefixed with "alias." when an alias is given.
QString alertColumns(const QString &alias = {});

// Reads an AlertRecord from the first columns of q, selected as alertColumns() lists them.
AlertRecord readAlertRow(const QSqlQuery &q);

} // namespace fleet::storage
