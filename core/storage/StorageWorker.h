#pragma once
// Database writes off the GUI thread. StorageWorker lives in its own QThread and opens its own
// connection there; StorageThread owns that thread and is what the application holds.
// Batches are processed in the order they were queued, each in one transaction.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace fleet::storage {

class StorageWorker final : public QObject
{
    Q_OBJECT
public:
    explicit StorageWorker(QString databasePath, OpenOptions options = {});
    ~StorageWorker() override;
    Q_DISABLE_COPY_MOVE(StorageWorker)

    // Run in the worker's thread (StorageThread queues them). open() is implied by the first
    // storeBatch(); calling it first reports problems before any poll.
    void open();
    void storeBatch(quint64 batchId, const QList<fleet::DeviceSnapshot> &snapshots,
                    const fleet::storage::StoreContext &context);
    void close();

Q_SIGNALS:
    void opened(const QString &path, int schemaVersion);
    void openFailed(const fleet::storage::StorageError &error);
    void batchStored(quint64 batchId, const fleet::storage::BatchResult &result);
    // The transaction was rolled back: nothing of the batch was written.
    void batchFailed(quint64 batchId, const fleet::storage::StorageError &error);

private:
    bool ensureOpen(StorageError *error);

    QString m_path;
    OpenOptions m_options;
    std::unique_ptr<Database> m_db; // created in the worker's thread
};

class StorageThread final : public QObject
{
    Q_OBJECT
public:
    explicit StorageThread(const QString &databasePath, OpenOptions options = {}, QObject *parent = nullptr);
    // Closes the connection in the worker's thread, then stops the thread (waits for the batch
    // in progress).
    ~StorageThread() override;
    Q_DISABLE_COPY_MOVE(StorageThread)

    // Starts the thread and opens the database there; the worker reports opened/openFailed.
    void start();
    // Queues a batch; the returned id comes back in batchStored/batchFailed.
    quint64 storeBatch(QList<DeviceSnapshot> snapshots, StoreContext context = {});
    // Connect to its signals (they arrive queued in the receiver's thread).
    StorageWorker *worker() const { return m_worker; }

private:
    QThread m_thread;
    StorageWorker *m_worker = nullptr;
    quint64 m_nextBatch = 1;
};

} // namespace fleet::storage
