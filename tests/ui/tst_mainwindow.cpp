// The main window offscreen: it lists what the database holds, read off the GUI thread.

#include "DeviceTableModel.h"
#include "MainWindow.h"
#include "schedule/FleetService.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnv.h"

using namespace fleet;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    static DeviceSnapshot printer(const QString &address, const QString &serial, const QString &model)
    {
        DeviceSnapshot s;
        s.target = address;
        s.address = address;
        s.reachable = true;
        s.printer = true;
        s.polledAt = QDateTime::currentDateTimeUtc();
        s.identity.serialNumber = serial;
        s.identity.model = model;
        s.identity.manufacturer = QStringLiteral("HP");
        s.identity.sysObjectID = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1");
        s.identity.sysName = model;
        s.status.overall = OverallStatus::Warning;
        s.status.consoleMessages = {QStringLiteral("Toner low")};
        s.counters.lifetimeImpressions = 4711;
        Supply toner;
        toner.index = 1;
        toner.description = QStringLiteral("Black Cartridge");
        toner.colorant = QStringLiteral("black");
        toner.maxCapacity = 100;
        toner.level = 8;
        toner.percent = 8;
        toner.state = SupplyState::Low;
        s.supplies = {toner};
        return s;
    }

private Q_SLOTS:
    void modelIsConsistent()
    {
        models::DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::FleetRow r;
        r.device.id = 1;
        r.device.status = QStringLiteral("error");
        r.device.address = QStringLiteral("10.0.0.2:161");
        r.device.lastKnownAddress = QStringLiteral("10.0.0.1:161");
        r.device.ipChanged = true;
        r.totalImpressions = 1234567;
        r.device.manufacturer = QStringLiteral("Konica Minolta");
        r.device.model = QStringLiteral("KONICA MINOLTA bizhub C250i");
        storage::SupplyGauge black;
        black.colour = QStringLiteral("black");
        black.percent = 63;
        black.state = QStringLiteral("ok");
        storage::SupplyGauge waste;
        waste.description = QStringLiteral("Waste Toner Box");
        waste.state = QStringLiteral("someRemaining");
        r.supplies = {black, waste};
        model.setRows({r, r});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, models::DeviceTableModel::Supplies).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("black: 63 %, Waste Toner Box: some remaining"));
        QCOMPARE(model.index(0, models::DeviceTableModel::Model).data().toString(),
                 QStringLiteral("KONICA MINOLTA bizhub C250i"));
        QCOMPARE(model.index(0, models::DeviceTableModel::TotalPages).data(models::DeviceTableModel::SortRole),
                 QVariant(qulonglong(1234567)));
        QCOMPARE(model.index(0, models::DeviceTableModel::Supplies)
                     .data(models::DeviceTableModel::SuppliesRole)
                     .value<QList<storage::SupplyGauge>>()
                     .size(),
                 2);
        QCOMPARE(model.index(0, models::DeviceTableModel::Address).data().toString(),
                 QStringLiteral("10.0.0.2:161 (was 10.0.0.1:161)"));
        QCOMPARE(model.index(0, models::DeviceTableModel::LastSuccess).data().toString(), QStringLiteral("never"));
    }

    void listsStoredDevicesAndFilters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.db"));
        {
            storage::Database db;
            QVERIFY(!db.open(path));
            storage::SnapshotStore store(db);
            const auto r = store.storeBatch(
                {printer(QStringLiteral("127.0.0.5:161"), QStringLiteral("SN1"), QStringLiteral("LaserJet M130nw")),
                 printer(QStringLiteral("127.0.0.6:161"), QStringLiteral("SN2"),
                         QStringLiteral("Color LaserJet M252dw"))});
            QVERIFY2(r.ok(), qPrintable(r.error().message));
        }
        ui::MainWindow window(path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.fleetView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, fleet::test::scaled(10000));
        auto *filter = window.findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("M252"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, models::DeviceTableModel::Serial).data().toString(), QStringLiteral("SN2"));
        QCOMPARE(view->model()->index(0, models::DeviceTableModel::Status).data().toString(),
                 QStringLiteral("Warning"));
    }

    void pollNowRunsTheScheduledPoll()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QString why;
        QVERIFY(profile.ensureExists(&why));
        schedule::TestClock clock;
        schedule::FleetService service(profile, &clock);
        ui::MainWindow window(profile.databasePath());
        window.attachService(&service);
        window.show();
        QSignalSpy finished(&service, &schedule::FleetService::pollFinished);
        auto *pollNow = window.findChild<QAction *>(QStringLiteral("pollNow"));
        QVERIFY(pollNow);
        pollNow->trigger();
        QVERIFY(finished.wait(fleet::test::scaled(20000)));
        QTRY_VERIFY_WITH_TIMEOUT(pollNow->isEnabled(), fleet::test::scaled(5000));
        bool shown = false;
        for (QLabel *l : window.findChildren<QLabel *>())
            shown = shown || l->text().startsWith(QStringLiteral("Last poll: "));
        QVERIFY2(shown, "the status bar shows the schedule");
        QTRY_VERIFY_WITH_TIMEOUT(service.lastPoll() && service.lastPoll()->lastOk, fleet::test::scaled(5000));
    }

    void unreadableDatabaseIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ui::MainWindow window(path);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>() && window.findChild<QLabel *>()->text().contains(
                                                                     QStringLiteral("Cannot read the database")),
                                 fleet::test::scaled(10000));
        QCOMPARE(window.fleetView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
