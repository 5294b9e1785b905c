#pragma once
// The scheduled jobs store what they collected through a StorageThread of their own, started when
// the first batch is queued, so the owner's thread never waits on the disk. Each job has at most
// one batch in flight: only the answer for the batch queued last is handed on, an earlier one
// belongs to a run that has already finished.

#include "collect/DeviceSnapshot.h"
#include "storage/StorageError.h"
#include "storage/StorageTypes.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace fleet::storage {
class StorageThread;
}

namespace fleet::schedule {

class BatchWriter final
{
public:
    using Stored = std::function<void(const storage::BatchResult &result)>;
    using Failed = std::function<void(const storage::StorageError &error)>;

    // stored and failed are called on context's thread, as long as context lives.
    BatchWriter(QString databasePath, QObject *context, Stored stored, Failed failed);
    // The same with two member functions of the owning job, which is also the context.
    template <typename Owner>
    BatchWriter(QString databasePath, Owner *owner, void (Owner::*stored)(const storage::BatchResult &),
                void (Owner::*failed)(const storage::StorageError &))
        : BatchWriter(
              std::move(databasePath), owner, [owner, stored](const storage::BatchResult &r) { (owner->*stored)(r); },
              [owner, failed](const storage::StorageError &e) { (owner->*failed)(e); })
    {}
    // Stops the storage thread after the batch in progress.
    ~BatchWriter();
    Q_DISABLE_COPY_MOVE(BatchWriter)

    // Queues a batch, written in one transaction; stored or failed follows.
    void store(const QList<DeviceSnapshot> &snapshots, const storage::StoreContext &context = {});

private:
    QString m_databasePath;
    QObject *m_context = nullptr;
    Stored m_stored;
    Failed m_failed;
    std::unique_ptr<storage::StorageThread> m_storage;
    quint64 m_batch = 0;
};

} // namespace fleet::schedule
