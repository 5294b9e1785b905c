#include "FleetFilterModel.h"

#include "DeviceTableModel.h"

namespace fleet::models {

FleetFilterModel::FleetFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DeviceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Not locale-aware: QString::localeAwareCompare made sorting 10,000 rows take a visible pause.
}

void FleetFilterModel::setFleetModel(DeviceTableModel *model)
{
    m_fleet = model;
    setSourceModel(model);
}

void FleetFilterModel::setText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

void FleetFilterModel::setQuickFilters(QuickFilters filters)
{
    if (filters == m_quick)
        return;
    m_quick = filters;
    invalidateRowsFilter();
}

void FleetFilterModel::setNotReportingHours(int hours)
{
    hours = std::max(1, hours);
    if (hours == m_notReportingHours)
        return;
    m_notReportingHours = hours;
    if (m_quick & NotReporting)
        invalidateRowsFilter();
}

bool FleetFilterModel::isError(const QString &status)
{
    return status == u"error" || status == u"offline";
}

bool FleetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_fleet || sourceParent.isValid())
        return true;
    if (!m_needle.isEmpty() && !m_fleet->searchText(sourceRow).contains(m_needle))
        return false;
    return m_quick == NoQuickFilter || matchesQuickFilters(sourceRow);
}

bool FleetFilterModel::matchesQuickFilters(int sourceRow) const
{
    const storage::FleetRow *row = m_fleet->rowAt(sourceRow);
    if (!row)
        return false;
    if ((m_quick & Errors) && isError(row->device.status))
        return true;
    if (m_quick & LowSupplies) {
        for (const auto &gauge : row->supplies)
            if (gauge.receptacle ? (gauge.state == u"nearlyFull" || gauge.state == u"full")
                                 : (gauge.state == u"low" || gauge.state == u"empty"))
                return true;
    }
    if (m_quick & NotReporting) {
        const QDateTime now = m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
        const QDateTime cutoff = now.addSecs(-qint64(m_notReportingHours) * 3600);
        // As FleetHealth counts it: a device never polled successfully counts from when it was found.
        const QDateTime last = row->device.lastSuccessAt.isValid() ? row->device.lastSuccessAt : row->device.firstSeen;
        if (!last.isValid() || last < cutoff)
            return true;
    }
    return false;
}

} // namespace fleet::models
