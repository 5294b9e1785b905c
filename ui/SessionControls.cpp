#include "SessionControls.h"

#include "ChangePasswordDialog.h"
#include "IdleWatcher.h"
#include "LockOverlay.h"
#include "LoginForm.h"
#include "PermissionGate.h"
#include "UiLog.h"
#include "UsersDialog.h"
#include "security/Session.h"
#include "util/AppSettings.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace fleet::ui {

using security::Permission;

namespace {

// The window's actions and buttons by objectName, with what each needs.
const QHash<QString, Permission> &gateRules()
{
    static const QHash<QString, Permission> rules{
        {QStringLiteral("pollNow"), Permission::PollNow},
        {QStringLiteral("discover"), Permission::Discover},
        {QStringLiteral("demoSetUpDiscovery"), Permission::Discover},
        {QStringLiteral("credentialProfiles"), Permission::EditCredentials},
        {QStringLiteral("settings"), Permission::ChangeSettings},
        {QStringLiteral("pausePolling"), Permission::ChangeSettings},
        {QStringLiteral("registerRemoteServices"), Permission::RegisterServer},
        {QStringLiteral("openRegistration"), Permission::RegisterServer},
        {QStringLiteral("openSecurityMode"), Permission::SecurityMode},
        {QStringLiteral("syncNow"), Permission::Sync},
        {QStringLiteral("exportFleet"), Permission::Export},
        {QStringLiteral("exportMeterReads"), Permission::Export},
        {QStringLiteral("viewPayload"), Permission::ViewPayload},
        {QStringLiteral("acknowledgeButton"), Permission::AcknowledgeAlerts},
        {QStringLiteral("alertProfiles"), Permission::ChangeSettings},
        {QStringLiteral("smtpSettings"), Permission::ChangeSettings},
        {QStringLiteral("actionPolicy"), Permission::ChangeSettings},
        {QStringLiteral("alertThresholds"), Permission::ChangeSettings},
        {QStringLiteral("retryNotifications"), Permission::ChangeSettings},
    };
    return rules;
}

} // namespace

SessionControls::SessionControls(QMainWindow *window, ProfileRoot profile, security::Session *session)
    : QObject(window)
    , m_window(window)
    , m_profile(std::move(profile))
    , m_session(session)
    , m_gate(new PermissionGate(session, this))
    , m_idle(new IdleWatcher(this))
    , m_overlay(new LockOverlay(m_profile.databasePath(), window->centralWidget()))
    , m_user(new QLabel(window))
{
    m_user->setObjectName(QStringLiteral("sessionUser"));
    window->statusBar()->addPermanentWidget(m_user);
    buildMenu();
    buildSetupBanner();
    rebind();
    reloadSettings();
    connect(m_session, &security::Session::changed, this, &SessionControls::onSessionChanged);
    connect(m_idle, &IdleWatcher::idle, this, &SessionControls::lock);
    connect(m_overlay, &LockOverlay::signedIn, this,
            [this](const security::Actor &actor) { startAs(actor, Origin::Password); });
    connect(m_overlay, &LockOverlay::switchUserRequested, this, &SessionControls::signOut);
    onSessionChanged();
}

void SessionControls::buildMenu()
{
    // The entries go above Quit in the File menu, wherever the window put it.
    QMenu *file = nullptr;
    QAction *quit = m_window->findChild<QAction *>(QStringLiteral("quit"));
    if (quit) {
        const QList<QObject *> owners = quit->associatedObjects();
        for (QObject *owner : owners) {
            if (auto *menu = qobject_cast<QMenu *>(owner))
                file = menu;
        }
    }
    auto add = [this, file, quit](const QString &text, const char *name, auto slot) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        if (file)
            file->insertAction(quit, action);
        else
            m_window->addAction(action);
        return action;
    };
    m_users = add(tr("&Users…"), "manageUsers", &SessionControls::openUsers);
    m_changePassword = add(tr("C&hange password…"), "changePassword", &SessionControls::openChangePassword);
    m_lock = add(tr("&Lock"), "lockSession", &SessionControls::lock);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOut = add(tr("Sign &out"), "signOut", &SessionControls::signOut);
    if (file)
        file->insertSeparator(quit);
}

