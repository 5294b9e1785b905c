#pragma once
// The device actions of R5 for the device the user has chosen: one QAction per action, enabled only
// when the signed-in role may run it (re-checked whenever the session changes) and the profile's
// policy has not disabled it (the tooltip says why), run through core/actions with a non-modal
// progress dialog. The same QActions serve the Device menu, the fleet table's context menu and the
// device panel's button row. The device, its credential profiles and the policy are read through a
// DatabaseWorker; the ActionRunner does its own I/O asynchronously, so the window never waits.

#include "actions/ActionPolicy.h"
#include "actions/ActionTypes.h"
#include "storage/StorageTypes.h"
#include "util/ProfileRoot.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QDialog;
class QMenu;
class QUrl;

namespace fleet::storage {
class DatabaseWorker;
}
namespace fleet::security {
class Session;
}

namespace fleet::ui {

class ActionProgressDialog;
class MainWindow;

class DeviceActions final : public QObject
{
    Q_OBJECT
public:
    // dialogParent: the window the confirmation and progress dialogs belong to.
    DeviceActions(const ProfileRoot &profile, security::Session *session, QWidget *dialogParent);
    ~DeviceActions() override;
    Q_DISABLE_COPY_MOVE(DeviceActions)

    // Puts the actions in the window: a Device menu, the fleet table's context menu and the device
    // panel's button row; follows the window's current device and refreshes it after a change.
    void attach(MainWindow *window);

    // The device the actions act on (0 or less: none). Loads it off the GUI thread.
    void setDevice(qint64 deviceId);
    qint64 deviceId() const { return m_deviceId; }
    bool isLoaded() const { return m_device.has_value(); }

    // Test page: raw (TestPage) and LPR share the kind; testPageLprAction() is the LPR one.
    QAction *action(actions::ActionKind kind) const { return m_actions.value(kind); }
    QAction *testPageLprAction() const { return m_testPageLpr; }
    QList<QAction *> allActions() const;
    // Adds the actions to a menu (test page as a submenu with raw and LPR).
    void addTo(QMenu *menu) const;

    // Options every request starts from (ports, timeouts); the defaults are the product's. Tests
    // point them at loopback listeners.
    void setBaseOptions(const actions::ActionOptions &options) { m_baseOptions = options; }
    const actions::ActionOptions &baseOptions() const { return m_baseOptions; }
    // Opens the URL the web-page action found; QDesktopServices::openUrl unless a test sets another.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    // Why an action is disabled now (empty when it is enabled).
    QString disabledReason(actions::ActionKind kind) const;

    // Runs an action on the current device without asking (the confirmations are the callers'):
    // for Reboot, writeProfile names the stored profile; for Firmware, the file (confirmed).
    ActionProgressDialog *run(actions::ActionKind kind, const QString &writeProfile = {},
                              const QString &firmwarePath = {}, bool lpr = false);

Q_SIGNALS:
    // The device (with its credential profiles and the policy) is loaded; the actions are updated.
    void deviceLoaded(qint64 deviceId);
    void loadFailed(qint64 deviceId, const QString &message);
    // A run began (the request as sent, with the acting user); the dialog follows it.
    void started(const fleet::actions::ActionRequest &request, fleet::ui::ActionProgressDialog *dialog);
    void actionFinished(fleet::actions::ActionKind kind, const fleet::actions::ActionResult &result);
    // A confirmation or input dialog opened (reboot, firmware); tests answer it.
    void dialogOpened(QDialog *dialog);

private:
    struct Loaded
    {
        storage::DeviceRecord record;
        QList<snmp::Credential> credentials; // stored profiles, the one that worked last first
        actions::ActionPolicy policy;
        QString credentialError; // the profiles could not be read (the actions still run without them)
    };

    void build();
    QAction *make(actions::ActionKind kind, const char *objectName, const QString &text, const QString &tip);
    void load();
    void updateEnabled();
    void trigger(actions::ActionKind kind, bool lpr = false);
    void confirmReboot();
    void chooseFirmware();
    actions::ActionRequest request(actions::ActionKind kind) const;
    std::optional<snmp::Credential> credentialNamed(const QString &name) const;
    ActionProgressDialog *start(actions::ActionRequest request, const actions::ActionPolicy &policy);
    void onFinished(actions::ActionKind kind, const QString &device, const actions::ActionResult &result,
                    ActionProgressDialog *dialog);

    ProfileRoot m_profile;
    security::Session *m_session;
    QPointer<QWidget> m_dialogParent;
    storage::DatabaseWorker *m_worker;
    QHash<actions::ActionKind, QAction *> m_actions;
    QHash<QAction *, QString> m_tips; // the tooltip while enabled
    QAction *m_testPageLpr = nullptr;
    actions::ActionOptions m_baseOptions;
    std::function<bool(const QUrl &)> m_openUrl;
    qint64 m_deviceId = 0;
    std::optional<Loaded> m_device;
    QString m_loadError;
    QString m_lastWriteProfile;
    quint64 m_request = 0; // answers to older loads are dropped
};

} // namespace fleet::ui
