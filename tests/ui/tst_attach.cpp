// The desktop app attached to the service: fleetkeeperd runs as a process on a temporary profile
// whose printers are snmpsimd recordings on 127.0.95.x; the app's window (offscreen) attaches to
// it. It shows the same fleet, says it is attached, Poll now goes through the socket (the daemon
// polls: its log says who asked, the database gains one poll per printer) and the table refreshes
// on the daemon's poll-finished event; Pause in the tray pauses the daemon; the schedule set in the
// dialog is applied by the daemon (saved, audited, refused for a read-only account with the
// daemon's reason in the dialog) and the other settings are re-read by it. The app itself runs no
// schedule until the daemon is killed and stays away: then it hands the schedule to the desktop
// app in its owning mode (a real fleetkeeper process), and a daemon started afterwards refuses.

#include "AttachedApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "control/ControlServer.h"
#include "control/DaemonClient.h"
#include "control/ScheduleTakeover.h"
#include "schedule/ScheduleState.h"
#include "security/Session.h"
#include "security/UserStore.h"
#include "storage/Database.h"
#include "util/SingleInstance.h"

#include "DaemonProcess.h"
#include "SnmpSim.h"
#include "TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>

using namespace fleet;

class TestAttach final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::SnmpSim m_sim;
    std::unique_ptr<test::DaemonProcess> m_daemon;
    std::unique_ptr<ui::AttachedApp> m_app;
    qint64 m_successor = 0; // the desktop app that took the schedule over
    static constexpr int kDevices = 3;

    qint64 scalar(const QString &sql)
    {
        storage::Database db(QStringLiteral("test"));
        if (db.open(m_dir.filePath(QStringLiteral("fleetkeeper.db"))))
            return -1;
        auto n = db.scalar(sql);
        return n ? n->toLongLong() : -1;
    }
    qint64 settingsAudits(const QString &result, const QString &parameter)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.change' AND result = "
                                     "'%1' AND parameters LIKE '%%2%'")
                          .arg(result, parameter));
    }
    QVariant ini(const QString &key) const
    {
        return QSettings(m_dir.filePath(QStringLiteral("fleetkeeper.ini")), QSettings::IniFormat).value(key);
    }
    // Opens the attached window's settings dialog with the poll interval set to minutes.
    ui::SettingsDialog *settingsWith(int minutes)
    {
        QAction *settings = m_app->window()->findChild<QAction *>(QStringLiteral("settings"));
        if (!settings)
            return nullptr;
        // The last one closed is deleted later: wait for it, so the one found is the new one.
        for (int waited = 0; waited < test::scaled(5000) && m_app->window()->findChild<ui::SettingsDialog *>();
             waited += 20)
            QTest::qWait(20);
        settings->trigger();
        auto *dialog = m_app->window()->findChild<ui::SettingsDialog *>();
        if (!dialog)
            return nullptr;
        dialog->findChild<QSpinBox *>(QStringLiteral("pollInterval"))->setValue(minutes);
        dialog->findChild<QComboBox *>(QStringLiteral("pollIntervalUnit"))->setCurrentIndex(0); // minutes
        return dialog;
    }
    // This account's group gets role in the profile (the daemon maps the app's peer by it).
    static QString mapOwnGroup(const QString &database, security::Role role)
    {
        storage::Database db(QStringLiteral("test-users"));
        if (db.open(database))
            return QStringLiteral("cannot open the database");
        security::UserStore users(db, security::HashParameters::minimum());
        const QString name = QStringLiteral("admin"), password = QStringLiteral("correct horse 42");
        if (!users.authenticate(name, password)) {
            if (auto created = users.createFirstAdministrator(name, password, QStringLiteral("test")); !created)
                return created.error().message;
        }
        const auto admin = users.authenticate(name, password);
        if (!admin)
            return admin.error().message;
        const group *g = ::getgrgid(::getegid());
        if (!g)
            return QStringLiteral("no group");
        if (const auto e = users.mapGroup(*admin, QString::fromLocal8Bit(g->gr_name), role))
            return e.message;
        return {};
    }
    // Gone, or a zombie nobody reaped yet (it was started detached: init is its parent).
    static bool processGone(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return true;
        const QByteArray text = stat.readAll();
        const qsizetype end = text.lastIndexOf(')');
        return end < 0 || text.mid(end + 2, 1) == "Z";
    }
    // The poll job in the saved schedule state (schedule.json), empty while there is none.
    QJsonObject savedPoll() const
    {
        QFile file(schedule::ScheduleState::pathIn(ProfileRoot(m_dir.path())));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(u"jobs").toObject().value(u"poll").toObject();
    }
    QString successorLog() const
    {
        QFile log(m_dir.filePath(QStringLiteral("logs/fleetkeeper.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString();
    }

    QString scheduleText() const
    {
        auto *label = m_app->window()->findChild<QLabel *>(QStringLiteral("scheduleStatus"));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fix = test::fixtureDir() + QLatin1Char('/');
        QList<std::pair<QString, QString>> devices;
        for (const char *name : {"hp-laserjet-mfp-m130nw", "ricoh-mp-c2503", "kyocera-cs-4053ci"})
            devices.append({QStringLiteral("127.0.95.%1").arg(devices.size() + 1),
                            fix + QString::fromLatin1(name) + QStringLiteral(".snmprec")});
        QVERIFY2(m_sim.startFleet(devices), qPrintable(m_sim.error()));
        const test::CliRun discover =
            test::runCli({QStringLiteral("--profile"), m_dir.path(), QStringLiteral("discover"),
                          QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--retries"),
                          QStringLiteral("0"), QStringLiteral("127.0.95.1-127.0.95.3:%1").arg(m_sim.port())});
        QVERIFY2(discover.exitCode == 0, qPrintable(discover.describe()));
        m_daemon = std::make_unique<test::DaemonProcess>(m_dir.path());
        QVERIFY2(m_daemon->waitFor(QStringLiteral("poll finished"), 30000), qPrintable(m_daemon->log()));
    }

    void attachesAndShowsTheFleet()
    {
        m_app = std::make_unique<ui::AttachedApp>(ProfileRoot(m_dir.path()));
        QVERIFY2(m_app->attach(2000), qPrintable(m_app->client()->errorString()));
        // A restarted daemon is back long before this: no takeover until the test asks for one.
        m_app->takeover()->setGrace(std::chrono::minutes(10));
        m_app->build();
        ui::MainWindow *window = m_app->window();
        window->session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
        QSignalSpy refreshed(window, &ui::MainWindow::refreshed);
        window->show();
        window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && refreshed.last().at(0).toInt() == kDevices,
                                 test::scaled(10000));
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("Attached to the service")), test::scaled(5000));
        QVERIFY2(!scheduleText().contains(QLatin1String("never")), qPrintable(scheduleText())); // the daemon polled
        QVERIFY(m_app->tray()->toolTip().contains(QLatin1String("Attached to the service")));
    }

    void pollNowGoesThroughTheService()
    {
        ui::MainWindow *window = m_app->window();
        auto *pollNow = window->findChild<QAction *>(QStringLiteral("pollNow"));
        QVERIFY(pollNow);
        QVERIFY(pollNow->isEnabled());
        const qint64 before = scalar(QStringLiteral("SELECT COUNT(*) FROM polls"));
        QSignalSpy refreshed(window, &ui::MainWindow::refreshed);
        QSignalSpy finished(m_app->client(), &control::DaemonClient::pollFinished);
        pollNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, test::scaled(30000));
        // The table reloads after the daemon's event, with nothing else asking it to.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), test::scaled(10000));
        QCOMPARE(refreshed.last().at(0).toInt(), kDevices);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM polls")), before + kDevices);
        // The daemon did it, on the app's request, acting as this OS user.
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->log().contains(QLatin1String("poll-now requested by")), test::scaled(5000));
        QCOMPARE(m_daemon->log().count(QLatin1String("fleet.daemon: poll finished")), 2);
    }

    void pauseFromTheTray()
    {
        QAction *pause = m_app->tray()->menu()->findChild<QAction *>(QStringLiteral("trayPause"));
        QVERIFY(pause);
        QVERIFY(!pause->isChecked());
        pause->trigger(); // checks it: the request goes to the daemon
        QTRY_VERIFY_WITH_TIMEOUT(m_app->client()->status().paused, test::scaled(5000));
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("paused")), test::scaled(5000));
        auto *windowPause = m_app->window()->findChild<QAction *>(QStringLiteral("pausePolling"));
        QVERIFY(windowPause);
        QTRY_VERIFY_WITH_TIMEOUT(windowPause->isChecked(), test::scaled(5000)); // the window follows
        QVERIFY(m_daemon->log().contains(QLatin1String("schedule paused")));
        windowPause->trigger(); // unchecks: resume
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->client()->status().paused, test::scaled(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!pause->isChecked(), test::scaled(5000));
    }

    void theScheduleIsAppliedByTheService()
    {
        QPointer<ui::SettingsDialog> dialog = settingsWith(7);
        QVERIFY(dialog);
        QSignalSpy accepted(dialog.data(), &QDialog::accepted);
        QSignalSpy reloaded(m_app->client(), &control::DaemonClient::settingsReloaded);
        dialog->accept();
        // The dialog closes once the service said yes.
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, test::scaled(10000));
        QVERIFY(!dialog || dialog->errorText().isEmpty());
        // The service applied it, as this peer, and saved and audited it.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->client()->status().pollIntervalMinutes, 7, test::scaled(5000));
        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 7);
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon->log().contains(QLatin1String("schedule set by")), test::scaled(5000));
        QTRY_COMPARE_WITH_TIMEOUT(settingsAudits(QStringLiteral("ok"), QStringLiteral("\"pollIntervalMinutes\":7")), 1,
                                  test::scaled(5000));
        // The other settings (written by the app) are re-read by the service as before.
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, test::scaled(5000));
        QVERIFY(m_daemon->log().contains(QLatin1String("settings reloaded; poll every 7 min")));
    }

    void theServicesRefusalIsShownInTheDialog()
    {
        // This account's group is read-only in the profile: the service refuses the change.
        QCOMPARE(mapOwnGroup(m_dir.filePath(QStringLiteral("fleetkeeper.db")), security::Role::Customer), QString());
        QPointer<ui::SettingsDialog> dialog = settingsWith(9);
        QVERIFY(dialog);
        QSignalSpy accepted(dialog.data(), &QDialog::accepted);
        dialog->accept(); // the window's session may; the service decides for the peer
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QLatin1String("may not")), test::scaled(10000));
        QVERIFY(dialog->isVisible());
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 7);
        QTRY_COMPARE_WITH_TIMEOUT(settingsAudits(QStringLiteral("denied"), QStringLiteral("\"pollIntervalMinutes\":9")),
                                  1, test::scaled(5000));
        QCOMPARE(m_app->client()->status().pollIntervalMinutes, 7);
        dialog->reject();
        // Administrator again, for what follows (the app that takes over starts without a sign-in).
        QCOMPARE(mapOwnGroup(m_dir.filePath(QStringLiteral("fleetkeeper.db")), security::Role::Administrator),
                 QString());
    }

    void theServiceGoingAwayIsShown()
    {
        QCOMPARE(m_daemon->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("not running")), test::scaled(5000));
        QVERIFY(m_app->tray()->toolTip().contains(QLatin1String("not running")));
        // The schedule cannot be changed meanwhile: the dialog says why and stays open.
        QPointer<ui::SettingsDialog> dialog = settingsWith(11);
        QVERIFY(dialog);
        dialog->accept();
        QVERIFY2(dialog->errorText().contains(QLatin1String("could not be sent to the service")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
        // and attaches again when it is back
        m_daemon = std::make_unique<test::DaemonProcess>(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->client()->isConnected(), test::scaled(15000));
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("Attached to the service")), test::scaled(5000));
    }

    void takesOverTheScheduleWhenTheServiceStaysAway()
    {
        control::ScheduleTakeover *takeover = m_app->takeover();
        takeover->setGrace(std::chrono::milliseconds(test::scaled(1500)));
        takeover->setRetryInterval(std::chrono::milliseconds(200));
        // The desktop app in its owning mode (this test program is not it).
        qputenv("QT_QPA_PLATFORM", "offscreen");
        takeover->setSuccessor(
            test::binDir() + QStringLiteral("/fleetkeeper"),
            {QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--no-demo"), QStringLiteral("--took-over")});
        QSignalSpy handingOver(takeover, &control::ScheduleTakeover::handingOver);
        QSignalSpy handedOver(takeover, &control::ScheduleTakeover::handedOver);
        QSignalSpy told(m_app->window()->statusBar(), &QStatusBar::messageChanged);

        const QDateTime killed = QDateTime::currentDateTimeUtc();
        m_daemon->kill(); // a crash: its lock and socket files stay behind
        QVERIFY(QFileInfo::exists(control::ControlServer::socketPath(ProfileRoot(m_dir.path()))));
        // Without the saved schedule, whoever runs it next polls at once: the proof of who does.
        QVERIFY(QFile::remove(schedule::ScheduleState::pathIn(ProfileRoot(m_dir.path()))));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->client()->isConnected(), test::scaled(5000));

        QTRY_COMPARE_WITH_TIMEOUT(handedOver.size(), 1, test::scaled(30000));
        QCOMPARE(handingOver.size(), 1);
        m_successor = handedOver.first().at(0).toLongLong();
        QVERIFY(m_successor > 0);
        QCOMPARE(m_successor, takeover->successorPid());
        QVERIFY(takeover->isHandedOver());
        QVERIFY(std::any_of(told.cbegin(), told.cend(), [](const QList<QVariant> &message) {
            return message.at(0).toString().contains(QLatin1String("service stopped"));
        }));

        // It owns the profile: its single-instance socket answers...
        QLocalSocket probe;
        probe.connectToServer(SingleInstance::serverNameFor(m_dir.path()));
        QVERIFY(probe.waitForConnected(test::scaled(2000)));
        probe.abort();
        // ...and runs the schedule: its first poll is in the schedule state it saves (the state
        // file was removed above, and only the owner of the schedule writes it).
        QTRY_VERIFY2_WITH_TIMEOUT(savedPoll().value(u"lastOk").toBool(), qPrintable(successorLog()),
                                  test::scaled(60000));
        QVERIFY(QDateTime::fromString(savedPoll().value(u"lastStarted").toString(), Qt::ISODateWithMs) >= killed);
        QVERIFY(!processGone(m_successor));
        // Its poll results are in the database for everyone else (this process reads them through a
        // connection of its own, next to the app's).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                storage::Database db(QStringLiteral("check"));
                if (db.open(ProfileRoot(m_dir.path()).databasePath()))
                    return false;
                const auto polls = db.scalar(QStringLiteral("SELECT count(*) FROM polls WHERE polled_at >= ?"),
                                             {killed.toMSecsSinceEpoch()});
                return polls && polls->toInt() > 0;
            }(),
            test::scaled(30000));

        // Never two owners: a daemon started now leaves the profile to the desktop app.
        test::DaemonProcess late(m_dir.path());
        QVERIFY2(late.waitFor(QStringLiteral("desktop app is running"), 15000), qPrintable(late.log()));
        QTRY_VERIFY_WITH_TIMEOUT(!late.isRunning(), test::scaled(5000));
        QCOMPARE(late.stop(), 3); // already exited: its exit code (already running)
    }

    void cleanupTestCase()
    {
        if (m_successor > 0) {
            ::kill(pid_t(m_successor), SIGTERM);
            for (int waited = 0; waited < test::scaled(10000) && !processGone(m_successor); waited += 50)
                QTest::qWait(50);
            if (!processGone(m_successor))
                ::kill(pid_t(m_successor), SIGKILL);
            // Killed, it left its single-instance socket file behind.
            QLocalServer::removeServer(SingleInstance::serverNameFor(m_dir.path()));
        }
        m_app.reset();
        if (m_daemon)
            m_daemon->stop();
        m_sim.stop();
    }
};

QTEST_MAIN(TestAttach)
#include "tst_attach.moc"
