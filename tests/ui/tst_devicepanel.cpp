// The device panel offscreen, on a real database: two recorded printers (Kyocera CS 4053ci, HP
// LaserJet M130nw) are polled once from snmpsimd, then stored at several synthetic poll times with
// counters and levels moved between polls (a counter swap, a toner replacement, a failed poll, an
// IP change), and every tab is checked against what was stored.

#include "DeviceEventModel.h"
#include "DevicePanel.h"
#include "MeterTableModel.h"
#include "PollLogModel.h"
#include "SnmpSim.h"
#include "SupplyForecastModel.h"
#include "TestEnv.h"
#include "collect/Poller.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fleet;
using fleet::ui::DevicePanel;

namespace {

const QString kKyocera = QStringLiteral("kyocera-cs-4053ci");
const QString kHp = QStringLiteral("hp-laserjet-mfp-m130nw");
const QString kKyoceraTotalOid = QStringLiteral("1.3.6.1.4.1.1347.43.10.1.1.12.1.1");

// Local midnight `daysAgo` days before today: one interval between two polls is one local day, so
// the expected days do not depend on the machine's time zone.
QDateTime midnight(int daysAgo)
{
    return QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(0, 0)).toUTC();
}

int totalPoints(QChartView *view)
{
    int n = 0;
    for (QAbstractSeries *s : view->chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            n += int(line->count());
    return n;
}

QLineSeries *seriesNamed(QChartView *view, const QString &prefix)
{
    for (QAbstractSeries *s : view->chart()->series())
        if (s->name().startsWith(prefix))
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

int rowWith(const QAbstractItemModel *model, int column, int role, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, column).data(role).toString().startsWith(text))
            return r;
    return -1;
}

} // namespace

class TestDevicePanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    test::SnmpSim m_sim;
    qint64 m_kyoceraId = 0;
    qint64 m_hpId = 0;
    DeviceSnapshot m_kyocera;

    QList<DeviceSnapshot> poll(const QStringList &recordings, collect::PollDepth depth = collect::PollDepth::Inventory)
    {
        QList<collect::PollTarget> targets;
        for (const QString &name : recordings) {
            snmp::Credential c;
            c.community = name;
            c.timeoutMs = test::scaled(3000);
            c.retries = 1;
            collect::PollTarget t = collect::Poller::targetFromString(m_sim.endpoint(), {c});
            t.target = name;
            targets << t;
        }
        collect::Poller poller;
        QList<DeviceSnapshot> out;
        connect(&poller, &collect::Poller::deviceFinished, this, [&](const DeviceSnapshot &s) { out << s; });
        QSignalSpy done(&poller, &collect::Poller::finished);
        collect::PollOptions options;
        options.depth = depth;
        poller.start(targets, options);
        if (!done.wait(test::scaled(120000)))
            qWarning("the poll did not finish");
        std::sort(out.begin(), out.end(), [&](const DeviceSnapshot &a, const DeviceSnapshot &b) {
            return recordings.indexOf(a.target) < recordings.indexOf(b.target);
        });
        return out;
    }

    // The recorded snapshot as if polled at `at`, with the vendor total and the toners moved.
    static DeviceSnapshot kyoceraAt(DeviceSnapshot s, const QDateTime &at, quint64 total, qint64 black, qint64 cyan,
                                    const QString &address)
    {
        s.polledAt = at;
        s.address = address;
        for (Meter &m : s.counters.meters) {
            m.readAt = at;
            if (m.oid == kKyoceraTotalOid) {
                m.value = total;
                m.rawValue = QString::number(total);
            }
        }
        // The marker life count keeps growing by 100 a day: it disagrees with the swapped vendor total.
        for (Marker &m : s.counters.markers)
            m.lifeCount = *m.lifeCount + (at.toSecsSinceEpoch() - midnight(9).toSecsSinceEpoch()) / 864;
        for (Supply &supply : s.supplies) {
            if (supply.colorant == u"black")
                supply.level = black;
            else if (supply.colorant == u"cyan")
                supply.level = cyan;
            else
                continue;
            supply.percent = 100.0 * double(*supply.level) / double(*supply.maxCapacity);
        }
        return s;
    }

    bool store(const DeviceSnapshot &s, qint64 *deviceId = nullptr)
    {
        storage::Database db;
        if (auto error = db.open(m_path)) {
            qWarning("%s", qPrintable(error.message));
            return false;
        }
        const auto r = storage::SnapshotStore(db).storeBatch({s});
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return false;
        }
        if (deviceId && !r->outcomes.isEmpty())
            *deviceId = r->outcomes.first().deviceId;
        return true;
    }

    template <typename T> T *child(const DevicePanel &panel, const QString &name) { return panel.findChild<T *>(name); }

    bool load(DevicePanel &panel, qint64 id)
    {
        QSignalSpy loaded(&panel, &DevicePanel::loaded);
        panel.showDevice(id);
        return loaded.wait(test::scaled(10000)) && loaded.last().at(0).toLongLong() == id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
        const QList<DeviceSnapshot> polled = poll({kKyocera, kHp});
        QCOMPARE(polled.size(), 2);
        for (const DeviceSnapshot &s : polled)
            QVERIFY2(s.reachable && !s.error, qPrintable(s.target + u' ' + s.error.message));
        m_kyocera = polled.at(0);
        QCOMPARE(m_kyocera.identity.serialNumber, QStringLiteral("RH28Y00024"));
        QVERIFY(std::any_of(m_kyocera.counters.meters.cbegin(), m_kyocera.counters.meters.cend(),
                            [](const Meter &m) { return m.oid == kKyoceraTotalOid; }));
        m_path = m_dir.filePath(QStringLiteral("fleet.db"));

        // Kyocera, daily at local midnight 9..2 days ago: the vendor total is swapped on the 5th poll
        // (goes down, then counts on from there), the cyan toner is replaced on the 5th poll, black
        // falls 2 % (500 of 25000) a day.
        const QList<quint64> totals{76064, 76164, 76314, 76464, 76664, 1000, 1080, 1200};
        const QList<qint64> cyan{7500, 7200, 6900, 6600, 15000, 14700, 14400, 14100};
        const QString address = m_sim.endpoint();
        for (int i = 0; i < totals.size(); ++i)
            QVERIFY(store(kyoceraAt(m_kyocera, midnight(9 - i), totals.at(i), 18000 - 500 * i, cyan.at(i), address),
                          &m_kyoceraId));
        // A poll that got no answer, then the device answers on another address.
        DeviceSnapshot silent;
        silent.target = address;
        silent.address = address;
        silent.polledAt = midnight(1).addSecs(3600);
        silent.durationMs = 3000;
        silent.requests = 2;
        silent.error = {snmp::ErrorClass::NoResponse, QStringLiteral("No response from %1").arg(address)};
        QVERIFY(store(silent));
        const QString moved = QStringLiteral("127.0.0.2:%1").arg(m_sim.port());
        // Black still falls 500 a day: 8 days and 2 hours after the first poll it is at 13958.
        QVERIFY(store(kyoceraAt(m_kyocera, midnight(1).addSecs(2 * 3600), 1250, 13958, 13900, moved)));

        // The HP: an inventory poll, then a routine (status) poll, as the schedule does.
        const QList<DeviceSnapshot> routine = poll({kHp}, collect::PollDepth::Status);
        QCOMPARE(routine.size(), 1);
        QList<DeviceSnapshot> hp{polled.at(1), routine.first()};
        for (int i = 0; i < hp.size(); ++i) {
            hp[i].polledAt = midnight(2 - i);
            for (Meter &m : hp[i].counters.meters)
                m.readAt = hp[i].polledAt;
            QVERIFY(store(hp.at(i), &m_hpId));
        }
        QVERIFY(m_kyoceraId > 0 && m_hpId > 0 && m_kyoceraId != m_hpId);
    }

    void noDeviceSelected()
    {
        DevicePanel panel(m_path);
        panel.show();
        QVERIFY(panel.message().startsWith(QStringLiteral("No device selected")));
        QVERIFY(!panel.tabs()->isVisible());
        QCOMPARE(panel.tabs()->count(), 6);
    }

    void showsEveryTab()
    {
        DevicePanel panel(m_path);
        panel.resize(1200, 800);
        // "Days left" counted from the last reading, so the text does not depend on when the test runs.
        panel.setClock([] { return midnight(1).addSecs(2 * 3600); });
        panel.show();
        QVERIFY(load(panel, m_kyoceraId));
        QVERIFY(panel.message().isEmpty());
        QVERIFY(panel.tabs()->isVisible());
        QVERIFY(child<QLabel>(panel, QStringLiteral("deviceTitle"))->text().contains(QStringLiteral("127.0.0.2")));

        // Overview: the two recorded alerts, one gauge per supply, the waste box named honestly.
        auto *alerts = child<QTableView>(panel, QStringLiteral("alertsView"));
        QCOMPARE(alerts->model()->rowCount(), 2);
        auto *gauges = child<QTableView>(panel, QStringLiteral("supplyGaugesView"));
        QCOMPARE(gauges->model()->rowCount(), 5);
        QVERIFY(rowWith(gauges->model(), 2, Qt::DisplayRole, QStringLiteral("some remaining")) >= 0);
        QVERIFY(!child<QLabel>(panel, QStringLiteral("statusValue"))->text().isEmpty());

        // Identity and network.
        QCOMPARE(child<QLabel>(panel, QStringLiteral("serialValue"))->text(), QStringLiteral("RH28Y00024"));
        QVERIFY2(child<QLabel>(panel, QStringLiteral("ipChangedValue"))->text().startsWith(QStringLiteral("Yes")),
                 qPrintable(child<QLabel>(panel, QStringLiteral("ipChangedValue"))->text()));
        QCOMPARE(child<QLabel>(panel, QStringLiteral("lastKnownAddressValue"))->text(), m_sim.endpoint());

        // Counters: the vendor total with its provenance.
        const QAbstractItemModel *meters = child<QTableView>(panel, QStringLiteral("metersView"))->model();
        const int total = rowWith(meters, models::MeterTableModel::Meter, models::MeterTableModel::RawNameRole,
                                  QStringLiteral("total"));
        QVERIFY(total >= 0);
        QCOMPARE(meters->index(total, models::MeterTableModel::Source).data().toString(),
                 QStringLiteral("Vendor profile Kyocera (kyocera)"));
        QCOMPARE(meters->index(total, models::MeterTableModel::Oid).data().toString(), kKyoceraTotalOid);
        QCOMPARE(meters->index(total, models::MeterTableModel::Unit).data().toString(), QStringLiteral("impressions"));
        QCOMPARE(meters->index(total, models::MeterTableModel::Value).data().toString(), QLocale().toString(1250));
        QVERIFY(rowWith(meters, models::MeterTableModel::Source, Qt::DisplayRole, QStringLiteral("Printer MIB")) >= 0);

        // Pages per day: days 9..6 ago count; the swap (5 ago) is a gap and the day after restarts the
        // count; 3, 2 and 1 days ago count again: two runs, seven days. Yesterday was read only up to
        // 02:00, so it is marked as a partly covered day.
        auto *pages = child<QChartView>(panel, QStringLiteral("pagesChart"));
        QList<QLineSeries *> runs;
        QScatterSeries *partial = nullptr;
        for (QAbstractSeries *s : pages->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(s))
                runs << line;
            else
                partial = qobject_cast<QScatterSeries *>(s);
        }
        QCOMPARE(runs.size(), 2);
        QCOMPARE(totalPoints(pages), 7);
        QCOMPARE(runs.last()->at(runs.last()->count() - 1).y(), 4.0); // 50 pages over 26 hours: 2 hours on the last day
        QVERIFY(partial);
        QCOMPARE(partial->count(), 1);
        QCOMPARE(partial->at(0), runs.last()->at(runs.last()->count() - 1));
        QVERIFY(!pages->accessibleName().isEmpty());
        QVERIFY(pages->accessibleDescription().contains(QStringLiteral("went down 1 time")));
        const QAbstractItemModel *events = child<QTableView>(panel, QStringLiteral("flaggedEventsView"))->model();
        for (const QString &kind :
             {QStringLiteral("counterWentDown"), QStringLiteral("meterDisagreement"), QStringLiteral("ipChanged")})
            QVERIFY2(rowWith(events, models::DeviceEventModel::Kind, models::DeviceEventModel::RawKindRole, kind) >= 0,
                     qPrintable(kind));

        // Supplies: a line per toner with a level, the waste box as a note, an estimate per toner.
        auto *supplies = child<QChartView>(panel, QStringLiteral("supplyChart"));
        QCOMPARE(supplies->chart()->series().size(), 4);
        QLineSeries *black = seriesNamed(supplies, QStringLiteral("TK-8527K"));
        QVERIFY(black);
        QCOMPARE(black->count(), 9);
        QCOMPARE(black->at(0).y(), 72.0);
        QVERIFY(
            child<QLabel>(panel, QStringLiteral("supplyNotes"))->text().contains(QStringLiteral("Waste Toner Box")));
        const QAbstractItemModel *forecast = child<QTableView>(panel, QStringLiteral("forecastView"))->model();
        using F = models::SupplyForecastModel;
        const int blackRow = rowWith(forecast, F::Supply, Qt::DisplayRole, QStringLiteral("TK-8527K"));
        QVERIFY(blackRow >= 0);
        // 55.8 % left at 2 % a day.
        QVERIFY2(forecast->index(blackRow, F::DaysToEmpty)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("Empty in about 28 day(s), around ")),
                 qPrintable(forecast->index(blackRow, F::DaysToEmpty).data().toString()));
        QVERIFY(
            forecast->index(blackRow, F::Basis).data().toString().startsWith(QStringLiteral("9 reading(s) since ")));
        const int cyanRow = rowWith(forecast, F::Supply, Qt::DisplayRole, QStringLiteral("TK-8527C"));
        QVERIFY(forecast->index(cyanRow, F::Basis).data().toString().contains(QStringLiteral("refilled or replaced")));
        const int wasteRow = rowWith(forecast, F::Supply, Qt::DisplayRole, QStringLiteral("Waste Toner Box"));
        QCOMPARE(forecast->index(wasteRow, F::DaysToEmpty).data().toString(), QStringLiteral("Not enough data"));

        // Properties: the inventory tree from the latest snapshot.
        const QAbstractItemModel *properties = child<QTreeView>(panel, QStringLiteral("propertiesView"))->model();
        const int trays = rowWith(properties, 0, Qt::DisplayRole, QStringLiteral("Input trays"));
        QVERIFY(trays >= 0);
        QVERIFY(properties->rowCount(properties->index(trays, 0)) > 0);
        QVERIFY(!child<QLabel>(panel, QStringLiteral("propertiesSource"))
                     ->text()
                     .contains(QStringLiteral("routine polls read status")));

        // Poll log: ten polls, newest first; the silent one with its class.
        const QAbstractItemModel *log = child<QTableView>(panel, QStringLiteral("pollLogView"))->model();
        QCOMPARE(log->rowCount(), 10);
        QCOMPARE(log->index(0, models::PollLogModel::Result).data().toString(), QStringLiteral("OK"));
        QCOMPARE(log->index(1, models::PollLogModel::Result).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(log->index(1, models::PollLogModel::ErrorClass).data(models::PollLogModel::RawErrorClassRole),
                 QVariant(QStringLiteral("noResponse")));
        QVERIFY(log->index(1, models::PollLogModel::ErrorClass)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("No response")));
        QVERIFY(log->index(1, models::PollLogModel::Message).data().toString().contains(m_sim.endpoint()));
    }

    void refreshKeepsTheTab()
    {
        DevicePanel panel(m_path);
        panel.show();
        QVERIFY(load(panel, m_kyoceraId));
        panel.tabs()->setCurrentIndex(DevicePanel::Supplies);
        const QString moved = QStringLiteral("127.0.0.2:%1").arg(m_sim.port());
        QVERIFY(store(kyoceraAt(m_kyocera, midnight(1).addSecs(5 * 3600), 1300, 13900, 13800, moved)));
        QSignalSpy loaded(&panel, &DevicePanel::loaded);
        panel.refresh();
        QVERIFY(loaded.wait(test::scaled(10000)));
        QCOMPARE(panel.tabs()->currentIndex(), int(DevicePanel::Supplies));
        QCOMPARE(child<QTableView>(panel, QStringLiteral("pollLogView"))->model()->rowCount(), 11);
        QCOMPARE(
            seriesNamed(child<QChartView>(panel, QStringLiteral("supplyChart")), QStringLiteral("TK-8527K"))->count(),
            10);
    }

    void switchesDevice()
    {
        DevicePanel panel(m_path);
        panel.show();
        QSignalSpy loaded(&panel, &DevicePanel::loaded);
        // Asked for one device and then another before the first answer: only the second is shown.
        panel.showDevice(m_kyoceraId);
        panel.showDevice(m_hpId);
        QVERIFY(loaded.wait(test::scaled(10000)));
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toLongLong(), m_hpId);
        QCOMPARE(child<QLabel>(panel, QStringLiteral("serialValue"))->text(), QStringLiteral("VNCRC48198"));
        QCOMPARE(child<QTableView>(panel, QStringLiteral("pollLogView"))->model()->rowCount(), 2);
        QCOMPARE(child<QTableView>(panel, QStringLiteral("alertsView"))->model()->rowCount(), 0);
        // Its last poll was a routine one: the properties tab says why there are no trays.
        QVERIFY(child<QLabel>(panel, QStringLiteral("propertiesSource"))
                    ->text()
                    .contains(QStringLiteral("routine polls read status")));
        QVERIFY(child<QLabel>(panel, QStringLiteral("noAlertsLabel"))->isVisible() ||
                panel.tabs()->currentIndex() != DevicePanel::Overview);

        QVERIFY(load(panel, m_kyoceraId));
        QCOMPARE(child<QLabel>(panel, QStringLiteral("serialValue"))->text(), QStringLiteral("RH28Y00024"));
        panel.clearDevice();
        QVERIFY(panel.message().startsWith(QStringLiteral("No device selected")));
        QCOMPARE(panel.deviceId(), 0);
    }

    void unknownDevice()
    {
        DevicePanel panel(m_path);
        panel.show();
        QSignalSpy failed(&panel, &DevicePanel::loadFailed);
        panel.showDevice(987654);
        QVERIFY(failed.wait(test::scaled(10000)));
        QVERIFY2(panel.message().contains(QStringLiteral("not in the database")), qPrintable(panel.message()));
        QVERIFY(!panel.tabs()->isVisible());
    }

    void unreadableDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        DevicePanel panel(path);
        panel.show();
        QSignalSpy failed(&panel, &DevicePanel::loadFailed);
        panel.showDevice(1);
        QVERIFY(failed.wait(test::scaled(10000)));
        QVERIFY2(panel.message().startsWith(QStringLiteral("Cannot read the database: ")), qPrintable(panel.message()));
        QVERIFY(panel.message().size() > QStringLiteral("Cannot read the database: ").size());
    }

    void chartsFollowThePalette()
    {
        DevicePanel panel(m_path);
        panel.show();
        QVERIFY(load(panel, m_kyoceraId));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        dark.setColor(QPalette::Highlight, QColor(0x40, 0xa0, 0xff));
        panel.setPalette(dark);
        for (const QString &name : {QStringLiteral("pagesChart"), QStringLiteral("supplyChart")}) {
            QChart *chart = child<QChartView>(panel, name)->chart();
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), QColor(0xf0, 0xf0, 0xf0));
        }
        // Black toner is drawn in the text colour, so it shows on the dark background.
        QLineSeries *black =
            seriesNamed(child<QChartView>(panel, QStringLiteral("supplyChart")), QStringLiteral("TK-8527K"));
        QCOMPARE(black->color(), QColor(0xf0, 0xf0, 0xf0));
    }
};

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"
