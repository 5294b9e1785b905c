// The desktop app attached to the service: fleetkeeperd runs as a process on a temporary profile
// whose printers are snmpsimd recordings on 127.0.95.x; the app's window (offscreen) attaches to
// it. It shows the same fleet, says it is attached, Poll now goes through the socket (the daemon
// polls: its log says who asked, the database gains one poll per printer) and the table refreshes
// on the daemon's poll-finished event; Pause in the tray pauses the daemon; settings written in
// the dialog are re-read by the daemon. The app itself runs no schedule.

#include "AttachedApp.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "TrayController.h"
#include "control/DaemonClient.h"
#include "security/Session.h"
#include "storage/Database.h"

#include "DaemonProcess.h"
#include "SnmpSim.h"
#include "TestEnv.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

class TestAttach final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::SnmpSim m_sim;
    std::unique_ptr<test::DaemonProcess> m_daemon;
    std::unique_ptr<ui::AttachedApp> m_app;
    static constexpr int kDevices = 3;

    qint64 scalar(const QString &sql)
    {
        storage::Database db(QStringLiteral("test"));
        if (db.open(m_dir.filePath(QStringLiteral("fleetkeeper.db"))))
            return -1;
        auto n = db.scalar(sql);
        return n ? n->toLongLong() : -1;
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

    void settingsAreReloadedByTheService()
    {
        QAction *settings = m_app->window()->findChild<QAction *>(QStringLiteral("settings"));
        QVERIFY(settings);
        settings->trigger();
        ui::SettingsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_app->window()->findChild<ui::SettingsDialog *>()) != nullptr,
                                 test::scaled(5000));
        dialog->findChild<QSpinBox *>(QStringLiteral("pollInterval"))->setValue(7);
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("pollIntervalUnit"));
        unit->setCurrentIndex(0); // minutes
        QSignalSpy reloaded(m_app->client(), &control::DaemonClient::settingsReloaded);
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, test::scaled(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_app->client()->status().pollIntervalMinutes, 7, test::scaled(5000));
        QVERIFY(m_daemon->log().contains(QLatin1String("settings reloaded; poll every 7 min")));
    }

    void theServiceGoingAwayIsShown()
    {
        QCOMPARE(m_daemon->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("not running")), test::scaled(5000));
        QVERIFY(m_app->tray()->toolTip().contains(QLatin1String("not running")));
        // and attaches again when it is back
        m_daemon = std::make_unique<test::DaemonProcess>(m_dir.path());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->client()->isConnected(), test::scaled(15000));
        QTRY_VERIFY_WITH_TIMEOUT(scheduleText().contains(QLatin1String("Attached to the service")), test::scaled(5000));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (m_daemon)
            m_daemon->stop();
        m_sim.stop();
    }
};

QTEST_MAIN(TestAttach)
#include "tst_attach.moc"
