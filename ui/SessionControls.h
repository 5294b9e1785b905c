#pragma once
// The people side of the main window: the File menu's Lock, Sign out, Change password and Users
// entries, who is signed in on the status bar, the set-up hint while the profile has no account,
// the lock after inactivity with its lock screen, and the gate that disables what the role may
// not use. Everything follows security::Session::changed.

#include "security/Permissions.h"
#include "util/ProfileRoot.h"

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QToolBar;

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class IdleWatcher;
class LockOverlay;
class PermissionGate;

class SessionControls final : public QObject
{
    Q_OBJECT
public:
    // How the person got in: only a password session can be locked and unlocked again; the
    // operating-system user (a mapped group, or setting up a profile without accounts) has no
    // password to type, and the desktop's own screen lock protects that session.
    enum class Origin : quint8 { Password, OperatingSystem, Setup };

    SessionControls(QMainWindow *window, ProfileRoot profile, security::Session *session);
    Q_DISABLE_COPY_MOVE(SessionControls)

    // Signs in with how it happened. A plain Session::signIn counts as a password session.
    void startAs(const security::Actor &actor, Origin origin);
    Origin origin() const { return m_origin; }
    // Shows the set-up hint while signed in with Origin::Setup (the demo fleet turns it off).
    void setSetupHintEnabled(bool enabled);
    // Gates the actions and buttons the window has now (call after adding more).
    void rebind();
    // Reads the auto-lock minutes from the settings again.
    void reloadSettings();

    IdleWatcher *idleWatcher() const { return m_idle; }
    LockOverlay *lockOverlay() const { return m_overlay; }
    PermissionGate *gate() const { return m_gate; }

    // A start-up problem (the accounts could not be read) on the status bar.
    void showProblem(const QString &message);

    void lock();
    void signOut();
    void openChangePassword();
    void openUsers();

Q_SIGNALS:
    // Status-bar text changed (for tests and the tray).
    void statusChanged(const QString &text);

private:
    void buildMenu();
    void buildSetupBanner();
    void onSessionChanged();
    QString statusText() const;

    QMainWindow *m_window;
    ProfileRoot m_profile;
    security::Session *m_session;
    PermissionGate *m_gate;
    IdleWatcher *m_idle;
    LockOverlay *m_overlay;
    QLabel *m_user;
    QToolBar *m_setupBanner = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_users = nullptr;
    Origin m_origin = Origin::Password;
    bool m_setupHint = true;
};

} // namespace fleet::ui
