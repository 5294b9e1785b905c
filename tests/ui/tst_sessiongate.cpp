// The main window follows who uses it, against a real profile database: signed out it covers the
// fleet and offers nothing; each role gets the actions the matrix allows (Poll now, Discover,
// Settings, Security mode...) and code that re-enables a denied action is overruled; the window
// locks after a short, injected idle time and only the same person's password unlocks it; start-up
// resolves set-up mode, a mapped Unix group and a password sign-in; the lock delay is a setting.

#include "IdleWatcher.h"
#include "LockOverlay.h"
#include "LoginDialog.h"
#include "LoginForm.h"
#include "MainWindow.h"
#include "PermissionGate.h"
#include "SessionControls.h"
#include "SessionStarter.h"
#include "SettingsDialog.h"
#include "schedule/Clock.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "security/UserStore.h"
#include "storage/Database.h"
#include "util/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <grp.h>
#include <unistd.h>

#include "TestEnv.h"

using namespace fleet;
using namespace std::chrono_literals;
using security::Role;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kWrong = QStringLiteral("Unknown user name or wrong password.");
const security::Actor kAdmin{QStringLiteral("admin"), Role::Administrator};

// A profile, its schedule and its window; accounts as asked.
struct Fixture
{
    QTemporaryDir dir;
    ProfileRoot profile{dir.path()};
    schedule::TestClock clock;
    std::unique_ptr<schedule::FleetService> service;
    std::unique_ptr<ui::MainWindow> window;

    explicit Fixture(bool withAccounts = true)
    {
        QString why;
        if (!profile.ensureExists(&why))
            qFatal("%s", qPrintable(why));
        storage::Database db(QStringLiteral("setup"));
        if (const auto error = db.open(profile.databasePath()))
            qFatal("%s", qPrintable(error.message));
        if (withAccounts) {
            security::UserStore users(db, security::HashParameters::interactive());
            users.createFirstAdministrator(kAdmin.name, kPassword, QStringLiteral("root"));
            for (Role role : {Role::PowerUser, Role::CustomerAdministrator, Role::Customer})
                users.addUser(kAdmin, security::roleName(role), role, kPassword);
        }
        db.close();
        service = std::make_unique<schedule::FleetService>(profile, &clock);
        window = std::make_unique<ui::MainWindow>(profile);
        window->attachService(service.get());
        window->show();
    }

    ui::SessionControls *controls() const { return window->sessionControls(); }
    security::Session *session() const { return window->session(); }
    bool enabled(const char *name) const
    {
        if (auto *action = window->findChild<QAction *>(QString::fromLatin1(name)))
            return action->isEnabled();
        if (auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name)))
            return widget->isEnabled();
        qFatal("no %s in the window", name);
    }
    QString status() const { return window->findChild<QLabel *>(QStringLiteral("sessionUser"))->text(); }

    // Signs in through the lock screen the way a person does; returns its error line.
    QString typeSignIn(const QString &name, const QString &password) const
    {
        ui::LockOverlay *overlay = controls()->lockOverlay();
        auto *nameEdit = overlay->findChild<QLineEdit *>(QStringLiteral("loginName"));
        if (!nameEdit->isReadOnly())
            nameEdit->setText(name);
        overlay->findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(password);
        QTest::mouseClick(overlay->findChild<QPushButton *>(QStringLiteral("loginSignIn")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !overlay->form()->isBusy(); }, test::scaled(20000)))
            return QStringLiteral("<timed out>");
        return overlay->form()->errorText();
    }
};

const char *const kGated[] = {"pollNow",
                              "discover",
                              "settings",
                              "openSecurityMode",
                              "credentialProfiles",
                              "exportFleet",
                              "exportMeterReads",
                              "registerRemoteServices",
                              "pausePolling",
                              "manageUsers"};

} // namespace

class TestSessionGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("FLEETKEEPER_ARGON2", "interactive"); }

    void signedOutShowsNothing()
    {
        Fixture f;
        QVERIFY(!f.session()->isSignedIn());
        QVERIFY(f.controls()->lockOverlay()->isCovering());
        QVERIFY(!f.window->fleetView()->isEnabled()); // covered and out of keyboard reach
        for (const char *name : kGated)
            QVERIFY2(!f.enabled(name), name);
        QVERIFY(!f.enabled("lockSession"));
        QVERIFY(!f.enabled("signOut"));
        QCOMPARE(f.status(), QStringLiteral("Not signed in"));
    }

    void rolesGetTheirActions_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QStringList>("allowed"); // of kGated; the rest must be disabled
        QTest::addRow("Administrator") << Role::Administrator
                                       << QStringList{QStringLiteral("pollNow"),
                                                      QStringLiteral("discover"),
                                                      QStringLiteral("settings"),
                                                      QStringLiteral("openSecurityMode"),
                                                      QStringLiteral("credentialProfiles"),
                                                      QStringLiteral("exportFleet"),
                                                      QStringLiteral("exportMeterReads"),
                                                      QStringLiteral("registerRemoteServices"),
                                                      QStringLiteral("pausePolling"),
                                                      QStringLiteral("manageUsers")};
        QTest::addRow("Power User") << Role::PowerUser
                                    << QStringList{QStringLiteral("pollNow"),     QStringLiteral("discover"),
                                                   QStringLiteral("settings"),    QStringLiteral("credentialProfiles"),
                                                   QStringLiteral("exportFleet"), QStringLiteral("exportMeterReads"),
                                                   QStringLiteral("pausePolling")};
        QTest::addRow("Customer Administrator")
            << Role::CustomerAdministrator
            << QStringList{QStringLiteral("pollNow"),          QStringLiteral("discover"),
                           QStringLiteral("openSecurityMode"), QStringLiteral("credentialProfiles"),
                           QStringLiteral("exportFleet"),      QStringLiteral("exportMeterReads")};
        QTest::addRow("Customer") << Role::Customer << QStringList{};
    }

    void rolesGetTheirActions()
    {
        QFETCH(Role, role);
        QFETCH(QStringList, allowed);
        Fixture f;
        const QString name = role == Role::Administrator ? kAdmin.name : security::roleName(role);
        QCOMPARE(f.typeSignIn(name, kPassword), QString());
        QCOMPARE(f.session()->actor(), (security::Actor{name, role}));
        QVERIFY(!f.controls()->lockOverlay()->isCovering());
        QVERIFY(f.window->fleetView()->isEnabled());
        for (const char *gated : kGated)
            QVERIFY2(f.enabled(gated) == allowed.contains(QLatin1String(gated)), gated);
        QCOMPARE(f.status(), QStringLiteral("Signed in as %1 (%2)").arg(name, security::roleTitle(role)));
        QVERIFY(f.enabled("lockSession"));
        QVERIFY(f.enabled("signOut"));
        QVERIFY(f.enabled("changePassword"));
        // Buttons whose own code enables them (a selected payload, alert) are bound as well.
        for (const char *button : {"viewPayload", "acknowledgeButton", "syncNow", "openRegistration"})
            QVERIFY2(f.controls()->gate()->isBound(f.window->findChild<QWidget *>(QString::fromLatin1(button))),
                     button);
    }

    void ownerCannotReenableADeniedAction()
    {
        Fixture f;
        QCOMPARE(f.typeSignIn(QStringLiteral("customer"), kPassword), QString());
        auto *pollNow = f.window->findChild<QAction *>(QStringLiteral("pollNow"));
        auto *payload = f.window->findChild<QPushButton *>(QStringLiteral("viewPayload"));
        // What a finished poll and a selected payload do:
        pollNow->setEnabled(true);
        payload->setEnabled(true);
        QVERIFY(!pollNow->isEnabled());
        QVERIFY(!payload->isEnabled());
        // The next person may, and gets what the owners asked for.
        f.session()->signIn(kAdmin);
        QVERIFY(pollNow->isEnabled());
        QVERIFY(payload->isEnabled());
        payload->setEnabled(false); // the selection went away
        f.session()->signIn({QStringLiteral("customer"), Role::Customer});
        f.session()->signIn(kAdmin);
        QVERIFY(!payload->isEnabled());
    }

    void idleLocksAndTheSamePasswordUnlocks()
    {
        Fixture f;
        QCOMPARE(f.typeSignIn(kAdmin.name, kPassword), QString());
        QVERIFY(f.enabled("pollNow"));
        f.controls()->idleWatcher()->setTimeout(std::chrono::milliseconds(test::scaled(300)));
        QTRY_VERIFY_WITH_TIMEOUT(f.session()->isLocked(), test::scaled(5000));
        QVERIFY(f.controls()->lockOverlay()->isCovering());
        for (const char *name : kGated)
            QVERIFY2(!f.enabled(name), name);
        QCOMPARE(f.status(), QStringLiteral("Locked (admin)"));
        auto *nameEdit = f.controls()->lockOverlay()->findChild<QLineEdit *>(QStringLiteral("loginName"));
        QCOMPARE(nameEdit->text(), kAdmin.name);
        QVERIFY(nameEdit->isReadOnly());

        QCOMPARE(f.typeSignIn(kAdmin.name, QStringLiteral("not it")), kWrong);
        QVERIFY(f.session()->isLocked());
        QCOMPARE(f.typeSignIn(kAdmin.name, kPassword), QString());
        QVERIFY(!f.session()->isLocked());
        QCOMPARE(f.session()->actor(), kAdmin);
        QVERIFY(f.enabled("pollNow"));
        QVERIFY(!f.controls()->lockOverlay()->isCovering());
    }

    void inputKeepsTheWindowUnlocked()
    {
        Fixture f;
        QCOMPARE(f.typeSignIn(kAdmin.name, kPassword), QString());
        const int timeout = test::scaled(400);
        f.controls()->idleWatcher()->setTimeout(std::chrono::milliseconds(timeout));
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(timeout / 4);
            QTest::keyClick(f.window->fleetView(), Qt::Key_Down);
        }
        QVERIFY2(!f.session()->isLocked(), "input within the timeout keeps the window open");
        QTRY_VERIFY_WITH_TIMEOUT(f.session()->isLocked(), test::scaled(5000));
    }

    void someoneElseSignsInFromTheLock()
    {
        Fixture f;
        QCOMPARE(f.typeSignIn(kAdmin.name, kPassword), QString());
        f.window->findChild<QAction *>(QStringLiteral("lockSession"))->trigger();
        QVERIFY(f.session()->isLocked());
        QTest::mouseClick(f.controls()->lockOverlay()->findChild<QPushButton *>(QStringLiteral("lockSwitchUser")),
                          Qt::LeftButton);
        QVERIFY(!f.session()->isSignedIn());
        QCOMPARE(f.typeSignIn(QStringLiteral("customer"), kPassword), QString());
        QCOMPARE(f.session()->actor(), (security::Actor{QStringLiteral("customer"), Role::Customer}));
        QVERIFY(!f.enabled("pollNow"));
    }

    void startUpSetUpMode()
    {
        Fixture f(false);
        ui::SessionStarter starter(f.profile.databasePath(), QStringLiteral("osuser"));
        QSignalSpy status(f.controls(), &ui::SessionControls::statusChanged);
        bool ready = false;
        starter.start(f.controls(), f.window.get(), [&ready](bool ok) { ready = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(ready, test::scaled(10000));
        QCOMPARE(f.session()->actor(), (security::Actor{QStringLiteral("osuser"), Role::Administrator}));
        QCOMPARE(f.controls()->origin(), ui::SessionControls::Origin::Setup);
        QVERIFY(f.window->findChild<QToolBar *>(QStringLiteral("setupBanner"))->isVisible());
        QCOMPARE(f.window->findChild<QLabel *>(QStringLiteral("setupHint"))->text(),
                 QStringLiteral("No accounts yet: create an administrator in File > Users."));
        QVERIFY(f.enabled("manageUsers"));
        QVERIFY(!f.enabled("lockSession")); // no password to unlock with
        QVERIFY(!f.enabled("changePassword"));
        QVERIFY(!f.controls()->idleWatcher()->isWatching());
        QCOMPARE(f.status(), QStringLiteral("Setting up as osuser (Administrator)"));
    }

    void startUpMappedGroup()
    {
        Fixture f;
        const QString osUser = ui::SessionStarter::currentOsUser();
        const group *primary = ::getgrgid(::getegid());
        QVERIFY(primary);
        {
            storage::Database db(QStringLiteral("map"));
            QVERIFY(!db.open(f.profile.databasePath()));
            security::UserStore users(db, security::HashParameters::interactive());
            QVERIFY(!users.mapGroup(kAdmin, QString::fromLocal8Bit(primary->gr_name), Role::PowerUser));
        }
        ui::SessionStarter starter(f.profile.databasePath(), osUser);
        bool ready = false;
        starter.start(f.controls(), f.window.get(), [&ready](bool ok) { ready = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(ready, test::scaled(10000));
        QCOMPARE(f.session()->actor(), (security::Actor{osUser, Role::PowerUser}));
        QCOMPARE(f.controls()->origin(), ui::SessionControls::Origin::OperatingSystem);
        QCOMPARE(f.status(), QStringLiteral("%1 (Power User, from a Unix group)").arg(osUser));
        QVERIFY(f.enabled("pollNow"));
        QVERIFY(!f.enabled("openSecurityMode"));
        QVERIFY(!f.window->findChild<QToolBar *>(QStringLiteral("setupBanner"))->isVisible());
    }

    void startUpAsksForAPassword_data()
    {
        QTest::addColumn<bool>("signIn"); // else cancel
        QTest::addRow("sign in") << true;
        QTest::addRow("cancel") << false;
    }

    void startUpAsksForAPassword()
    {
        QFETCH(bool, signIn);
        Fixture f;
        ui::SessionStarter starter(f.profile.databasePath(), QStringLiteral("nobody-mapped"));
        std::optional<bool> ready;
        starter.start(f.controls(), nullptr, [&ready](bool ok) { ready = ok; });
        ui::LoginDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog =
                                      [] {
                                          for (QWidget *w : QApplication::topLevelWidgets()) {
                                              if (auto *d = qobject_cast<ui::LoginDialog *>(w); d && d->isVisible())
                                                  return d;
                                          }
                                          return static_cast<ui::LoginDialog *>(nullptr);
                                      }()),
                                 test::scaled(10000));
        QVERIFY(!ready);
        if (signIn) {
            dialog->findChild<QLineEdit *>(QStringLiteral("loginName"))->setText(QStringLiteral("customer"));
            dialog->findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(kPassword);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginSignIn")), Qt::LeftButton);
        } else {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("loginCancel")), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(ready.has_value(), test::scaled(20000));
        QCOMPARE(*ready, signIn);
        QCOMPARE(f.session()->isSignedIn(), signIn);
        if (signIn) {
            QCOMPARE(f.session()->actor(), (security::Actor{QStringLiteral("customer"), Role::Customer}));
            QCOMPARE(f.controls()->origin(), ui::SessionControls::Origin::Password);
        }
    }

    void lockDelayIsASetting()
    {
        Fixture f;
        QCOMPARE(AppSettings(f.profile).autoLockAfter(), 15min);
        QCOMPARE(f.controls()->idleWatcher()->timeout(), std::chrono::milliseconds(15min));
        QCOMPARE(f.typeSignIn(kAdmin.name, kPassword), QString());
        QVERIFY(f.controls()->idleWatcher()->isWatching());

        f.window->findChild<QAction *>(QStringLiteral("settings"))->trigger();
        auto *dialog = f.window->findChild<ui::SettingsDialog *>();
        QVERIFY(dialog);
        auto *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("autoLockMinutes"));
        QCOMPARE(minutes->value(), 15);
        minutes->setValue(0);
        dialog->accept();
        QCOMPARE(dialog->errorText(), QString());
        QCOMPARE(AppSettings(f.profile).autoLockAfter(), 0min);
        QVERIFY(!f.controls()->idleWatcher()->isWatching()); // 0: never
        QCOMPARE(AppSettings(f.profile).setAutoLockAfter(-1min).isEmpty(), false);
    }
};

QTEST_MAIN(TestSessionGate)
#include "tst_sessiongate.moc"
