#pragma once
// Filters and sorts the fleet table: free text over everything a row shows, plus quick filters an
// administrator toggles from the toolbar (devices in error, low supplies, not reporting).

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace fleet::models {

class DeviceTableModel;

class FleetFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum QuickFilter {
        NoQuickFilter = 0,
        Errors = 1,       // status error or offline
        LowSupplies = 2,  // a supply reported low or empty
        NotReporting = 4, // no successful poll for longer than notReportingHours()
    };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)

    explicit FleetFilterModel(QObject *parent = nullptr);

    void setFleetModel(DeviceTableModel *model);
    void setText(const QString &text);
    QString text() const { return m_needle; }
    // Several quick filters show the devices matching any of them.
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_quick; }
    void setNotReportingHours(int hours);
    int notReportingHours() const { return m_notReportingHours; }
    // The time "not reporting" is measured against; the current time unless a test pins it.
    void setReferenceTime(const QDateTime &utc) { m_referenceTime = utc; }

    static bool isError(const QString &status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    DeviceTableModel *m_fleet = nullptr;
    QString m_needle;
    QuickFilters m_quick = NoQuickFilter;
    int m_notReportingHours = 24;
    QDateTime m_referenceTime;

    bool matchesQuickFilters(int sourceRow) const;
};

} // namespace fleet::models

Q_DECLARE_OPERATORS_FOR_FLAGS(fleet::models::FleetFilterModel::QuickFilters)
