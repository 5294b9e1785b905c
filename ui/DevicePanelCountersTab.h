#pragma once
// Counters of one device: every current meter with where it was read from, a pages-per-day chart
// of the total counter, and the flagged events (a counter that went down, meters that disagree, an
// IP address change).

#include "DevicePanelTab.h"

class QLabel;
class QTableView;

namespace fleet::storage {
struct DailyUsage;
}
namespace fleet::models {
class DeviceEventModel;
class MeterTableModel;
} // namespace fleet::models

namespace fleet::ui {

class HistoryChart;

class DevicePanelCountersTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelCountersTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;

private:
    void showChart(const storage::DailyUsage &usage);

    QTableView *m_metersView;
    HistoryChart *m_chart;
    QLabel *m_summary;
    QTableView *m_eventsView;
    QLabel *m_noEvents;
    models::MeterTableModel *m_meters;
    models::DeviceEventModel *m_events;
};

} // namespace fleet::ui
