// The tray, offscreen (no system tray there): icons drawn from the SVGs in the level's colour and at
// high-DPI sizes, the menu reaching a real FleetService on a temporary profile, the colour and
// tooltip following the health, a notification once per new critical alert, and the health read
// from a real database.

#include "../core/tst_storage_data.h"
#include "TestEnv.h"
#include "TrayController.h"
#include "schedule/FleetService.h"
#include "storage/SnapshotStore.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::schedule;
using namespace fleet::ui;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

FleetRow row(qint64 id, const QString &status)
{
    FleetRow r;
    r.device.id = id;
    r.device.name = QStringLiteral("printer-%1").arg(id);
    r.device.status = status;
    r.device.lastSuccessAt = kNow.addSecs(-600);
    r.device.firstSeen = kNow.addDays(-30);
    return r;
}

AlertRecord critical(qint64 id, qint64 deviceId, const QString &description)
{
    AlertRecord a;
    a.id = id;
    a.deviceId = deviceId;
    a.severity = FleetHealth::kCriticalSeverity;
    a.description = description;
    return a;
}

FleetHealth health(const QStringList &statuses, const QList<AlertRecord> &alerts = {})
{
    QList<FleetRow> rows;
    for (int i = 0; i < statuses.size(); ++i)
        rows << row(i + 1, statuses.at(i));
    return FleetHealth::compute(rows, alerts, kNow, 24h);
}

// The body of the printer glyph, away from its outline and paper.
QColor bodyColour(const QIcon &icon)
{
    return icon.pixmap(QSize(64, 64)).toImage().pixelColor(10, 30);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 8 && std::abs(a.green() - b.green()) <= 8 &&
           std::abs(a.blue() - b.blue()) <= 8 && a.alpha() == 255;
}

QAction *action(TrayController &tray, const char *name)
{
    const QList<QAction *> actions = tray.menu()->actions();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String(name))
            return a;
    }
    return nullptr;
}

} // namespace

class TestTrayController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static DeviceSnapshot printerWith(const QString &address, const QString &serial, const QList<Alert> &alerts)
    {
        DeviceSnapshot s = storage::test::printer(address, serial, {}, QDateTime::currentDateTimeUtc().addSecs(-60));
        s.identity.sysName = QStringLiteral("mfp-%1").arg(serial);
        s.alerts = alerts;
        return s;
    }

    static Alert criticalAlert(int index, const QString &description)
    {
        Alert a = storage::test::alert(index, 8, QStringLiteral("jam"), description);
        a.severity = {3, QStringLiteral("critical")};
        return a;
    }

