#pragma once
// Overview of one device: overall status, active alerts, what the console says, and one honest
// gauge per supply.

#include "DevicePanelTab.h"

class QLabel;
class QTableView;

namespace fleet::models {
class DeviceAlertModel;
class SupplyGaugeModel;
} // namespace fleet::models

namespace fleet::ui {

class DevicePanelOverviewTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelOverviewTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;

    static QString statusText(const QString &status);

private:
    QLabel *m_status;
    QLabel *m_lastPoll;
    QLabel *m_console;
    QLabel *m_noAlerts;
    QTableView *m_alertsView;
    QTableView *m_suppliesView;
    models::DeviceAlertModel *m_alerts;
    models::SupplyGaugeModel *m_supplies;
};

} // namespace fleet::ui
