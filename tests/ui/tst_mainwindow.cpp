// The main window offscreen: it lists what the database holds, read off the GUI thread.

#include "../core/tst_storage_data.h"
#include "CredentialProfilesDialog.h"
#include "DevicePanel.h"
#include "DeviceTableModel.h"
#include "DiscoveryDialog.h"
#include "FleetGroupModel.h"
#include "MainWindow.h"
#include "MeterExportDialog.h"
#include "SettingsDialog.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseWorker.h"
#include "storage/SnapshotStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
        DeviceSnapshot s = storage::test::hpPrinter(address, serial, model, QDateTime::currentDateTimeUtc());
        s.identity.sysName = model;
        s.status.overall = OverallStatus::Warning;
        s.status.consoleMessages = {QStringLiteral("Toner low")};
        s.counters.lifetimeImpressions = 4711;
        s.counters.meters = {{QStringLiteral("total"), 4711, QStringLiteral("impressions"),
                              QStringLiteral("1.3.6.1.2.1.43.10.2.1.4.1.1"), QString(), QStringLiteral("printer-mib"),
                              s.polledAt}};
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

    // Three printers in two locations: one in error, one with low toner, one fine.
    static QString storeSmallFleet(const ProfileRoot &profile)
    {
        storage::Database db;
        if (auto e = db.open(profile.databasePath()))
            return e.message;
        storage::SnapshotStore store(db);
        auto a = printer(QStringLiteral("127.0.0.5:161"), QStringLiteral("SN1"), QStringLiteral("LaserJet M130nw"));
        a.identity.sysLocation = QStringLiteral("Hal");
        auto b = printer(QStringLiteral("127.0.0.6:161"), QStringLiteral("SN2"), QStringLiteral("bizhub C250i"));
        b.identity.sysLocation = QStringLiteral("Hal");
        b.status.overall = OverallStatus::Error;
        b.supplies.first().state = SupplyState::Ok;
        b.supplies.first().level = 80;
        b.supplies.first().percent = 80;
        auto c = printer(QStringLiteral("127.0.0.7:161"), QStringLiteral("SN3"), QStringLiteral("Aficio MP 301"));
        c.identity.sysLocation = QStringLiteral("Kantoor, 2e verdieping");
        c.status.overall = OverallStatus::Ok;
        c.supplies.first().state = SupplyState::Ok;
        c.supplies.first().level = 90;
        c.supplies.first().percent = 90;
        const auto r = store.storeBatch({a, b, c});
        return r.ok() ? QString() : r.error().message;
    }

    // A profile in a temporary directory, holding the small fleet.
    struct SmallFleetProfile
    {
        QTemporaryDir dir;
        const ProfileRoot profile{dir.path()};
        const QString error = storeSmallFleet(profile); // empty: stored
    };

