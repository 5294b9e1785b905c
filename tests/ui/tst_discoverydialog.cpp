// The discovery dialog offscreen against real simulated devices (snmpsimd, one engine per loopback
// address) and one loopback address where nothing listens: the three result tabs, the printers
// stored in the profile's database with their run, Stop in the middle of a sweep, typed targets
// refused with their line number, CSV import and the remembered targets.

#include "CredentialProfileModel.h"
#include "DiscoveryDialog.h"
#include "DiscoveryResultModel.h"
#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::models::DiscoveryResultModel;
using fleet::ui::DiscoveryDialog;

namespace {
template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

snmp::Credential profile(const QString &name, const QString &community)
{
    return test::quickCommunity(name, community, 400);
}

QString cell(const DiscoveryResultModel *model, int row, DiscoveryResultModel::Field field)
{
    return model->data(model->index(row, model->columnOf(field))).toString();
}
} // namespace

class TestDiscoveryDialog : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRoot> m_profile;

    QString port() const { return QString::number(m_sim.port()); }

    std::unique_ptr<DiscoveryDialog> openDialog()
    {
        auto dialog = std::make_unique<DiscoveryDialog>(*m_profile);
        dialog->setSession(new security::Session(
            security::Actor{QStringLiteral("tester"), security::Role::Administrator}, dialog.get()));
        QSignalSpy loaded(dialog.get(), &DiscoveryDialog::profilesLoaded);
        QSignalSpy settings(dialog.get(), &DiscoveryDialog::settingsLoaded);
        dialog->show();
        [&] {
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QVERIFY(loaded.size() == 1 || loaded.wait(test::scaled(5000)));
            QVERIFY(settings.size() == 1 || settings.wait(test::scaled(5000)));
        }();
        return dialog;
    }

    static void clickStart(DiscoveryDialog *dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
    }

    QList<storage::DeviceRecord> storedDevices(QList<storage::DiscoveryRunRecord> *runs = nullptr)
    {
        storage::Database db(QStringLiteral("check"));
        if (auto e = db.open(m_profile->databasePath())) {
            qWarning("%s", qPrintable(e.message));
            return {};
        }
        storage::FleetRepository repo(db);
        if (runs)
            *runs = repo.discoveryRuns().value();
        return repo.devices().value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fix = test::fixtureDir() + u'/';
        QVERIFY2(
            m_sim.startFleet({{QStringLiteral("127.0.71.1"), fix + QStringLiteral("brother-hl-l8260cdw.snmprec")},
                              {QStringLiteral("127.0.71.2"), fix + QStringLiteral("hp-laserjet-mfp-m130nw.snmprec")},
                              {QStringLiteral("127.0.71.3"), fix + QStringLiteral("kyocera-cs-4053ci.snmprec")},
                              {QStringLiteral("127.0.71.4"),
                               test::sourceDir() + QStringLiteral("/tests/fixtures/other/network-switch.snmprec")}}),
            qPrintable(m_sim.error()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<ProfileRoot>(m_dir->path());
        QString why;
        QVERIFY2(m_profile->ensureExists(&why), qPrintable(why));
        // The stored profiles this dialog offers: a wrong one first, so the order of trial shows.
        storage::Database db(QStringLiteral("setup"));
        QVERIFY(!db.open(m_profile->databasePath()));
        storage::SecretStore secrets(m_profile->secretsPath());
        QVERIFY(!secrets.load());
        QVERIFY(!storage::CredentialRepository(db, secrets)
                     .save({profile(QStringLiteral("guess"), QStringLiteral("not-this-one")),
                            profile(QStringLiteral("site"), QStringLiteral("public"))}));
    }

    void parseTargetText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QList<int>>("errorLines");
        QTest::addRow("one per line") << QStringLiteral("10.0.0.1\n10.0.0.2\n")
                                      << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}
                                      << QList<int>{};
        QTest::addRow("commas, ranges, names, ports")
            << QStringLiteral("10.0.0.1-3, printer.example:1161;[fe80::1]:1161")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3"),
                           QStringLiteral("printer.example:1161"), QStringLiteral("[fe80::1]:1161")}
            << QList<int>{};
        QTest::addRow("comments and blank lines") << QStringLiteral("# office\n\n   10.0.0.5   # front desk\n")
                                                  << QStringList{QStringLiteral("10.0.0.5")} << QList<int>{};
        QTest::addRow("exclusions apply above them")
            << QStringLiteral("10.0.0.0/29\n!10.0.0.2, !10.0.0.4-5")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.3"), QStringLiteral("10.0.0.6")}
            << QList<int>{};
        QTest::addRow("spaced exclusion")
            << QStringLiteral("10.0.0.1-3 ! 10.0.0.2")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.3")} << QList<int>{};
        QTest::addRow("duplicates once") << QStringLiteral("10.0.0.1\n10.0.0.1, 10.0.0.0/31")
                                         << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.0")}
                                         << QList<int>{};
        QTest::addRow("errors carry their line")
            << QStringLiteral("10.0.0.1\n10.0.0.300\n!bad..name\n\n10.0.0.9-10.0.0.2\n10.0.0.7 !")
            << QStringList{QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.7")} << QList<int>{2, 3, 5, 6};
        QTest::addRow("too many") << QStringLiteral("10.0.0.1\n10.0.0.0/8") << QStringList{QStringLiteral("10.0.0.1")}
                                  << QList<int>{2};
    }
    void parseTargetText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, targets);
        QFETCH(QList<int>, errorLines);
        const DiscoveryDialog::ParsedText parsed = DiscoveryDialog::parseTargetText(text);
        QStringList got;
        for (const discovery::Target &t : parsed.result.targets)
            got << t.toString();
        QCOMPARE(got, targets);
        QList<int> lines;
        QStringList messages;
        for (const discovery::TargetError &e : parsed.result.errors) {
            lines << e.line;
            messages << e.message;
        }
        QVERIFY2(lines == errorLines, qPrintable(messages.join(u'\n')));
        for (const QString &m : std::as_const(messages))
            QVERIFY(!m.isEmpty());
    }

    void sweepSortsStoresAndRemembers()
    {
        auto dialog = openDialog();
        QCOMPARE(dialog->profileModel()->names(), (QStringList{QStringLiteral("guess"), QStringLiteral("site")}));
        QAbstractItemModelTester found(dialog->foundModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester skipped(dialog->skippedModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester failed(dialog->failedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester profiles(dialog->profileModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString targets =
            QStringLiteral("127.0.71.1-127.0.71.4:%1\n127.0.71.9:%1  # nothing listens here\n").arg(port());
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")->setPlainText(targets);
        QSignalSpy stored(dialog.get(), &DiscoveryDialog::devicesStored);
        QSignalSpy progress(dialog->foundModel(), &QAbstractItemModel::rowsInserted);
        clickStart(dialog.get());
        QVERIFY(dialog->isRunning());
        QVERIFY(child<QPushButton>(dialog.get(), "cancelButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog.get(), "startButton")->isEnabled());
        QVERIFY2(stored.wait(test::scaled(30000)), qPrintable(child<QLabel>(dialog.get(), "summaryLabel")->text()));
        QCOMPARE(stored.first().first().toInt(), 3);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!progress.isEmpty());

        // Three tabs: printers with the profile that answered, the switch, the silent address.
        QCOMPARE(dialog->foundModel()->rowCount(), 3);
        QStringList printerTargets;
        for (int row = 0; row < 3; ++row) {
            printerTargets << cell(dialog->foundModel(), row, DiscoveryResultModel::Field::Target);
            QCOMPARE(cell(dialog->foundModel(), row, DiscoveryResultModel::Field::Profile), QStringLiteral("site"));
            QCOMPARE(cell(dialog->foundModel(), row, DiscoveryResultModel::Field::Stored), QStringLiteral("new"));
        }
        printerTargets.sort();
        QCOMPARE(printerTargets,
                 (QStringList{QStringLiteral("127.0.71.1:") + port(), QStringLiteral("127.0.71.2:") + port(),
                              QStringLiteral("127.0.71.3:") + port()}));
        QCOMPARE(dialog->skippedModel()->rowCount(), 1);
        QCOMPARE(cell(dialog->skippedModel(), 0, DiscoveryResultModel::Field::Name), QStringLiteral("core-switch-2"));
        QCOMPARE(dialog->failedModel()->rowCount(), 1);
        QCOMPARE(cell(dialog->failedModel(), 0, DiscoveryResultModel::Field::Target),
                 QStringLiteral("127.0.71.9:") + port());
        QCOMPARE(cell(dialog->failedModel(), 0, DiscoveryResultModel::Field::ErrorClass), QStringLiteral("noResponse"));
        QVERIFY(!cell(dialog->failedModel(), 0, DiscoveryResultModel::Field::Message).isEmpty());

        auto *tabs = child<QTabWidget>(dialog.get(), "resultTabs");
        QVERIFY(tabs->tabText(0).contains(QStringLiteral("(3)")));
        QVERIFY(tabs->tabText(1).contains(QStringLiteral("(1)")));
        QVERIFY(tabs->tabText(2).contains(QStringLiteral("(1)")));
        const QString summary = child<QLabel>(dialog.get(), "summaryLabel")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("Discovered 3 printer")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("(3 new), 1 other SNMP devices, 1 without answer")),
                 qPrintable(summary));
        auto *bar = child<QProgressBar>(dialog.get(), "progressBar");
        QCOMPARE(bar->value(), 5);
        QCOMPARE(bar->maximum(), 5);

        // In the database: the printers (not the switch, not the silent address) and the run.
        QList<storage::DiscoveryRunRecord> runs;
        const QList<storage::DeviceRecord> devices = storedDevices(&runs);
        QCOMPARE(devices.size(), 3);
        for (const storage::DeviceRecord &d : devices) {
            QCOMPARE(d.discoveryMethod, QStringLiteral("scan"));
            QCOMPARE(d.credentialName, QStringLiteral("site"));
            QVERIFY(d.discoveryRunId.has_value());
        }
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().found, 3);
        QCOMPARE(runs.first().skipped, 1);
        QCOMPARE(runs.first().failed, 1);

        // A second sweep finds the same printers: known, not new.
        stored.clear();
        clickStart(dialog.get());
        QVERIFY(stored.wait(test::scaled(30000)));
        QCOMPARE(cell(dialog->foundModel(), 0, DiscoveryResultModel::Field::Stored), QStringLiteral("known"));
        QCOMPARE(dialog->foundModel()->rowCount(), 3);
        QCOMPARE(storedDevices().size(), 3);
        dialog.reset();

        // The next dialog of this profile offers the same targets again.
        auto next = openDialog();
        QCOMPARE(child<QPlainTextEdit>(next.get(), "targetsEdit")->toPlainText(), targets);
    }

    void invalidTargetsAreRefusedWithTheirLine()
    {
        auto dialog = openDialog();
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")
            ->setPlainText(QStringLiteral("127.0.71.1:%1\n\n10.0.0.300\n!also..bad").arg(port()));
        QSignalSpy finished(dialog.get(), &DiscoveryDialog::discoveryFinished);
        clickStart(dialog.get());
        QVERIFY(!dialog->isRunning());
        QLabel *errors = child<QLabel>(dialog.get(), "targetErrorsLabel");
        QVERIFY(errors->isVisible());
        QVERIFY2(errors->text().startsWith(QStringLiteral("Line 3: ")), qPrintable(errors->text()));
        QVERIFY2(errors->text().contains(QStringLiteral("10.0.0.300")), qPrintable(errors->text()));
        QVERIFY2(errors->text().contains(QStringLiteral("\nLine 4: exclusion")), qPrintable(errors->text()));
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
        QVERIFY(storedDevices().isEmpty());

        // Fixed, it runs; the error goes away.
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")->setPlainText(QStringLiteral("127.0.71.1:%1").arg(port()));
        QSignalSpy stored(dialog.get(), &DiscoveryDialog::devicesStored);
        clickStart(dialog.get());
        QVERIFY(!errors->isVisible());
        QVERIFY(stored.wait(test::scaled(30000)));
        QCOMPARE(stored.first().first().toInt(), 1);
    }

    void noProfileChosenIsRefused()
    {
        auto dialog = openDialog();
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")->setPlainText(QStringLiteral("127.0.71.1:%1").arg(port()));
        dialog->profileModel()->setCheckedNames({});
        QVERIFY(!child<QPushButton>(dialog.get(), "startButton")->isEnabled());
        QVERIFY(!dialog->start());
        QVERIFY(child<QLabel>(dialog.get(), "targetErrorsLabel")->text().contains(QStringLiteral("profile")));
        // Only "site": the wrong guess is not tried (the printer answers at the first attempt).
        dialog->profileModel()->setCheckedNames({QStringLiteral("site")});
        QSignalSpy finished(dialog.get(), &DiscoveryDialog::discoveryFinished);
        QVERIFY(dialog->start());
        QVERIFY(finished.wait(test::scaled(30000)));
        QCOMPARE(dialog->foundModel()->rowCount(), 1);
    }

    void stopInTheMiddle()
    {
        auto dialog = openDialog();
        // 254 silent addresses started 20 per second: far from done when Stop is pressed.
        collect::PollOptions slow;
        slow.startsPerSecond = 20;
        dialog->setPollOptions(slow);
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")
            ->setPlainText(QStringLiteral("127.0.72.0/24:%1").arg(port()));
        QSignalSpy finished(dialog.get(), &DiscoveryDialog::discoveryFinished);
        QSignalSpy stored(dialog.get(), &DiscoveryDialog::devicesStored);
        clickStart(dialog.get());
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->failedModel()->rowCount() > 0, test::scaled(10000));
        QTest::mouseClick(child<QPushButton>(dialog.get(), "cancelButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog->isRunning());
        const auto result = finished.first().first().value<discovery::DiscoveryResult>();
        QVERIFY(result.cancelled);
        QVERIFY(result.failed.size() < 254);
        QVERIFY2(child<QLabel>(dialog.get(), "progressLabel")->text().startsWith(QStringLiteral("Stopped after")),
                 qPrintable(child<QLabel>(dialog.get(), "progressLabel")->text()));
        // The stopped run is recorded too (no printers in it).
        QVERIFY(stored.wait(test::scaled(5000)));
        QList<storage::DiscoveryRunRecord> runs;
        QVERIFY(storedDevices(&runs).isEmpty());
        QCOMPARE(runs.size(), 1);
        QVERIFY2(runs.first().summary.contains(QStringLiteral("stopped early")), qPrintable(runs.first().summary));
        QVERIFY(child<QPushButton>(dialog.get(), "startButton")->isEnabled());
    }

    void csvImport()
    {
        auto dialog = openDialog();
        child<QPlainTextEdit>(dialog.get(), "targetsEdit")->clear();
        const QString csv = m_dir->filePath(QStringLiteral("printers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("address,name,location\n127.0.71.2:%1,Front desk,Hall\n10.0.0.300,Broken,Cellar\n")
                    .arg(port())
                    .toUtf8());
        f.close();
        QSignalSpy imported(dialog.get(), &DiscoveryDialog::csvImported);
        dialog->importCsvFile(csv);
        QVERIFY(imported.wait(test::scaled(5000)));
        QCOMPARE(imported.first().at(0).toInt(), 1);
        QCOMPARE(imported.first().at(1).toInt(), 1);
        const QString errors = child<QLabel>(dialog.get(), "targetErrorsLabel")->text();
        QVERIFY2(errors.startsWith(QStringLiteral("printers.csv:3")), qPrintable(errors));
        QVERIFY(child<QLabel>(dialog.get(), "csvLabel")->text().contains(QStringLiteral("printers.csv")));

        QSignalSpy stored(dialog.get(), &DiscoveryDialog::devicesStored);
        clickStart(dialog.get());
        QVERIFY(stored.wait(test::scaled(30000)));
        const QList<storage::DeviceRecord> devices = storedDevices();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().discoveryMethod, QStringLiteral("csv"));

        // A missing file is reported, not crashed on.
        imported.clear();
        dialog->importCsvFile(m_dir->filePath(QStringLiteral("missing.csv")));
        QVERIFY(imported.wait(test::scaled(5000)));
        QCOMPARE(imported.first().at(0).toInt(), 0);
        QVERIFY(child<QLabel>(dialog.get(), "targetErrorsLabel")->text().startsWith(QStringLiteral("Cannot read")));
    }
};

QTEST_MAIN(TestDiscoveryDialog)
#include "tst_discoverydialog.moc"
