#include "DeviceTableModel.h"

#include <QHash>
#include <QIcon>
#include <QLocale>

namespace fleet::models {

DeviceTableModel::DeviceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QList<fleet::storage::SupplyGauge>>();
}

void DeviceTableModel::setRows(const QList<storage::FleetRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_search.clear();
    m_search.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        QStringList parts;
        for (int column : {Status, Name, Model, Location, Address, Serial, StatusText})
            parts << data(index(row, column), Qt::DisplayRole).toString();
        parts << m_rows.at(row).device.manufacturer << suppliesText(m_rows.at(row).supplies);
        m_search << parts.join(u'\n').toLower();
    }
    endResetModel();
}

int DeviceTableModel::rowOfDevice(qint64 deviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).device.id == deviceId)
            return row;
    return -1;
}

const storage::FleetRow *DeviceTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// "Konica Minolta bizhub C250i", not "Konica Minolta KONICA MINOLTA bizhub C250i".
static QString modelText(const storage::DeviceRecord &d)
{
    if (d.manufacturer.isEmpty() || d.model.startsWith(d.manufacturer, Qt::CaseInsensitive))
        return d.model;
    return QString(d.manufacturer + u' ' + d.model).trimmed();
}

// A shape per state as well as a colour, so the status reads without colour vision and in a dark
// palette. The icons are compiled into the desktop app (resources/icons); without them, no icon.
static QIcon statusIcon(const QString &status)
{
    static const QStringList known{QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("error"),
                                   QStringLiteral("offline")};
    static QHash<QString, QIcon> cache;
    const QString key = known.contains(status) ? status : QStringLiteral("unknown");
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, QIcon(QStringLiteral(":/fleet/icons/status-%1.svg").arg(key)));
    return *it;
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

QString DeviceTableModel::supplyStateText(const storage::SupplyGauge &g)
{
    if (g.state == u"someRemaining")
        return tr("some remaining");
    if (g.state == u"unknown" || g.state == u"unknownCapacity" || g.state == u"other")
        return g.percent ? QLocale().toString(*g.percent, 'f', 0) + QStringLiteral(" %") : tr("unknown");
    if (g.state == u"empty")
        return tr("empty");
    if (g.state == u"full")
        return tr("full");
    const QString pct = g.percent ? QLocale().toString(*g.percent, 'f', 0) + QStringLiteral(" %") : QString();
    if (g.state == u"low")
        return tr("low (%1)").arg(pct);
    if (g.state == u"nearlyFull")
        return tr("nearly full (%1)").arg(pct);
    return pct.isEmpty() ? tr("unknown") : pct;
}

QString DeviceTableModel::suppliesText(const QList<storage::SupplyGauge> &supplies)
{
    QStringList parts;
    for (const auto &g : supplies)
        parts << QStringLiteral("%1: %2").arg(g.colour.isEmpty() ? g.description : g.colour, supplyStateText(g));
    return parts.join(QStringLiteral(", "));
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    const storage::FleetRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    const storage::DeviceRecord &d = r->device;
    if (role == DeviceIdRole)
        return d.id;
    if (role == SuppliesRole)
        return index.column() == Supplies ? QVariant::fromValue(r->supplies) : QVariant();
    if (role == SortRole) {
        switch (index.column()) {
        case TotalPages:
            return r->totalImpressions ? QVariant(qulonglong(*r->totalImpressions)) : QVariant(-1);
        case LastSuccess:
            return d.lastSuccessAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Status:
            return statusText(d.status);
        case Name:
            return d.name.isEmpty() ? d.address : d.name;
        case Model:
            return modelText(d);
        case Location:
            return d.location;
        case Address:
            return d.ipChanged ? tr("%1 (was %2)").arg(d.address, d.lastKnownAddress) : d.address;
        case Serial:
            return d.serial;
        case TotalPages:
            return r->totalImpressions ? QLocale().toString(qulonglong(*r->totalImpressions)) : QString();
        case Supplies:
            return role == Qt::DisplayRole ? QVariant() : QVariant(suppliesText(r->supplies));
        case LastSuccess:
            return d.lastSuccessAt.isValid() ? QLocale().toString(d.lastSuccessAt.toLocalTime(), QLocale::ShortFormat)
                                             : tr("never");
        case StatusText:
            return r->statusText;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusIcon(d.status);
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
    case TotalPages:
        return tr("Total pages");
    case Supplies:
        return tr("Supplies");
    case LastSuccess:
        return tr("Last successful poll");
    case StatusText:
        return tr("Status text");
    default:
        return {};
    }
}

} // namespace fleet::models