private Q_SLOTS:
    void quickFiltersGroupingAndRememberedLayout()
    {
        const SmallFleetProfile stored;
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        {
            ui::MainWindow window(stored.profile);
            window.session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
            window.show();
            QTableView *view = window.fleetView();
            QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 3, fleet::test::scaled(10000));

            auto *errors = window.findChild<QAction *>(QStringLiteral("quickErrors"));
            auto *low = window.findChild<QAction *>(QStringLiteral("quickLowSupplies"));
            QVERIFY(errors && low);
            errors->trigger();
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(view->model()->index(0, models::DeviceTableModel::Serial).data().toString(),
                     QStringLiteral("SN2"));
            low->trigger(); // errors OR low supplies
            QCOMPARE(view->model()->rowCount(), 2);
            errors->trigger();
            low->trigger();
            QCOMPARE(view->model()->rowCount(), 3);

            auto *grouping = window.findChild<QComboBox *>(QStringLiteral("grouping"));
            QVERIFY(grouping);
            grouping->setCurrentIndex(grouping->findData(models::FleetGroupModel::ByLocation));
            QCOMPARE(view->model()->rowCount(), 5); // two headers, three devices
            QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Hal — 2 device(s)"));
            QCOMPARE(view->columnSpan(0, 0), models::DeviceTableModel::ColumnCount);

            // Hide the serial column from the header's menu.
            QAction *serial = nullptr;
            for (QAction *a : view->horizontalHeader()->actions())
                if (a->objectName() == QStringLiteral("column%1").arg(models::DeviceTableModel::Serial))
                    serial = a;
            QVERIFY(serial);
            serial->trigger();
            QVERIFY(view->isColumnHidden(models::DeviceTableModel::Serial));

            // The export is what the table shows: grouped rows without headers, without the hidden column.
            QSignalSpy exported(&window, &ui::MainWindow::exportFinished);
            const QString csvPath = stored.dir.filePath(QStringLiteral("fleet.csv"));
            window.exportFleet(csvPath);
            QVERIFY(exported.wait(fleet::test::scaled(5000)));
            QCOMPARE(exported.first().at(1).toString(), QString());
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QStringList lines =
                QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 4);
            QVERIFY2(lines.first().startsWith(QStringLiteral("Status,Name,Model,Location,Address,Total pages")),
                     qPrintable(lines.first()));
            QVERIFY(!lines.first().contains(QStringLiteral("Serial")));
            QVERIFY2(lines.last().contains(QStringLiteral("\"Kantoor, 2e verdieping\"")), qPrintable(lines.last()));
            QVERIFY(lines.filter(QStringLiteral("black: low (8 %)")).size() == 1);
        }
        // A new window (the next start) shows the same layout.
        ui::MainWindow again(stored.profile);
        again.show();
        QTRY_COMPARE_WITH_TIMEOUT(again.fleetView()->model()->rowCount(), 5, fleet::test::scaled(10000));
        QVERIFY(again.fleetView()->isColumnHidden(models::DeviceTableModel::Serial));
    }

    void menusOpenDialogsAndSelectionShowsDevice()
    {
        const SmallFleetProfile stored;
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        ui::MainWindow window(stored.profile);
        window.session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.fleetView()->model()->rowCount(), 3, fleet::test::scaled(10000));

        window.findChild<QAction *>(QStringLiteral("discover"))->trigger();
        auto *discovery = window.findChild<ui::DiscoveryDialog *>();
        QVERIFY(discovery && discovery->isVisible());
        discovery->close();
        window.findChild<QAction *>(QStringLiteral("credentialProfiles"))->trigger();
        auto *profiles = window.findChild<ui::CredentialProfilesDialog *>();
        QVERIFY(profiles && profiles->isVisible());
        profiles->close();

        // Selecting a row shows that device in the panel below the table.
        QSignalSpy loaded(window.devicePanel(), &ui::DevicePanel::loaded);
        window.fleetView()->setFocus();
        QTest::keyClick(window.fleetView(), Qt::Key_Down);
        QVERIFY(window.currentDeviceId() > 0);
        QVERIFY(loaded.wait(fleet::test::scaled(5000)));
        QCOMPARE(loaded.last().first().toLongLong(), window.currentDeviceId());
    }

    void meterExportDialogWritesThePeriod()
    {
        const SmallFleetProfile stored;
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        storage::DatabaseWorker worker(stored.profile.databasePath(), QStringLiteral("test"));
        ui::MeterExportDialog dialog(&worker);
        dialog.setSession(new security::Session({QStringLiteral("tester"), security::Role::Administrator}, &dialog));
        dialog.show();
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // The last day before the first is refused.
        dialog.setPeriod(QDate::currentDate(), QDate::currentDate().addDays(-1));
        dialog.setFileName(stored.dir.filePath(QStringLiteral("reads.csv")));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("before")));
        dialog.setPeriod(QDate::currentDate().addDays(-1), QDate::currentDate());
        QVERIFY(save->isEnabled());
        QSignalSpy exported(&dialog, &ui::MeterExportDialog::exported);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(exported.wait(fleet::test::scaled(5000)));
        QCOMPARE(exported.first().at(1).toInt(), 3); // one total-pages meter per printer
        QFile csv(stored.dir.filePath(QStringLiteral("reads.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("device_id,serial,model")), qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("SN3")));

        // An unwritable target is reported, not swallowed.
        ui::MeterExportDialog second(&worker);
        second.setSession(new security::Session({QStringLiteral("tester"), security::Role::Administrator}, &second));
        second.show();
        second.setFileName(stored.dir.filePath(QStringLiteral("no/such/dir/reads.csv")));
        QSignalSpy failed(&second, &ui::MeterExportDialog::failed);
        QTest::mouseClick(second.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(failed.wait(fleet::test::scaled(5000)));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Cannot write")),
                 qPrintable(failed.first().first().toString()));
    }

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
        const ProfileRoot profile(dir.path());
        const QString path = profile.databasePath();
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
        ui::MainWindow window(profile);
        window.session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *view = window.fleetView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, fleet::test::scaled(10000));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("fleetFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("M252"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, models::DeviceTableModel::Serial).data().toString(), QStringLiteral("SN2"));
        QCOMPARE(view->model()->index(0, models::DeviceTableModel::Status).data().toString(),
                 QStringLiteral("Warning"));
        // The state is an icon too (shape and colour), not only text.
        const QIcon icon =
            view->model()->index(0, models::DeviceTableModel::Status).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(16, 16).isNull());
    }

    void pollNowRunsTheScheduledPoll()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QString why;
        QVERIFY(profile.ensureExists(&why));
        schedule::TestClock clock;
        schedule::FleetService service(profile, &clock);
        ui::MainWindow window(profile);
        window.session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
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

        // Pause from the Fleet menu reaches the service (and is what the status bar says).
        auto *pause = window.findChild<QAction *>(QStringLiteral("pausePolling"));
        QVERIFY(pause && !pause->isChecked());
        pause->trigger();
        QVERIFY(service.isPaused());
        QVERIFY(
            window.findChild<QLabel *>(QStringLiteral("scheduleStatus"))->text().contains(QStringLiteral("paused")));
        service.setPaused(false);
        QVERIFY(!pause->isChecked());

        window.findChild<QAction *>(QStringLiteral("settings"))->trigger();
        auto *settings = window.findChild<ui::SettingsDialog *>();
        QVERIFY(settings && settings->isVisible());
        settings->reject();
    }

    void unreadableDatabaseIsReported()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        const QString path = profile.databasePath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        ui::MainWindow window(profile);
        window.session()->signIn({QStringLiteral("tester"), security::Role::Administrator});
        window.show();
        auto *counts = window.findChild<QLabel *>(QStringLiteral("fleetCounts"));
        QVERIFY(counts);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("Cannot read the database")),
                                 fleet::test::scaled(10000));
        QCOMPARE(window.fleetView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