void SessionControls::buildSetupBanner()
{
    m_setupBanner = new QToolBar(tr("Set-up"), m_window);
    m_setupBanner->setObjectName(QStringLiteral("setupBanner"));
    m_setupBanner->setMovable(false);
    m_setupBanner->setFloatable(false);
    m_setupBanner->setAutoFillBackground(true);
    m_setupBanner->setBackgroundRole(QPalette::ToolTipBase);
    auto *text = new QLabel(tr("No accounts yet: create an administrator in File > Users."), m_setupBanner);
    text->setObjectName(QStringLiteral("setupHint"));
    text->setForegroundRole(QPalette::ToolTipText);
    text->setContentsMargins(8, 4, 8, 4);
    m_setupBanner->addWidget(text);
    QAction *users = m_setupBanner->addAction(tr("Create administrator…"), this, &SessionControls::openUsers);
    users->setObjectName(QStringLiteral("setupCreateAdministrator"));
    m_window->addToolBarBreak();
    m_window->addToolBar(Qt::TopToolBarArea, m_setupBanner);
    m_setupBanner->hide();
}

void SessionControls::rebind()
{
    m_gate->bindNamed(m_window, gateRules());
}

void SessionControls::reloadSettings()
{
    const auto minutes = AppSettings(m_profile).autoLockAfter();
    m_idle->setTimeout(minutes);
    if (!m_session->isSignedIn() || m_session->isLocked() || m_origin != Origin::Password)
        m_idle->stop();
}

void SessionControls::setSetupHintEnabled(bool enabled)
{
    m_setupHint = enabled;
    onSessionChanged();
}

void SessionControls::startAs(const security::Actor &actor, Origin origin)
{
    m_origin = origin;
    qCInfo(lcUi) << "signed in" << actor.name << security::roleName(actor.role) << int(origin);
    m_session->signIn(actor);
}

void SessionControls::lock()
{
    // Without a password there is nothing to unlock with.
    if (!m_session->isSignedIn() || m_origin != Origin::Password)
        return;
    m_session->lock();
}

void SessionControls::showProblem(const QString &message)
{
    m_window->statusBar()->showMessage(message);
    m_overlay->form()->setProblem(message);
}

void SessionControls::signOut()
{
    m_session->signOut();
}

void SessionControls::onSessionChanged()
{
    const bool in = m_session->isSignedIn();
    const bool locked = m_session->isLocked();
    if (!in)
        m_origin = Origin::Password;
    if (!in || locked) {
        // Dialogs opened by the person who left must not stay open over the lock screen.
        const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
        for (QDialog *dialog : dialogs) {
            if (dialog->isVisible())
                dialog->reject();
        }
    }
    if (!in)
        m_overlay->showSignedOut();
    else if (locked)
        m_overlay->showLocked(m_session->actor().name);
    else
        m_overlay->uncover();

    if (in && !locked && m_origin == Origin::Password)
        m_idle->restart();
    else
        m_idle->stop();

    m_lock->setEnabled(in && !locked && m_origin == Origin::Password);
    m_signOut->setEnabled(in);
    m_changePassword->setEnabled(m_origin == Origin::Password && m_session->allows(Permission::ChangeOwnPassword));
    m_users->setEnabled(m_session->allows(Permission::ManageUsers));
    m_setupBanner->setVisible(m_setupHint && in && m_origin == Origin::Setup);
    const QString text = statusText();
    m_user->setText(text);
    Q_EMIT statusChanged(text);
}

QString SessionControls::statusText() const
{
    if (!m_session->isSignedIn())
        return tr("Not signed in");
    const security::Actor actor = m_session->actor();
    if (m_session->isLocked())
        return tr("Locked (%1)").arg(actor.name);
    const QString role = security::roleTitle(actor.role);
    switch (m_origin) {
    case Origin::Setup:
        return tr("Setting up as %1 (%2)").arg(actor.name, role);
    case Origin::OperatingSystem:
        return tr("%1 (%2, from a Unix group)").arg(actor.name, role);
    case Origin::Password:
        break;
    }
    return tr("Signed in as %1 (%2)").arg(actor.name, role);
}

void SessionControls::openChangePassword()
{
    if (!m_session->allows(Permission::ChangeOwnPassword) || m_origin != Origin::Password)
        return;
    auto *dialog = new ChangePasswordDialog(m_profile.databasePath(), m_session->actor(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_window,
            [this] { m_window->statusBar()->showMessage(tr("Your password was changed."), 10000); });
    dialog->open();
}

void SessionControls::openUsers()
{
    if (!m_session->allows(Permission::ManageUsers))
        return;
    auto *dialog = new UsersDialog(m_profile.databasePath(), m_session->actor(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Set-up ends with the first administrator: from now on the window is theirs.
    connect(dialog, &UsersDialog::firstAdministratorCreated, this, [this](const security::Actor &admin) {
        if (m_origin == Origin::Setup)
            startAs(admin, Origin::Password);
    });
    dialog->open();
}

} // namespace fleet::ui
