#include "SupplyGaugeModel.h"

#include "DeviceTableModel.h"

namespace fleet::models {

static_assert(int(SupplyGaugeModel::SuppliesRole) == int(DeviceTableModel::SuppliesRole),
              "ui::SupplyBarDelegate reads both models through one role");

SupplyGaugeModel::SupplyGaugeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QList<fleet::storage::SupplyGauge>>();
}

void SupplyGaugeModel::setGauges(const QList<storage::SupplyGauge> &gauges)
{
    beginResetModel();
    m_gauges = gauges;
    endResetModel();
}

int SupplyGaugeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gauges.size());
}

int SupplyGaugeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupplyGaugeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_gauges.size())
        return {};
    const storage::SupplyGauge &g = m_gauges.at(index.row());
    if (role == SuppliesRole)
        return index.column() == Gauge ? QVariant::fromValue(QList<storage::SupplyGauge>{g}) : QVariant();
    if (role == Qt::DisplayRole && index.column() == Gauge)
        return {}; // painted by the delegate
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Supply:
        return g.description.isEmpty() ? g.colour : g.description;
    case Gauge:
    case State:
        return DeviceTableModel::supplyStateText(g);
    default:
        return {};
    }
}

QVariant SupplyGaugeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Supply:
        return tr("Supply");
    case Gauge:
        return tr("Level");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace fleet::models
