// PollOnce against a real snmpsimd on loopback: a poll restarted from its own done() slot, restarted
// while running, cancelled, and restarted while the previous snapshot is still being stored. Each
// start() must be answered once, by its own poll; nothing of an abandoned poll may reach the caller.

#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "actions/PollOnce.h"
#include "storage/DatabaseWorker.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::actions;

namespace {

const QString kIdlePrinter = QStringLiteral("brother-hl-l8260cdw");
const QString kBusyPrinter = QStringLiteral("brother-mfc-9970cdw");

struct Answer
{
    DeviceSnapshot snapshot;
    QString storeError;
};

QString describe(const QList<Answer> &answers)
{
    QStringList lines;
    for (const Answer &a : answers)
        lines << QStringLiteral("credential '%1' reachable %2 error '%3' store '%4'")
                     .arg(a.snapshot.credentialName)
                     .arg(a.snapshot.reachable)
                     .arg(a.snapshot.error.message, a.storeError);
    return QStringLiteral("%1 answer(s):\n").arg(answers.size()) + lines.join(u'\n');
}

} // namespace

class TestPollOnce : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_sim;
    QTemporaryDir m_dir;

    DeviceTarget device(const QString &recording) const
    {
        // Named as the recording: echoed as the snapshot's credentialName, it tells the answers apart.
        const snmp::Credential c = test::quickCommunity(recording, recording, 1500);
        DeviceTarget d;
        d.name = recording;
        d.host = QStringLiteral("127.0.0.1");
        d.snmpPort = m_sim.port();
        d.credentials = {c};
        return d;
    }

    static void record(PollOnce &poll, QList<Answer> &answers)
    {
        connect(&poll, &PollOnce::done, &poll, [&answers](const DeviceSnapshot &s, const QString &storeError) {
            answers << Answer{s, storeError};
        });
    }

    // Lets late signals of an abandoned poll arrive, if any were still coming.
    static void settle() { QTest::qWait(test::scaled(500)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
    }

    // FirmwareAction and the firmware dialog poll again as soon as an answer is in. The poller's
    // end-of-run is then still on its way; it must not answer the new poll with "no result".
    void restartFromDone()
    {
        PollOnce poll;
        QList<Answer> answers;
        connect(&poll, &PollOnce::done, this, [&](const DeviceSnapshot &s, const QString &storeError) {
            answers << Answer{s, storeError};
            if (answers.size() == 1)
                poll.start(device(kBusyPrinter), nullptr, false);
        });
        poll.start(device(kIdlePrinter), nullptr, false);
        QTRY_VERIFY2_WITH_TIMEOUT(answers.size() >= 2, qPrintable(describe(answers)), test::scaled(20000));
        settle();
        QVERIFY2(answers.size() == 2, qPrintable(describe(answers)));
        QVERIFY2(answers.at(0).snapshot.reachable, qPrintable(describe(answers)));
        QCOMPARE(answers.at(0).snapshot.credentialName, kIdlePrinter);
        QVERIFY2(answers.at(1).snapshot.reachable, qPrintable(describe(answers)));
        QCOMPARE(answers.at(1).snapshot.credentialName, kBusyPrinter);
    }

    void restartWhileRunning_data()
    {
        QTest::addColumn<int>("delayMs"); // after the first start; 0: at once, before any answer
        QTest::addRow("at once") << 0;
        QTest::addRow("a moment later") << 20;
    }
    void restartWhileRunning()
    {
        QFETCH(int, delayMs);
        PollOnce poll;
        QList<Answer> answers;
        record(poll, answers);
        poll.start(device(kIdlePrinter), nullptr, false);
        if (delayMs > 0)
            QTest::qWait(delayMs);
        if (!answers.isEmpty())
            QSKIP("the first poll answered before the restart; nothing to abandon");
        poll.start(device(kBusyPrinter), nullptr, false);
        QTRY_VERIFY2_WITH_TIMEOUT(!answers.isEmpty(), qPrintable(describe(answers)), test::scaled(20000));
        settle();
        QVERIFY2(answers.size() == 1, qPrintable(describe(answers)));
        QVERIFY2(answers.constFirst().snapshot.reachable, qPrintable(describe(answers)));
        QCOMPARE(answers.constFirst().snapshot.credentialName, kBusyPrinter);
    }

    void cancelledPollStaysSilent()
    {
        PollOnce poll;
        QList<Answer> answers;
        record(poll, answers);
        poll.start(device(kIdlePrinter), nullptr, false);
        poll.cancel();
        settle();
        QVERIFY2(answers.isEmpty(), qPrintable(describe(answers)));
        // And the object is usable afterwards.
        poll.start(device(kIdlePrinter), nullptr, false);
        QTRY_VERIFY2_WITH_TIMEOUT(!answers.isEmpty(), qPrintable(describe(answers)), test::scaled(20000));
        settle();
        QVERIFY2(answers.size() == 1 && answers.constFirst().snapshot.reachable, qPrintable(describe(answers)));
    }

    // The snapshot of the first poll is waiting for the database when the caller starts another
    // poll: the store still happens, but its completion must not be reported as the new answer.
    void restartWhileStoring()
    {
        storage::DatabaseWorker worker(m_dir.filePath(QStringLiteral("fleet.db")), QStringLiteral("pollonce"));
        QSemaphore gate;
        bool blocked = false;
        worker.exec(
            [&gate](storage::Database &) {
                // Holds the worker's queue until the test opens the gate (bounded, so a failing
                // test cannot hang).
                gate.tryAcquire(1, test::scaled(30000));
                return storage::StorageError{};
            },
            this, [&blocked](const storage::StorageError &) { blocked = true; });

        PollOnce poll;
        QList<Answer> answers;
        record(poll, answers);
        // A twin poll of the same device without storing shows when the snapshot is in.
        PollOnce twin;
        QList<Answer> twinAnswers;
        record(twin, twinAnswers);
        poll.start(device(kIdlePrinter), &worker, true);
        twin.start(device(kIdlePrinter), nullptr, false);
        QTRY_VERIFY_WITH_TIMEOUT(!twinAnswers.isEmpty(), test::scaled(20000));
        settle();
        QVERIFY2(answers.isEmpty(), qPrintable(describe(answers))); // the store is held at the gate

        poll.start(device(kBusyPrinter), nullptr, false);
        QTRY_VERIFY2_WITH_TIMEOUT(!answers.isEmpty(), qPrintable(describe(answers)), test::scaled(20000));
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(blocked, test::scaled(10000));
        settle();
        QVERIFY2(answers.size() == 1, qPrintable(describe(answers)));
        QCOMPARE(answers.constFirst().snapshot.credentialName, kBusyPrinter);
        QVERIFY(answers.constFirst().snapshot.reachable);
    }

    // The ordinary case still works: poll, store, one answer without a store error.
    void storesOnce()
    {
        storage::DatabaseWorker worker(m_dir.filePath(QStringLiteral("fleet.db")), QStringLiteral("pollonce"));
        PollOnce poll;
        QList<Answer> answers;
        record(poll, answers);
        poll.start(device(kIdlePrinter), &worker, true);
        QTRY_VERIFY2_WITH_TIMEOUT(!answers.isEmpty(), qPrintable(describe(answers)), test::scaled(20000));
        settle();
        QVERIFY2(answers.size() == 1, qPrintable(describe(answers)));
        QVERIFY(answers.constFirst().snapshot.reachable);
        QCOMPARE(answers.constFirst().storeError, QString());
    }
};

QTEST_GUILESS_MAIN(TestPollOnce)
#include "tst_pollonce.moc"
