// The sync commands of fleetkeeper-cli run as a user runs them (QProcess on the built binary,
// stdin closed) against the reference receiver: register, sync --now killed with SIGKILL in the
// middle of the upload and run again (the server stores the payload once), the server down and
// back up, outbox, audit and export-payload.

#include "CliRunner.h"
#include "ReceiverProcess.h"
#include "SyncTestSetup.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "tst_storage_data.h"

#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fleet;
using fleet::test::ReceiverOptions;
using fleet::test::ReceiverProcess;
using fleet::test::TestPki;

namespace {

using fleet::test::CliResult;
using fleet::test::CliRunner;

QStringList registerArgs(const ReceiverProcess &receiver, const QString &mode = QStringLiteral("normal"))
{
    return test::registerArguments(receiver.baseUrl()) + QStringList{QStringLiteral("--mode"), mode};
}

void seed(const QString &profile)
{
    storage::Database db;
    QVERIFY(!db.open(profile + QStringLiteral("/fleetkeeper.db")));
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(storage::SnapshotStore(db).storeBatch(
        {storage::test::printer(QStringLiteral("10.9.8.7:161"), QStringLiteral("CLI0001"), {}, t)}));
}

QStringList outboxKeys(const QString &profile, const QString &state = {})
{
    storage::Database db;
    if (db.open(profile + QStringLiteral("/fleetkeeper.db")))
        return {};
    auto q = db.run(QStringLiteral("SELECT idempotency_key FROM sync_outbox WHERE ? = '' OR state = ? ORDER BY id"),
                    {state, state});
    QStringList keys;
    while (q && (*q)->next())
        keys << (*q)->value(0).toString();
    return keys;
}

qint64 storedCount(const ReceiverProcess &receiver, const QString &id)
{
    const auto rows = receiver.query(QStringLiteral("SELECT count(*) AS n FROM payloads WHERE id = ?"), {id});
    return rows.isEmpty() ? -1 : rows.first().value(QStringLiteral("n")).toLongLong();
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(QFile::exists(CliRunner::executable()), qPrintable(CliRunner::executable()));
        QVERIFY2(QFile::exists(ReceiverProcess::executable()), qPrintable(ReceiverProcess::executable()));
    }

