// `fleetkeeper-cli alerts` and `alerts ack` run in-process through fleet::cli::run(), the function
// the binary's main() calls, with stdout and stderr captured at the file-descriptor level. The
// profile is filled the way a user fills it: `poll` against real recordings served by snmpsimd.

#include "CliRunner.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "cli/CliApp.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"
#include "tst_storage_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::CliResult;
using fleet::test::CliRunner;

namespace {

QList<qint64> ids(const QJsonArray &alerts)
{
    QList<qint64> list;
    for (const QJsonValue a : alerts)
        list << qint64(a[u"id"].toDouble());
    return list;
}

} // namespace

class TestAlertsCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_profile;
    fleet::test::SnmpSim m_sim;
    QString m_kyocera;
    QString m_epson;

    CliResult cli(const QStringList &args) { return CliRunner(m_profile.path()).runInProcess(args); }

    QJsonArray listed(const QStringList &args)
    {
        const CliResult r = cli(QStringList{QStringLiteral("alerts"), QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.json().value(u"alerts").toArray();
    }

    qint64 dbCount(const QString &where)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(m_profile.filePath(QStringLiteral("fleetkeeper.db"))))
            return -1;
        return db.scalar(QStringLiteral("SELECT count(*) FROM alerts WHERE ") + where)->toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        // As fleetkeeper-cli's main() does: diagnostics off, so stdout holds only the results (in
        // this process Qt Test would print them to stdout).
        QLoggingCategory::setFilterRules(QStringLiteral("fleet.*.info=false\nfleet.*.debug=false"));
        const QString dir = fleet::test::fixtureDir();
        QVERIFY2(m_sim.startFleet({{QStringLiteral("127.0.63.1"), dir + QStringLiteral("/kyocera-cs-4053ci.snmprec")},
                                   {QStringLiteral("127.0.63.2"), dir + QStringLiteral("/epson-cw-c6500au.snmprec")}}),
                 qPrintable(m_sim.error()));
        m_kyocera = QStringLiteral("127.0.63.1:%1").arg(m_sim.port());
        m_epson = QStringLiteral("127.0.63.2:%1").arg(m_sim.port());
        const CliResult poll = cli({QStringLiteral("poll"), m_kyocera, m_epson, QStringLiteral("--timeout"),
                                    QString::number(fleet::test::scaled(2000))});
        QVERIFY2(poll.exitCode == 0, qPrintable(poll.describe()));
        // The database file is where the CLI keeps it.
        QVERIFY(QFile::exists(m_profile.filePath(QStringLiteral("fleetkeeper.db"))));
    }

    void listsOpenAlertsAsJson()
    {
        const CliResult r = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray alerts = r.json().value(u"alerts").toArray();
        QCOMPARE(alerts.size(), 6); // 2 Kyocera + 4 Epson
        QStringList codes;
        for (const QJsonValue a : alerts) {
            QVERIFY(a[u"open"].toBool());
            QVERIFY(a[u"acknowledged"].isNull());
            QVERIFY(a[u"clearedAt"].isNull());
            QVERIFY(!a[u"firstSeen"].toString().isEmpty());
            const QString address = a[u"device"][u"address"].toString();
            QVERIFY2(address == m_kyocera || address == m_epson, qPrintable(address));
            codes << a[u"code"][u"name"].toString();
        }
        codes.sort();
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("markerFuserUnderTemperature"), QStringLiteral("markerInkAlmostEmpty"),
                              QStringLiteral("markerInkAlmostEmpty"), QStringLiteral("markerInkAlmostEmpty"),
                              QStringLiteral("other"), QStringLiteral("powerUp")}));
        // Most severe first: the Epson's "Idle" (other) is last.
        QCOMPARE(alerts.last()[u"severity"][u"class"].toString(), QStringLiteral("other"));
        QCOMPARE(alerts.last()[u"description"].toString(), QStringLiteral("Idle"));
        const QJsonObject counts = r.json().value(u"openCounts").toObject();
        QCOMPARE(counts[u"warning"][u"open"].toInt(), 5);
        QCOMPARE(counts[u"other"][u"open"].toInt(), 1);
        QCOMPARE(counts[u"critical"][u"open"].toInt(), 0);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("expected");
        QTest::addRow("warning") << QStringList{QStringLiteral("--severity"), QStringLiteral("warning")} << 5;
        QTest::addRow("other") << QStringList{QStringLiteral("--severity"), QStringLiteral("other")} << 1;
        QTest::addRow("critical") << QStringList{QStringLiteral("--severity"), QStringLiteral("critical")} << 0;
        QTest::addRow("critical,other") << QStringList{QStringLiteral("--severity"), QStringLiteral("critical,other")}
                                        << 1;
        QTest::addRow("repeated") << QStringList{QStringLiteral("--severity"), QStringLiteral("other"),
                                                 QStringLiteral("--severity"), QStringLiteral("warning")}
                                  << 6;
        QTest::addRow("device by address")
            << QStringList{QStringLiteral("--device"), QStringLiteral("127.0.63.2")} << 4;
    }
    void filters()
    {
        QFETCH(QStringList, args);
        QFETCH(int, expected);
        QCOMPARE(listed(args).size(), expected);
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString a = QStringLiteral("alerts"), ack = QStringLiteral("ack");
        QTest::addRow("all and cleared") << QStringList{a, QStringLiteral("--all"), QStringLiteral("--cleared")}
                                         << QStringLiteral("--all");
        QTest::addRow("bad severity") << QStringList{a, QStringLiteral("--severity"), QStringLiteral("severe")}
                                      << QStringLiteral("severe");
        QTest::addRow("unknown device") << QStringList{a, QStringLiteral("--device"), QStringLiteral("10.1.2.3")}
                                        << QStringLiteral("10.1.2.3");
        QTest::addRow("stray argument") << QStringList{a, QStringLiteral("12")} << QStringLiteral("12");
        QTest::addRow("note without ack")
            << QStringList{a, QStringLiteral("--note"), QStringLiteral("x")} << QStringLiteral("--note");
        QTest::addRow("ack without ids") << QStringList{a, ack, QStringLiteral("--note"), QStringLiteral("x")}
                                         << QStringLiteral("id");
        QTest::addRow("ack without note") << QStringList{a, ack, QStringLiteral("1")} << QStringLiteral("--note");
        QTest::addRow("ack bad id") << QStringList{a, ack, QStringLiteral("first"), QStringLiteral("--note"),
                                                   QStringLiteral("x")}
                                    << QStringLiteral("first");
        QTest::addRow("ack unknown id") << QStringList{a,
                                                       ack,
                                                       QStringLiteral("1"),
                                                       QStringLiteral("987654"),
                                                       QStringLiteral("--note"),
                                                       QStringLiteral("x")}
                                        << QStringLiteral("987654");
        QTest::addRow("ack empty by") << QStringList{a,
                                                     ack,
                                                     QStringLiteral("1"),
                                                     QStringLiteral("--note"),
                                                     QStringLiteral("x"),
                                                     QStringLiteral("--by"),
                                                     QString()}
                                      << QStringLiteral("who");
        QTest::addRow("ack with list option") << QStringList{a,
                                                             ack,
                                                             QStringLiteral("1"),
                                                             QStringLiteral("--note"),
                                                             QStringLiteral("x"),
                                                             QStringLiteral("--all")}
                                              << QStringLiteral("--all");
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        // Nothing was acknowledged by a refused command (id 1 exists).
        QCOMPARE(dbCount(QStringLiteral("acknowledged_at IS NOT NULL")), 0);
    }

    void acknowledgeThenListUnacknowledged()
    {
        const QList<qint64> inks =
            ids(listed({QStringLiteral("--device"), m_epson, QStringLiteral("--severity"), QStringLiteral("warning")}));
        QCOMPARE(inks.size(), 3);
        const CliResult r =
            cli({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(inks.at(0)),
                 QString::number(inks.at(1)), QStringLiteral("--note"), QStringLiteral("Ink ordered, ticket 4711"),
                 QStringLiteral("--by"), QStringLiteral("alice")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Alert %1 acknowledged by alice").arg(inks.at(0))),
                 qPrintable(r.describe()));
        QCOMPARE(dbCount(QStringLiteral("acknowledged_by = 'alice' AND acknowledge_note = 'Ink ordered, ticket 4711' "
                                        "AND acknowledged_at IS NOT NULL")),
                 2);

        const QJsonArray open = listed({QStringLiteral("--unacknowledged")});
        QCOMPARE(open.size(), 4);
        QVERIFY(!ids(open).contains(inks.at(0)) && !ids(open).contains(inks.at(1)));
        for (const QJsonValue a : listed({})) {
            if (qint64(a[u"id"].toDouble()) != inks.at(0))
                continue;
            QCOMPARE(a[u"acknowledged"][u"by"].toString(), QStringLiteral("alice"));
            QCOMPARE(a[u"acknowledged"][u"note"].toString(), QStringLiteral("Ink ordered, ticket 4711"));
            QVERIFY(QDateTime::fromString(a[u"acknowledged"][u"at"].toString(), Qt::ISODate).isValid());
        }
        const CliResult listing = cli({QStringLiteral("alerts"), QStringLiteral("--json")});
        QCOMPARE(listing.json()[u"openCounts"][u"warning"][u"unacknowledged"].toInt(), 3);

        // Again: the first acknowledgement stays, and the command says so.
        const CliResult again =
            cli({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(inks.at(0)), QStringLiteral("--note"),
                 QStringLiteral("again"), QStringLiteral("--by"), QStringLiteral("bob"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.json()[u"alreadyAcknowledged"].toArray().size(), 1);
        QCOMPARE(again.json()[u"acknowledged"].toArray().size(), 0);
        QCOMPARE(dbCount(QStringLiteral("acknowledged_by = 'bob'")), 0);
        // --replace overwrites.
        const CliResult replaced =
            cli({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(inks.at(0)), QStringLiteral("--note"),
                 QStringLiteral("again"), QStringLiteral("--by"), QStringLiteral("bob"), QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.describe()));
        QCOMPARE(dbCount(QStringLiteral("acknowledged_by = 'bob' AND acknowledge_note = 'again'")), 1);

        // Without --by the operating-system user acknowledges.
        const CliResult byDefault = cli({QStringLiteral("alerts"), QStringLiteral("ack"), QString::number(inks.at(2)),
                                         QStringLiteral("--note"), QString()});
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.describe()));
        QCOMPARE(dbCount(QStringLiteral("id = %1 AND acknowledged_by = '%2' AND acknowledge_note = ''")
                             .arg(inks.at(2))
                             .arg(storage::currentUserName())),
                 1);
    }

    void clearedAndAllStates()
    {
        // A device whose alert cleared, stored as a poll would store it.
        {
            storage::Database db(QStringLiteral("seed"));
            QVERIFY(!db.open(m_profile.filePath(QStringLiteral("fleetkeeper.db"))));
            DeviceSnapshot s = storage::test::printer(QStringLiteral("10.0.0.5:161"), QStringLiteral("CLR9"), {},
                                                      storage::test::at(0));
            s.alerts = {storage::test::alert(1, 1101, QStringLiteral("markerTonerAlmostEmpty"),
                                             QStringLiteral("Yellow toner low"))};
            QVERIFY(storage::SnapshotStore(db).storeBatch({s}));
            s.polledAt = storage::test::at(1);
            s.alerts.clear();
            QVERIFY(storage::SnapshotStore(db).storeBatch({s}));
        }
        const QJsonArray cleared = listed({QStringLiteral("--cleared")});
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.first()[u"description"].toString(), QStringLiteral("Yellow toner low"));
        QCOMPARE(cleared.first()[u"clearedAt"].toString(), storage::test::at(1).toString(Qt::ISODate));
        QVERIFY(!cleared.first()[u"open"].toBool());
        QCOMPARE(listed({QStringLiteral("--all")}).size(), 7);
        QCOMPARE(listed({}).size(), 6);

        // The table for people: one line per alert plus the counts.
        const CliResult text = cli({QStringLiteral("alerts"), QStringLiteral("--all")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7 + 1);
        QVERIFY2(lines.constFirst().startsWith(QStringLiteral("id")), qPrintable(text.describe()));
        QVERIFY2(text.out.contains("Yellow toner low") && text.out.contains("cleared"), qPrintable(text.describe()));
        QVERIFY2(lines.constLast().startsWith(QStringLiteral("Open: 0 critical, 5 warning, 1 other")),
                 qPrintable(text.describe()));
    }

    void helpAndUsageMentionAlerts()
    {
        const CliResult help = cli({QStringLiteral("alerts"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("--note") && help.out.contains("--severity"), qPrintable(help.describe()));
        const CliResult usage = cli({QStringLiteral("--help")});
        QVERIFY2(usage.out.contains("alerts ack ID"), qPrintable(usage.describe()));
    }
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
