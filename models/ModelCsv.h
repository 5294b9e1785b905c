#pragma once
// The rows a view shows, as CSV: what the administrator filtered and sorted is what they export.

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace fleet::models {

// Header row from headerData, then one record per row (group header rows skipped), using each
// cell's accessible text (which spells out what a delegate draws, such as supply levels).
QString modelToCsv(const QAbstractItemModel &model, const QList<int> &columns);

} // namespace fleet::models
