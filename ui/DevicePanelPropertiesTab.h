#pragma once
// The inventory of one device (trays, output bins, covers, interpreters, installed components,
// markers, interfaces) from its latest snapshot, as a read-only tree.

#include "DevicePanelTab.h"

class QLabel;
class QTreeView;

namespace fleet::models {
class DevicePropertiesModel;
}

namespace fleet::ui {

class DevicePanelPropertiesTab final : public DevicePanelTab
{
    Q_OBJECT
public:
    explicit DevicePanelPropertiesTab(QWidget *parent = nullptr);

    void showDetails(const storage::DeviceDetails &details) override;
    void clear() override;

private:
    QLabel *m_source;
    QTreeView *m_view;
    models::DevicePropertiesModel *m_model;
};

} // namespace fleet::ui