    void killedMidUploadDeliversOnce()
    {
        ReceiverProcess receiver;
        ReceiverOptions options;
        options.delayMs = test::scaled(4000); // the upload is stored, the answer is late
        QVERIFY2(receiver.start(options), qPrintable(receiver.error()));
        QTemporaryDir profile;
        seed(profile.path());
        const CliResult reg = CliRunner(profile.path()).run(registerArgs(receiver));
        QVERIFY2(reg.exitCode == 0, qPrintable(reg.text()));

        QProcess sync;
        sync.setStandardInputFile(QProcess::nullDevice());
        sync.start(CliRunner::executable(),
                   {QStringLiteral("--profile"), profile.path(), QStringLiteral("sync"), QStringLiteral("--now")});
        QVERIFY(sync.waitForStarted());
        // The item is committed before the first attempt; wait for the upload to reach the server.
        QTRY_VERIFY_WITH_TIMEOUT(outboxKeys(profile.path()).size() == 1, test::scaled(20000));
        const QString key = outboxKeys(profile.path()).first();
        QTRY_VERIFY_WITH_TIMEOUT(receiver.query(QStringLiteral("SELECT 1 FROM payloads WHERE id = ?"), {key}).size() ==
                                         1 ||
                                     sync.state() != QProcess::Running,
                                 test::scaled(20000));
        QCOMPARE(sync.state(), QProcess::Running); // still waiting for the answer
        ::kill(pid_t(sync.processId()), SIGKILL);
        QVERIFY(sync.waitForFinished());
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
        QCOMPARE(outboxKeys(profile.path(), QStringLiteral("queued")), QStringList{key});

        options.delayMs = 0;
        QVERIFY2(receiver.restart(options), qPrintable(receiver.error()));
        const CliResult again =
            CliRunner(profile.path()).run({QStringLiteral("sync"), QStringLiteral("--now"), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.text()));
        QCOMPARE(again.json().value(QStringLiteral("delivered")).toInt(), 2); // the old one, then a new one
        QCOMPARE(storedCount(receiver, key), 1);
        QCOMPARE(receiver.count(QStringLiteral("payloads")), 2);
        QVERIFY(outboxKeys(profile.path(), QStringLiteral("queued")).isEmpty());

        // outbox and audit show what happened.
        const CliResult outbox = CliRunner(profile.path()).run({QStringLiteral("outbox"), QStringLiteral("--json")});
        QCOMPARE(outbox.exitCode, 0);
        const QJsonArray items = outbox.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.last().toObject().value(QStringLiteral("idempotencyKey")).toString(), key);
        QCOMPARE(items.last().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("acknowledged"));
        QCOMPARE(items.last().toObject().value(QStringLiteral("lastStatus")).toInt(), 200); // already stored
        const CliResult audit = CliRunner(profile.path()).run({QStringLiteral("audit"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        const QJsonArray exchanges = audit.json().value(QStringLiteral("exchanges")).toArray();
        int uploadsOfKey = 0;
        for (const QJsonValue &e : exchanges)
            if (e.toObject().value(QStringLiteral("payloadId")).toString() == key)
                ++uploadsOfKey;
        // The killed attempt never finished, so only the resend is logged.
        QCOMPARE(uploadsOfKey, 1);
        const CliResult shown =
            CliRunner(profile.path())
                .run({QStringLiteral("outbox"), QStringLiteral("--show"),
                      QString::number(items.last().toObject().value(QStringLiteral("id")).toInt())});
        QVERIFY2(shown.exitCode == 0 && shown.out.contains("CLI0001"), qPrintable(shown.text()));
    }

    void serverDownThenUpDeliversOnce()
    {
        ReceiverProcess receiver;
        QVERIFY2(receiver.start(), qPrintable(receiver.error()));
        QTemporaryDir profile;
        seed(profile.path());
        QCOMPARE(CliRunner(profile.path()).run(registerArgs(receiver)).exitCode, 0);
        receiver.stop();
        const CliResult down =
            CliRunner(profile.path()).run({QStringLiteral("sync"), QStringLiteral("--now"), QStringLiteral("--json")});
        QCOMPARE(down.exitCode, 1);
        QCOMPARE(down.json().value(QStringLiteral("queued")).toInt(), 1);
        QCOMPARE(down.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("network"));
        const QString key = down.json().value(QStringLiteral("payloadId")).toString();
        // Down again: the queued item is retried and no second payload is built meanwhile.
        QCOMPARE(CliRunner(profile.path()).run({QStringLiteral("sync"), QStringLiteral("--now")}).exitCode, 1);
        QCOMPARE(outboxKeys(profile.path()), QStringList{key});

        QVERIFY2(receiver.restart(), qPrintable(receiver.error()));
        const CliResult up =
            CliRunner(profile.path()).run({QStringLiteral("sync"), QStringLiteral("--now"), QStringLiteral("--json")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.text()));
        QCOMPARE(storedCount(receiver, key), 1);
        const CliResult status = CliRunner(profile.path()).run({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(status.json().value(QStringLiteral("queued")).toInt(), 0);
        QVERIFY(status.json().value(QStringLiteral("registered")).toBool());
    }

    void exportPayloadShowsWhatLeaves()
    {
        QTemporaryDir profile;
        seed(profile.path());
        const QString normal = profile.filePath(QStringLiteral("normal.xml"));
        const QString locked = profile.filePath(QStringLiteral("locked.xml"));
        QCOMPARE(CliRunner(profile.path()).run({QStringLiteral("export-payload"), normal}).exitCode, 0);
        QCOMPARE(CliRunner(profile.path())
                     .run({QStringLiteral("export-payload"), locked, QStringLiteral("--lockdown")})
                     .exitCode,
                 0);
        QFile n(normal);
        QFile l(locked);
        QVERIFY(n.open(QIODevice::ReadOnly) && l.open(QIODevice::ReadOnly));
        const QByteArray normalXml = n.readAll();
        const QByteArray lockedXml = l.readAll();
        QVERIFY(normalXml.contains("10.9.8.7"));
        QVERIFY(lockedXml.contains("CLI0001"));
        QVERIFY(lockedXml.contains("lockedDown=\"true\""));
        static const QRegularExpression v4(QStringLiteral("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d]|\\.\\d)"));
        QVERIFY2(!v4.match(QString::fromUtf8(lockedXml)).hasMatch(),
                 qPrintable(v4.match(QString::fromUtf8(lockedXml)).captured(0)));
        // Nothing was sent and nothing was queued.
        QVERIFY(outboxKeys(profile.path()).isEmpty());
    }

    void badUsageIsExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("register without key")
            << QStringList{QStringLiteral("register"), QStringLiteral("--server"), QStringLiteral("https://x.example")}
            << QStringLiteral("--key is required");
        QTest::addRow("sync before register")
            << QStringList{QStringLiteral("sync"), QStringLiteral("--now")} << QStringLiteral("not registered");
        QTest::addRow("audit bad date") << QStringList{QStringLiteral("audit"), QStringLiteral("--since"),
                                                       QStringLiteral("yesterday")}
                                        << QStringLiteral("ISO 8601");
    }
    void badUsageIsExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir profile;
        const CliResult r = CliRunner(profile.path()).run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.text().contains(message), qPrintable(r.text()));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
