#include "DeviceEventModel.h"

#include <QLocale>

#include <algorithm>

namespace fleet::models {

DeviceEventModel::DeviceEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeviceEventModel::setEvents(const QList<storage::EventRecord> &events)
{
    beginResetModel();
    m_events = events;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int DeviceEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int DeviceEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeviceEventModel::kindText(const QString &kind)
{
    if (kind == storage::kEventCounterWentDown)
        return tr("Counter went down");
    if (kind == storage::kEventMeterDisagreement)
        return tr("Meters disagree");
    if (kind == storage::kEventMetersAgreeAgain)
        return tr("Meters agree again");
    if (kind == storage::kEventIpChanged)
        return tr("IP address changed");
    if (kind == storage::kEventDeviceAdded)
        return tr("Device added");
    return kind;
}

QVariant DeviceEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const storage::EventRecord &e = m_events.at(index.row());
    if (role == RawKindRole)
        return e.kind;
    if (role == SortRole)
        return index.column() == Time ? QVariant(e.at) : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return kindText(e.kind);
    case Message:
        return e.message;
    default:
        return {};
    }
}

QVariant DeviceEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Event");
    case Message:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace fleet::models