private Q_SLOTS:
    void iconsAreDrawnFromTheSvgs_data()
    {
        QTest::addColumn<HealthLevel>("level");
        QTest::addColumn<QColor>("colour");
        QTest::addRow("ok is green") << HealthLevel::Ok << QColor(0x2e, 0x9d, 0x4a);
        QTest::addRow("warning is amber") << HealthLevel::Warning << QColor(0xe8, 0xa2, 0x00);
        QTest::addRow("error is red") << HealthLevel::Error << QColor(0xd9, 0x30, 0x25);
        QTest::addRow("unknown is grey") << HealthLevel::Unknown << QColor(0x8a, 0x8f, 0x98);
    }

    void iconsAreDrawnFromTheSvgs()
    {
        QFETCH(HealthLevel, level);
        QFETCH(QColor, colour);
        const QIcon icon = TrayController::iconFor(level);
        QVERIFY(!icon.isNull());
        QVERIFY(near(bodyColour(icon), colour));
        // Sharp on a 2x screen: a 32 px tray slot gets 64 device pixels drawn for it, not scaled up.
        const QList<QSize> sizes = icon.availableSizes();
        QVERIFY(sizes.contains(QSize(16, 16)));
        QVERIFY(sizes.contains(QSize(64, 64)));
        QVERIFY(sizes.contains(QSize(128, 128)));
        const QPixmap hiDpi = icon.pixmap(QSize(32, 32), 2.0);
        QCOMPARE(hiDpi.size(), QSize(64, 64));
        QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
    }

    void worksWithoutASystemTray()
    {
        FleetService service(ProfileRoot(m_dir.path()));
        TrayController tray(&service);
        QCOMPARE(tray.show(), TrayController::isTrayAvailable());
        QVERIFY(tray.menu());
        QVERIFY(!tray.icon().isNull());
        QVERIFY(tray.toolTip().startsWith(QStringLiteral("Fleetkeeper")));
        for (const char *name : {"trayOpen", "trayPollNow", "trayPause", "trayQuit", "traySummary"})
            QVERIFY2(action(tray, name), name);
    }

    void menuActionsReachTheService()
    {
        QTemporaryDir dir;
        FleetService service(ProfileRoot(dir.path()));
        TrayController tray(&service);
        QSignalSpy open(&tray, &TrayController::openRequested);
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        QSignalSpy polled(&service, &schedule::FleetService::pollFinished);

        QAction *pollNow = action(tray, "trayPollNow");
        pollNow->trigger();
        QVERIFY(!pollNow->isEnabled()); // one poll at a time
        QVERIFY(polled.wait(fleet::test::scaled(20000)));
        QVERIFY(polled.first().first().value<schedule::PollJobOutcome>().ok); // an empty fleet polls fine
        QVERIFY(pollNow->isEnabled());

        QAction *pause = action(tray, "trayPause");
        QVERIFY(pause->isCheckable());
        QVERIFY(!pause->isChecked());
        pause->trigger();
        QVERIFY(service.isPaused());
        QVERIFY(tray.toolTip().contains(QStringLiteral("paused")));
        service.resume(); // from elsewhere (the window): the menu follows
        QVERIFY(!pause->isChecked());
        QVERIFY(!tray.toolTip().contains(QStringLiteral("paused")));
        pause->trigger();
        QVERIFY(service.isPaused());
        // Persisted: the next start is paused, and the menu shows it.
        FleetService again(ProfileRoot(dir.path()));
        TrayController againTray(&again);
        QVERIFY(action(againTray, "trayPause")->isChecked());

        action(tray, "trayOpen")->trigger();
        QCOMPARE(open.size(), 1);
        action(tray, "trayQuit")->trigger();
        QCOMPARE(quit.size(), 1);
    }

    void colourAndTooltipFollowTheHealth()
    {
        FleetService service(ProfileRoot(m_dir.path()));
        TrayController tray(&service);
        tray.setHealth(health({QStringLiteral("ok"), QStringLiteral("ok")}));
        QVERIFY(near(bodyColour(tray.icon()), QColor(0x2e, 0x9d, 0x4a)));
        QVERIFY2(tray.toolTip().contains(QStringLiteral("2 printers: 2 OK")), qPrintable(tray.toolTip()));
        QCOMPARE(action(tray, "traySummary")->text(), QStringLiteral("2 printers: 2 OK"));

        tray.setHealth(health({QStringLiteral("ok"), QStringLiteral("warning")}));
        QVERIFY(near(bodyColour(tray.icon()), QColor(0xe8, 0xa2, 0x00)));
        tray.setHealth(health({QStringLiteral("ok"), QStringLiteral("error")}));
        QVERIFY(near(bodyColour(tray.icon()), QColor(0xd9, 0x30, 0x25)));
        QVERIFY(tray.toolTip().contains(QStringLiteral("2 printers: 1 OK, 1 error")));
        tray.setHealth(health({}));
        QVERIFY(near(bodyColour(tray.icon()), QColor(0x8a, 0x8f, 0x98)));
    }

    void notifiesOnceForANewCriticalAlert()
    {
        FleetService service(ProfileRoot(m_dir.path()));
        TrayController tray(&service);
        QSignalSpy notified(&tray, &TrayController::notified);
        const QStringList fleet{QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("ok")};
        tray.setHealth(health(fleet));
        QCOMPARE(notified.size(), 0);

        tray.setHealth(health(fleet, {critical(5, 2, QStringLiteral("Paper jam"))}));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Critical alert on printer-2"));
        QCOMPARE(notified.last().at(1).toString(), QStringLiteral("Paper jam"));

        // Still open at the next refreshes: not again.
        tray.setHealth(health(fleet, {critical(5, 2, QStringLiteral("Paper jam"))}));
        tray.setHealth(health(fleet, {critical(5, 2, QStringLiteral("Paper jam"))}));
        QCOMPARE(notified.size(), 1);

        // Two more at once: one notification naming both, not the old one.
        tray.setHealth(
            health(fleet, {critical(5, 2, QStringLiteral("Paper jam")), critical(6, 1, QStringLiteral("Cover open")),
                           critical(7, 3, QStringLiteral("Fuser error"))}));
        QCOMPARE(notified.size(), 2);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("2 new critical alerts"));
        const QString message = notified.last().at(1).toString();
        QVERIFY(message.contains(QStringLiteral("printer-1: Cover open")));
        QVERIFY(message.contains(QStringLiteral("printer-3: Fuser error")));
        QVERIFY(!message.contains(QStringLiteral("Paper jam")));

        // Warnings never notify.
        AlertRecord warning = critical(8, 1, QStringLiteral("Toner low"));
        warning.severity = 4;
        tray.setHealth(health(fleet, {warning}));
        QCOMPARE(notified.size(), 2);
    }

    void alertsOpenAtStartAreNotNotified()
    {
        FleetService service(ProfileRoot(m_dir.path()));
        TrayController tray(&service);
        QSignalSpy notified(&tray, &TrayController::notified);
        tray.setHealth(health({QStringLiteral("ok")}, {critical(9, 1, QStringLiteral("Paper jam"))}));
        QCOMPARE(notified.size(), 0);
        QVERIFY(near(bodyColour(tray.icon()), QColor(0xd9, 0x30, 0x25))); // the colour says it
    }

    void refreshReadsTheProfileDatabase()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        Database db(QStringLiteral("tray-test"));
        QVERIFY(!db.open(profile.databasePath()));
        QVERIFY(SnapshotStore(db).storeBatch({printerWith(QStringLiteral("10.2.0.1:161"), QStringLiteral("A1"), {}),
                                              printerWith(QStringLiteral("10.2.0.2:161"), QStringLiteral("B2"),
                                                          {criticalAlert(1, QStringLiteral("Paper jam in tray 1"))})}));

        FleetService service(profile);
        TrayController tray(&service); // reads at once
        QSignalSpy changed(&tray, &TrayController::healthChanged);
        QSignalSpy notified(&tray, &TrayController::notified);
        QTRY_VERIFY_WITH_TIMEOUT(tray.health().total() == 2, fleet::test::scaled(10000));
        QCOMPARE(tray.health().error(), 1);
        QCOMPARE(notified.size(), 0); // the baseline

        // The next poll brings a new critical alert on the other printer.
        QVERIFY(SnapshotStore(db).storeBatch({printerWith(QStringLiteral("10.2.0.1:161"), QStringLiteral("A1"),
                                                          {criticalAlert(2, QStringLiteral("Cover open"))}),
                                              printerWith(QStringLiteral("10.2.0.2:161"), QStringLiteral("B2"),
                                                          {criticalAlert(1, QStringLiteral("Paper jam in tray 1"))})}));
        changed.clear();
        tray.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, fleet::test::scaled(10000));
        QCOMPARE(tray.health().error(), 2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Critical alert on mfp-A1"));
        QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Cover open"));
    }
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
