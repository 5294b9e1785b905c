#pragma once
// One page of the device panel. The panel loads a device's details once (off the GUI thread) and
// hands them to every page; a page only lays them out.

#include <QWidget>

class QLabel;
class QTableView;

namespace fleet::storage {
struct DeviceDetails;
}

namespace fleet::ui {

class DevicePanelTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void showDetails(const storage::DeviceDetails &details) = 0;
    virtual void clear() = 0;

protected:
    // A read-only table of whole rows, reachable by keyboard.
    static QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent);
    // A value label whose text can be selected and copied (by mouse and keyboard).
    static QLabel *makeValue(const QString &objectName, QWidget *parent);
};

} // namespace fleet::ui
