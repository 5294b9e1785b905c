#include "DiscoveryResultModel.h"

namespace fleet::models {

DiscoveryResultModel::DiscoveryResultModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    switch (kind) {
    case Kind::Found:
        m_fields = {Field::Target, Field::Name,    Field::Manufacturer, Field::Model,
                    Field::Serial, Field::Profile, Field::Stored};
        break;
    case Kind::Skipped:
        m_fields = {Field::Target, Field::Name, Field::Description, Field::ObjectId, Field::Reason};
        break;
    case Kind::Failed:
        m_fields = {Field::Target, Field::ErrorClass, Field::Message};
        break;
    }
}

void DiscoveryResultModel::append(const QList<DeviceSnapshot> &snapshots)
{
    if (snapshots.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(snapshots.size()) - 1);
    for (const DeviceSnapshot &s : snapshots)
        m_rows.append({s, {}});
    endInsertRows();
}

void DiscoveryResultModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DiscoveryResultModel::setOutcomes(const QList<storage::DeviceOutcome> &outcomes)
{
    const int column = columnOf(Field::Stored);
    if (column < 0)
        return;
    for (const storage::DeviceOutcome &o : outcomes) {
        if (o.snapshotIndex < 0 || o.snapshotIndex >= m_rows.size())
            continue;
        m_rows[o.snapshotIndex].stored = outcomeText(o);
        const QModelIndex cell = index(o.snapshotIndex, column);
        Q_EMIT dataChanged(cell, cell);
    }
}

QString DiscoveryResultModel::outcomeText(const storage::DeviceOutcome &o) const
{
    if (o.ipChanged)
        return tr("known, moved from %1").arg(o.previousAddress);
    switch (o.kind) {
    case storage::DeviceOutcome::Kind::Added:
        return tr("new");
    case storage::DeviceOutcome::Kind::Updated:
        return tr("known");
    case storage::DeviceOutcome::Kind::FailedPoll:
    case storage::DeviceOutcome::Kind::SkippedUnknown:
        return tr("not stored");
    }
    return {};
}

int DiscoveryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiscoveryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString DiscoveryResultModel::text(const Row &row, Field field) const
{
    const DeviceSnapshot &s = row.snapshot;
    switch (field) {
    case Field::Target:
        return s.target;
    case Field::Name:
        return s.identity.sysName;
    case Field::Manufacturer:
        return s.identity.manufacturer;
    case Field::Model:
        return s.identity.model;
    case Field::Serial:
        return s.identity.serialNumber;
    case Field::Profile:
        return s.credentialName;
    case Field::Stored:
        return row.stored;
    case Field::Description:
        return s.identity.sysDescr.simplified();
    case Field::ObjectId:
        return s.identity.sysObjectID;
    case Field::Reason:
        return tr("not a printer");
    case Field::ErrorClass:
        return snmp::errorClassName(s.error.cls);
    case Field::Message:
        return s.error.message;
    }
    return {};
}

QVariant DiscoveryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Field field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(row, field);
    case Qt::ToolTipRole:
        // Descriptions and messages are long; the cell shows the start, the tooltip all of it.
        if (field == Field::Description)
            return row.snapshot.identity.sysDescr;
        if (field == Field::Message || field == Field::ErrorClass)
            return row.snapshot.error.message;
        return {};
    default:
        return {};
    }
}

QVariant DiscoveryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_fields.at(section)) {
    case Field::Target:
        return tr("Target");
    case Field::Name:
        return tr("Name");
    case Field::Manufacturer:
        return tr("Manufacturer");
    case Field::Model:
        return tr("Model");
    case Field::Serial:
        return tr("Serial number");
    case Field::Profile:
        return tr("Profile");
    case Field::Stored:
        return tr("Stored");
    case Field::Description:
        return tr("Description");
    case Field::ObjectId:
        return tr("sysObjectID");
    case Field::Reason:
        return tr("Reason");
    case Field::ErrorClass:
        return tr("Error");
    case Field::Message:
        return tr("Message");
    }
    return {};
}

} // namespace fleet::models
