#include "schedule/BatchWriter.h"

#include "storage/StorageWorker.h"

namespace fleet::schedule {

BatchWriter::BatchWriter(QString databasePath, QObject *context, Stored stored, Failed failed)
    : m_databasePath(std::move(databasePath))
    , m_context(context)
    , m_stored(std::move(stored))
    , m_failed(std::move(failed))
{}

BatchWriter::~BatchWriter() = default;

void BatchWriter::store(const QList<DeviceSnapshot> &snapshots, const storage::StoreContext &context)
{
    if (!m_storage) {
        m_storage = std::make_unique<storage::StorageThread>(m_databasePath);
        QObject::connect(m_storage->worker(), &storage::StorageWorker::batchStored, m_context,
                         [this](quint64 id, const storage::BatchResult &result) {
                             if (id == m_batch)
                                 m_stored(result);
                         });
        QObject::connect(m_storage->worker(), &storage::StorageWorker::batchFailed, m_context,
                         [this](quint64 id, const storage::StorageError &error) {
                             if (id == m_batch)
                                 m_failed(error);
                         });
        m_storage->start();
    }
    m_batch = m_storage->storeBatch(snapshots, context);
}

} // namespace fleet::schedule
