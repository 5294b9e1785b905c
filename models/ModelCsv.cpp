#include "ModelCsv.h"

#include "FleetGroupModel.h"
#include "util/Csv.h"

#include <QAbstractItemModel>

namespace fleet::models {

QString modelToCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList header;
    for (int c : columns)
        header << model.headerData(c, Qt::Horizontal).toString();
    QString out = csv::record(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(FleetGroupModel::GroupHeaderRole).toBool())
            continue;
        QStringList fields;
        for (int c : columns)
            fields << model.index(r, c).data(Qt::AccessibleTextRole).toString();
        out += csv::record(fields);
    }
    return out;
}

} // namespace fleet::models
