#include "storage/StorageWorker.h"

#include "storage/SnapshotStore.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace fleet::storage {

StorageWorker::StorageWorker(QString databasePath, OpenOptions options)
    : m_path(std::move(databasePath))
    , m_options(options)
{}

StorageWorker::~StorageWorker() = default;

bool StorageWorker::ensureOpen(StorageError *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<Database>(QStringLiteral("worker"));
    if (auto e = m_db->open(m_path, m_options)) {
        m_db.reset();
        qCWarning(lcStorage) << "storage worker cannot open the database:" << e.message;
        *error = e;
        return false;
    }
    return true;
}

void StorageWorker::open()
{
    StorageError error;
    if (!ensureOpen(&error)) {
        Q_EMIT openFailed(error);
        return;
    }
    Q_EMIT opened(m_path, m_db->schemaVersion());
}

void StorageWorker::storeBatch(quint64 batchId, const QList<DeviceSnapshot> &snapshots, const StoreContext &context)
{
    StorageError error;
    if (!ensureOpen(&error)) {
        Q_EMIT batchFailed(batchId, error);
        return;
    }
    auto result = SnapshotStore(*m_db).storeBatch(snapshots, context);
    if (!result) {
        const QString message = QCoreApplication::translate("fleet::storage::StorageWorker",
                                                            "Storing %n snapshot(s) failed; nothing of this batch "
                                                            "was saved. %1",
                                                            nullptr, int(snapshots.size()))
                                    .arg(result.error().message);
        Q_EMIT batchFailed(batchId, {result.error().code, message});
        return;
    }
    Q_EMIT batchStored(batchId, *result);
}

void StorageWorker::close()
{
    m_db.reset();
}

StorageThread::StorageThread(const QString &databasePath, OpenOptions options, QObject *parent)
    : QObject(parent)
    , m_worker(new StorageWorker(databasePath, options))
{
    m_thread.setObjectName(QStringLiteral("fleet-storage"));
    m_worker->moveToThread(&m_thread);
}

StorageThread::~StorageThread()
{
    if (m_thread.isRunning()) {
        // The connection belongs to the worker's thread and must be closed there.
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

void StorageThread::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->open(); }, Qt::QueuedConnection);
}

quint64 StorageThread::storeBatch(QList<DeviceSnapshot> snapshots, StoreContext context)
{
    const quint64 id = m_nextBatch++;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id, snapshots = std::move(snapshots), context = std::move(context)] {
            w->storeBatch(id, snapshots, context);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace fleet::storage
