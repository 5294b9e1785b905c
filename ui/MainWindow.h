#pragma once
// The main window: the stored fleet in a table (filtered, grouped, columns chosen by the user),
// refreshed from the database off the GUI thread, with exports and the schedule in the status bar.

#include "FleetGroupModel.h"
#include "storage/FleetOverview.h"
#include "util/ProfileRoot.h"

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;

namespace fleet::storage {
class DatabaseWorker;
class FleetLoader;
} // namespace fleet::storage
namespace fleet::models {
class DeviceTableModel;
class FleetFilterModel;
} // namespace fleet::models
namespace fleet::schedule {
class FleetService;
}
namespace fleet::security {
class Session;
}
namespace fleet::control {
class DaemonClient;
}

namespace fleet::ui {

class AlertsView;
class DevicePanel;
class SessionControls;
class SyncView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void refresh();
    QTableView *fleetView() const { return m_view; }
    models::FleetFilterModel *fleetFilter() const { return m_filter; }
    models::FleetGroupModel *fleetGroups() const { return m_groups; }
    DevicePanel *devicePanel() const { return m_panel; }
    AlertsView *alertsView() const { return m_alerts; }
    SyncView *syncView() const { return m_sync; }
    QTabWidget *tabs() const { return m_tabs; }
    // Who uses the window: widgets disable what the role may not do and pass its actor to the core.
    security::Session *session() const { return m_session; }
    // Sign-in, lock, the File menu's user entries and the gating of actions by the session's role.
    SessionControls *sessionControls() const { return m_sessionControls; }
    // Shows the schedule (last and next poll), offers "Poll now" and refreshes after every poll.
    void attachService(schedule::FleetService *service);
    // Instead of attachService when the service (fleetkeeperd) owns the profile: shows its state,
    // sends Poll now, Pause and settings changes to it, and refreshes after its polls.
    void attachDaemon(control::DaemonClient *client);
    // With a tray icon, closing the window hides it and the schedule keeps running.
    void setCloseHidesToTray(bool hide) { m_closeHidesToTray = hide; }
    // The id of the device whose row is current, or -1.
    qint64 currentDeviceId() const;
    void selectDevice(qint64 deviceId);

    // Writes the rows the table shows (filter, sort and visible columns as on screen).
    void exportFleet(const QString &path);

Q_SIGNALS:
    void refreshed(int devices); // the table shows the database's current content
    void currentDeviceChanged(qint64 deviceId);
    void fleetLoaded(const QList<fleet::storage::FleetRow> &rows);
    void exportFinished(const QString &path, const QString &error); // error empty on success

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    ProfileRoot m_profile;
    security::Session *m_session;
    SessionControls *m_sessionControls = nullptr;
    storage::FleetLoader *m_loader;
    storage::DatabaseWorker *m_worker;
    models::DeviceTableModel *m_model;
    models::FleetFilterModel *m_filter;
    models::FleetGroupModel *m_groups;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QTableView *m_view;
    DevicePanel *m_panel;
    AlertsView *m_alerts;
    SyncView *m_sync;
    QLineEdit *m_filterEdit;
    QComboBox *m_grouping;
    QLabel *m_status;
    QLabel *m_schedule;
    QToolBar *m_toolbar;
    QMenu *m_fleetMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_columnsMenu = nullptr;
    schedule::FleetService *m_service = nullptr;
    control::DaemonClient *m_daemon = nullptr;
    bool m_closeHidesToTray = false;
    bool m_firstLoad = true;

    void buildMenus();
    void buildQuickFilters();
    void buildColumnChooser();
    void applySpans();
    void watchSelection();
    void setGrouping(models::FleetGroupModel::Grouping grouping);
    void showSchedule();
    void showDaemonStatus();
    void showCounts(const QList<storage::FleetRow> &rows);
    void restoreLayout();
    void saveLayout() const;
    void chooseFleetExport();
    void openMeterExport();
    void openDiscovery();
    void openCredentialProfiles();
};

} // namespace fleet::ui
