#pragma once
// The main window: the stored fleet in a table, refreshed from the database off the GUI thread.

#include <QMainWindow>

class QLabel;
class QTableView;
class QSortFilterProxyModel;
class QToolBar;

namespace fleet::storage {
class FleetLoader;
}
namespace fleet::schedule {
class FleetService;
}
namespace fleet::models {
class DeviceTableModel;
}

namespace fleet::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);

    void refresh();
    QTableView *fleetView() const { return m_view; }
    // Shows the schedule (last and next poll), offers "Poll now" and refreshes after every poll.
    void attachService(schedule::FleetService *service);

Q_SIGNALS:
    void refreshed(int devices); // the table shows the database's current content

private:
    storage::FleetLoader *m_loader;
    models::DeviceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
    QLabel *m_schedule;
    QToolBar *m_toolbar;
    schedule::FleetService *m_service = nullptr;
    void showSchedule();
};

} // namespace fleet::ui
