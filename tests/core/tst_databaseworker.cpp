// DatabaseWorker: jobs run off the calling thread against a real database file, in order, and
// their results (or the open error) come back on the caller's thread.
#include "storage/DatabaseWorker.h"

#include "TestEnv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet::storage;

class TestDatabaseWorker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsJobsOffThreadInOrder()
    {
        QTemporaryDir dir;
        DatabaseWorker worker(dir.filePath(QStringLiteral("fleet.db")), QStringLiteral("test"));
        QObject context;
        QList<int> order;
        QThread *jobThread = nullptr;
        for (int i = 0; i < 5; ++i) {
            worker.run<int>(
                [i, &jobThread](Database &db) -> Result<int> {
                    jobThread = QThread::currentThread();
                    if (auto e = db.exec(QStringLiteral("INSERT INTO events (at, kind, message) VALUES (?, 'test', ?)"),
                                         {i, QString::number(i)}))
                        return e;
                    auto count = db.scalar(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'test'"));
                    if (!count)
                        return count.error();
                    return count->toInt();
                },
                &context,
                [&order](Result<int> r) {
                    QVERIFY2(r.ok(), qPrintable(r.error().message));
                    QCOMPARE(QThread::currentThread(), qApp->thread());
                    order << *r;
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, fleet::test::scaled(5000));
        QCOMPARE(order, (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(jobThread && jobThread != QThread::currentThread());
    }

    void reportsOpenErrorAndSkipsJob()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        DatabaseWorker worker(path, QStringLiteral("test"));
        QObject context;
        bool ran = false;
        std::optional<StorageError> outcome;
        worker.exec(
            [&ran](Database &) {
                ran = true;
                return StorageError{};
            },
            &context, [&outcome](StorageError e) { outcome = e; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), fleet::test::scaled(5000));
        QCOMPARE(outcome->code, StorageErrorCode::NotADatabase);
        QVERIFY(!ran);
    }

    void dropsResultWhenContextIsGone()
    {
        QTemporaryDir dir;
        DatabaseWorker worker(dir.filePath(QStringLiteral("fleet.db")), QStringLiteral("test"));
        bool delivered = false;
        auto *context = new QObject;
        worker.run<int>(
            [](Database &) -> Result<int> {
                QThread::msleep(50);
                return 1;
            },
            context, [&delivered](Result<int>) { delivered = true; });
        delete context;
        QObject probe;
        bool after = false;
        worker.run<int>([](Database &) -> Result<int> { return 2; }, &probe, [&after](Result<int>) { after = true; });
        QTRY_VERIFY_WITH_TIMEOUT(after, fleet::test::scaled(5000));
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
