// StorageThread/StorageWorker: batches written in the worker's own thread and connection,
// results and errors delivered by signal, and a write that hits the file-size limit (the
// operating system refuses to grow the database, like a full disk) rolled back completely.

#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/StorageWorker.h"
#include "tst_storage_data.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnv.h"

#include <csignal>
#include <sys/resource.h>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

namespace {

QList<DeviceSnapshot> fleetOf(int devices, int hour, int firstSerial = 0)
{
    QList<DeviceSnapshot> batch;
    for (int i = firstSerial; i < firstSerial + devices; ++i)
        batch << printer(QStringLiteral("10.3.%1.%2:161").arg(i / 200).arg(i % 200 + 1), QStringLiteral("W%1").arg(i),
                         {}, at(hour), 5000 + quint64(hour));
    return batch;
}

qint64 deviceCount(const QString &path)
{
    Database reader(QStringLiteral("reader"));
    if (reader.open(path))
        return -1;
    return FleetRepository(reader).devices()->size();
}

// Lowers RLIMIT_FSIZE for its lifetime: writes that would grow a file past the limit fail with
// EFBIG (SIGXFSZ is ignored so the process is not killed).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old = {};
    bool m_ok = false;
};

} // namespace

class TestStorageWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void storesBatchesInItsOwnThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("worker.db"));
        StorageThread storage(path);
        QSignalSpy opened(storage.worker(), &StorageWorker::opened);
        QSignalSpy stored(storage.worker(), &StorageWorker::batchStored);
        QSignalSpy failed(storage.worker(), &StorageWorker::batchFailed);
        QThread *emittedIn = nullptr;
        connect(
            storage.worker(), &StorageWorker::batchStored, storage.worker(),
            [&emittedIn] { emittedIn = QThread::currentThread(); }, Qt::DirectConnection);
        storage.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, fleet::test::scaled(10000));
        QCOMPARE(opened.at(0).at(1).toInt(), Database::latestSchemaVersion());

        QList<DeviceSnapshot> batch = fleetOf(3, 0);
        batch << unreachable(QStringLiteral("10.9.9.9:161"), at(0));
        const quint64 first = storage.storeBatch(batch);
        QList<DeviceSnapshot> moved{printer(QStringLiteral("10.4.0.1:161"), QStringLiteral("W1"), {}, at(1), 5001)};
        const quint64 second = storage.storeBatch(moved);
        QVERIFY(first != second);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, fleet::test::scaled(10000));
        QCOMPARE(failed.size(), 0);
        QVERIFY(emittedIn && emittedIn != QThread::currentThread());
        QCOMPARE(storage.worker()->thread(), emittedIn);

        QCOMPARE(stored.at(0).at(0).toULongLong(), first);
        const BatchResult r1 = stored.at(0).at(1).value<BatchResult>();
        QCOMPARE(r1.stored, 3);
        QCOMPARE(r1.outcomes.size(), 4);
        QCOMPARE(r1.outcomes.at(0).kind, DeviceOutcome::Kind::Added);
        QCOMPARE(r1.outcomes.at(3).kind, DeviceOutcome::Kind::SkippedUnknown);
        QCOMPARE(stored.at(1).at(0).toULongLong(), second);
        const BatchResult r2 = stored.at(1).at(1).value<BatchResult>();
        QCOMPARE(r2.outcomes.constFirst().kind, DeviceOutcome::Kind::Updated);
        QCOMPARE(r2.outcomes.constFirst().deviceId, r1.outcomes.at(1).deviceId);
        QVERIFY(r2.outcomes.constFirst().ipChanged);

        // This thread reads through its own connection while the worker keeps its own.
        QCOMPARE(deviceCount(path), 3);
    }

    void openFailureIsSignalledAndTheFileKept()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        const QByteArray garbage(4096, '\x5a');
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        StorageThread storage(path);
        QSignalSpy openFailed(storage.worker(), &StorageWorker::openFailed);
        QSignalSpy failed(storage.worker(), &StorageWorker::batchFailed);
        storage.start();
        QTRY_COMPARE_WITH_TIMEOUT(openFailed.size(), 1, fleet::test::scaled(10000));
        QCOMPARE(openFailed.at(0).at(0).value<StorageError>().code, StorageErrorCode::NotADatabase);
        storage.storeBatch(fleetOf(1, 0));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, fleet::test::scaled(10000));
        QCOMPARE(failed.at(0).at(1).value<StorageError>().code, StorageErrorCode::NotADatabase);
        QCOMPARE(fileBytes(path), garbage);
    }

    void diskFullRollsBackTheWholeBatch()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        StorageThread storage(path);
        QSignalSpy stored(storage.worker(), &StorageWorker::batchStored);
        QSignalSpy failed(storage.worker(), &StorageWorker::batchFailed);
        storage.start();
        storage.storeBatch(fleetOf(10, 0));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, fleet::test::scaled(10000));
        QCOMPARE(deviceCount(path), 10);

        const QList<DeviceSnapshot> big = fleetOf(1000, 1, 10);
        {
            const qint64 used = qMax(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
            FileSizeLimit limit(rlim_t(used + 16 * 1024));
            QVERIFY(limit.ok());
            storage.storeBatch(big);
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, fleet::test::scaled(10000));
        }
        const StorageError error = failed.at(0).at(1).value<StorageError>();
        qInfo("%s", qPrintable(error.message));
        QVERIFY2(error.code == StorageErrorCode::DiskFull || error.code == StorageErrorCode::Io,
                 qPrintable(storageErrorCodeName(error.code)));
        QVERIFY2(error.message.contains(QStringLiteral("nothing of this batch was saved")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("disk")), qPrintable(error.message));
        // Nothing half-written, nothing lost.
        QCOMPARE(deviceCount(path), 10);

        // Space is back: the same batch goes through on the same connection.
        storage.storeBatch(big);
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, fleet::test::scaled(10000));
        QCOMPARE(stored.at(1).at(1).value<BatchResult>().stored, 1000);
        QCOMPARE(deviceCount(path), 1010);
    }
};

QTEST_GUILESS_MAIN(TestStorageWorker)
#include "tst_storage_worker.moc"
