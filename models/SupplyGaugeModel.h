#pragma once
// The supplies of a device's last poll, one row each: name, a gauge (painted by
// ui/SupplyBarDelegate from SuppliesRole) and the state in words. Honest like the fleet table: a
// percentage only when the device gives one; "some remaining", "unknown", "low" and "empty" are
// named as such.

#include "storage/FleetOverview.h"

#include <QAbstractTableModel>

namespace fleet::models {

class SupplyGaugeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Supply, Gauge, State, ColumnCount };
    enum Role {
        SuppliesRole = Qt::UserRole + 1, // same role as DeviceTableModel::SuppliesRole: a one-gauge list
    };

    explicit SupplyGaugeModel(QObject *parent = nullptr);

    void setGauges(const QList<storage::SupplyGauge> &gauges);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::SupplyGauge> m_gauges;
};

} // namespace fleet::models
