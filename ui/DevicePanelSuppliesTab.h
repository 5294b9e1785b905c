#pragma once
// Supplies of one device over time: one level line per supply that reports a level, notes for the
// readings that only give a state ("some remaining", "unknown"), and a days-to-empty estimate per
// supply with what it rests on.

#include "DevicePanelTab.h"

#include <QDateTime>

#include <functional>

class QLabel;
class QTableView;

namespace fleet::models {
class SupplyForecastModel;
}

namespace fleet::ui {

class HistoryChart;

class DevicePanelSuppliesTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelSuppliesTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;
    // What "days left" counts from; the wall clock unless a test sets another.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    void showChart();

    HistoryChart *m_chart;
    QLabel *m_notes;
    QTableView *m_forecastView;
    models::SupplyForecastModel *m_forecasts;
    std::function<QDateTime()> m_now;
};

} // namespace fleet::ui
