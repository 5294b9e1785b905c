#include "FleetGroupModel.h"

#include "DeviceTableModel.h"

#include <QFont>
#include <QPalette>

#include <map>

namespace fleet::models {

namespace {
// "Floor 2" before "Floor 10", case-insensitive; the system collator cannot be relied on for
// numbers (the C locale ignores numeric mode).
int naturalCompare(const QString &a, const QString &b)
{
    const auto digitsAt = [](const QString &s, qsizetype from) {
        qsizetype end = from;
        while (end < s.size() && s.at(end).isDigit())
            ++end;
        return end;
    };
    const auto withoutLeadingZeros = [](QStringView v) {
        while (v.size() > 1 && v.front() == u'0')
            v = v.mid(1);
        return v;
    };
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype ei = digitsAt(a, i), ej = digitsAt(b, j);
            const QStringView x = withoutLeadingZeros(QStringView(a).mid(i, ei - i));
            const QStringView y = withoutLeadingZeros(QStringView(b).mid(j, ej - j));
            if (x.size() != y.size()) // more digits is the bigger number
                return x.size() < y.size() ? -1 : 1;
            if (const int c = x.compare(y))
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (const int c = QStringView(a).mid(i, 1).compare(QStringView(b).mid(j, 1), Qt::CaseInsensitive))
            return c;
        ++i;
        ++j;
    }
    const qsizetype restA = a.size() - i, restB = b.size() - j;
    return restA < restB ? -1 : restA > restB ? 1 : 0;
}
} // namespace

FleetGroupModel::FleetGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FleetGroupModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        // Any change of rows or order reshapes the groups; a reset is the honest signal for that.
        connect(m_source, &QAbstractItemModel::modelReset, this, &FleetGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &FleetGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &FleetGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &FleetGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &FleetGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &FleetGroupModel::forwardDataChanged);
    }
    rebuild();
}

void FleetGroupModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

int FleetGroupModel::groupColumn() const
{
    return m_grouping == ByLocation ? DeviceTableModel::Location : DeviceTableModel::Model;
}

void FleetGroupModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfSource.clear();
    if (m_source && m_grouping != NoGrouping) {
        const int sourceRows = m_source->rowCount();
        // Groups in locale order ("(none)" last), devices inside a group in the source's order.
        auto less = [](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return naturalCompare(a, b) < 0;
        };
        std::map<QString, QList<int>, decltype(less)> groups(less);
        for (int r = 0; r < sourceRows; ++r)
            groups[m_source->index(r, groupColumn()).data().toString().trimmed()].append(r);
        m_rowOfSource.fill(-1, sourceRows);
        for (const auto &[name, members] : groups) {
            m_rows.append({-1, name, int(members.size())});
            for (int r : members) {
                m_rowOfSource[r] = int(m_rows.size());
                m_rows.append({r, name, 0});
            }
        }
    }
    endResetModel();
    Q_EMIT groupsChanged();
}

void FleetGroupModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (m_grouping == NoGrouping) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()),
                           roles);
        return;
    }
    // A changed group key moves the row to another group.
    if (topLeft.column() <= groupColumn() && bottomRight.column() >= groupColumn()) {
        rebuild();
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int row = m_rowOfSource.value(r, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, topLeft.column()), index(row, bottomRight.column()), roles);
    }
}

bool FleetGroupModel::isGroupHeader(int row) const
{
    return m_grouping != NoGrouping && row >= 0 && row < m_rows.size() && m_rows.at(row).sourceRow < 0;
}

QModelIndex FleetGroupModel::mapToSource(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this)
        return {};
    if (m_grouping == NoGrouping)
        return m_source->index(index.row(), index.column());
    const int sourceRow = m_rows.value(index.row()).sourceRow;
    return sourceRow < 0 ? QModelIndex() : m_source->index(sourceRow, index.column());
}

QModelIndex FleetGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    if (m_grouping == NoGrouping)
        return index(sourceIndex.row(), sourceIndex.column());
    const int row = m_rowOfSource.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

int FleetGroupModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return m_grouping == NoGrouping ? m_source->rowCount() : int(m_rows.size());
}

int FleetGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QVariant FleetGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_source)
        return {};
    if (!isGroupHeader(index.row())) {
        if (role == GroupHeaderRole)
            return false;
        return mapToSource(index).data(role);
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case GroupHeaderRole:
        return true;
    case GroupSizeRole:
        return row.groupSize;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() != 0)
            return {};
        {
            const QString name =
                row.group.isEmpty() ? (m_grouping == ByLocation ? tr("(no location)") : tr("(no model)")) : row.group;
            return tr("%1 — %n device(s)", nullptr, row.groupSize).arg(name);
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QPalette().brush(QPalette::AlternateBase);
    default:
        return {};
    }
}

QVariant FleetGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags FleetGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isGroupHeader(index.row()))
        return Qt::ItemIsEnabled;
    return mapToSource(index).flags();
}

void FleetGroupModel::sort(int column, Qt::SortOrder order)
{
    if (m_source)
        m_source->sort(column, order);
}

} // namespace fleet::models
