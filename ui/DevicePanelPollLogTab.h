#pragma once
// The recent polls of one device, newest first, with the classified error of those that failed.

#include "DevicePanelTab.h"

class QLabel;
class QTableView;

namespace fleet::models {
class PollLogModel;
}

namespace fleet::ui {

class DevicePanelPollLogTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelPollLogTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;

private:
    QLabel *m_summary;
    QTableView *m_view;
    models::PollLogModel *m_model;
};

} // namespace fleet::ui
