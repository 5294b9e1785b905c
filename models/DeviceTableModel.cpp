#include "DeviceTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fleet::models {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceTableModel::setDevices(const QList<storage::DeviceRecord> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

const storage::DeviceRecord *DeviceTableModel::deviceAt(int row) const
{
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}
int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString statusText(const QString &status)
{
    if (status == u"ok")
        return DeviceTableModel::tr("OK");
    if (status == u"warning")
        return DeviceTableModel::tr("Warning");
    if (status == u"error")
        return DeviceTableModel::tr("Error");
    if (status == u"offline")
        return DeviceTableModel::tr("Offline");
    return DeviceTableModel::tr("Unknown");
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    const storage::DeviceRecord *d = index.isValid() ? deviceAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Status:
            return statusText(d->status);
        case Name:
            return d->name.isEmpty() ? d->address : d->name;
        case Model:
            return QString(d->manufacturer + u' ' + d->model).trimmed();
        case Location:
            return d->location;
        case Address:
            return d->ipChanged ? tr("%1 (was %2)").arg(d->address, d->lastKnownAddress) : d->address;
        case Serial:
            return d->serial;
        case LastSuccess:
            return d->lastSuccessAt.isValid() ? QLocale().toString(d->lastSuccessAt.toLocalTime(), QLocale::ShortFormat)
                                              : tr("never");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (d->status == u"error" || d->status == u"offline")
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (d->status == u"warning")
            return QBrush(QColor(0x9a, 0x60, 0x00));
    }
    return {};
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Name:
        return tr("Name");
    case Model:
        return tr("Model");
    case Location:
        return tr("Location");
    case Address:
        return tr("Address");
    case Serial:
        return tr("Serial number");
    case LastSuccess:
        return tr("Last successful poll");
    default:
        return {};
    }
}

} // namespace fleet::models
