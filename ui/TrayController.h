#pragma once
// The tray icon of the always-on agent: its colour shows the fleet's worst level (green OK, amber
// warning or not reporting, red error, grey unknown), its tooltip the one-line summary, its menu
// Open / Poll now / Pause polling / Quit, and a notification goes out once for each new critical
// alert. The health is read off the GUI thread after every poll and discovery and once a minute
// (so "not reporting" turns up while nothing is polled).
//
// Without a system tray (some desktops, offscreen tests) the controller still keeps its state and
// menu; show() then returns false and the app should quit when its window is closed, because
// nothing would be left to bring it back. With a tray, closing the window only hides it and Quit
// in this menu ends the app.

#include "alerting/Condition.h"
#include "storage/FleetHealth.h"
#include "util/ProfileRoot.h"

#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;

namespace fleet::schedule {
class FleetService;
}
namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::security {
class Session;
}
namespace fleet::control {
class DaemonClient;
}
namespace fleet::alerting {
class AlertingService;
}

namespace fleet::sync {
class SyncService;
struct Consent;
} // namespace fleet::sync

namespace fleet::ui {

class TrayController final : public QObject
{
    Q_OBJECT
public:
    // service must outlive the controller.
    explicit TrayController(schedule::FleetService *service, QObject *parent = nullptr);
    // Attached to the service (fleetkeeperd): its state and actions through client (which must
    // outlive the controller); the health is still read from the profile's database.
    TrayController(control::DaemonClient *client, const ProfileRoot &profile, QObject *parent = nullptr);
    ~TrayController() override;
    Q_DISABLE_COPY_MOVE(TrayController)

    static bool isTrayAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }
    // Puts the icon in the tray when there is one; returns whether it is shown.
    bool show();
    bool isShown() const { return m_tray.isVisible(); }
    // "Poll now" from the tray acts as the window's signed-in person (the core checks the role);
    // without a session it acts as the scheduler.
    void setSession(security::Session *session) { m_session = session; }

    // Reads the health from the profile's database on a worker thread; healthChanged() follows.
    void refresh();
    // Shows a health state (what refresh() does with what it read). The first state only sets a
    // baseline: alerts already open when the app starts are shown by the colour, not notified.
    void setHealth(const storage::FleetHealth &health);
    const storage::FleetHealth &health() const { return m_health; }
    // Critical conditions alerting opens (not answering, upload failing, a certificate expiring,
    // an error bit...) are notified too, after the next health read: a device alert that read
    // lists as a new critical alert is notified once, by that path.
    void watchAlerting(alerting::AlertingService *alerting);
    void notifyConditions(const QList<alerting::Condition> &opened);
    // A notification for each remote request that starts waiting for consent (docs/actions.md).
    void watchConsents(sync::SyncService *service);
    void notifyConsents(const QList<sync::Consent> &consents);

    QIcon icon() const { return m_tray.icon(); }
    QString toolTip() const { return m_tray.toolTip(); }
    QMenu *menu() const { return m_menu.get(); }
    // The icon for a level, drawn from the SVG at every tray size (sharp on high-DPI screens).
    static QIcon iconFor(storage::HealthLevel level);

Q_SIGNALS:
    void openRequested();
    void quitRequested();
    void healthChanged(const fleet::storage::FleetHealth &health);
    // A notification for new critical alerts (also emitted when no tray can show it).
    void notified(const QString &title, const QString &message);

private:
    TrayController(schedule::FleetService *service, control::DaemonClient *client, const ProfileRoot &profile,
                   QObject *parent);
    bool isPaused() const;
    void notifyNew(const QList<storage::CriticalAlert> &alerts, const QList<alerting::Condition> &conditions = {});
    void updateTip();

    schedule::FleetService *m_service;
    control::DaemonClient *m_client = nullptr;
    security::Session *m_session = nullptr;
    QString m_settingsPath;
    std::unique_ptr<storage::DatabaseWorker> m_worker;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon m_tray;
    QAction *m_summary = nullptr;
    QAction *m_pollNow = nullptr;
    QAction *m_pause = nullptr;
    QTimer m_refreshTimer;
    storage::FleetHealth m_health;
    QList<alerting::Condition> m_pendingConditions; // critical, waiting for the next health read
    QString m_loadError;
    bool m_hasHealth = false;
    bool m_loading = false;
    bool m_reloadAfter = false;
};

} // namespace fleet::ui
