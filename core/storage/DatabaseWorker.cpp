#include "storage/DatabaseWorker.h"

namespace fleet::storage {

DatabaseWorker::DatabaseWorker(QString databasePath, QString purpose, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_purpose(std::move(purpose))
{
    m_thread.setObjectName(QStringLiteral("db-") + m_purpose);
    m_worker = new QObject();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The connection belongs to the worker thread: it is closed there, before the thread ends.
    connect(
        &m_thread, &QThread::finished, m_worker, [this] { m_database.reset(); }, Qt::DirectConnection);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_worker, std::move(task), Qt::QueuedConnection);
}

StorageError DatabaseWorker::ensureOpen()
{
    if (m_database && m_database->isOpen())
        return {};
    m_database = std::make_unique<Database>(m_purpose);
    if (auto error = m_database->open(m_path)) {
        m_database.reset(); // try again with the next job: the file may appear or be repaired
        return error;
    }
    return {};
}

void DatabaseWorker::exec(std::function<StorageError(Database &)> job, QObject *context,
                          std::function<void(StorageError)> done)
{
    run<bool>(
        [job = std::move(job)](Database &db) -> Result<bool> {
            if (auto error = job(db))
                return error;
            return true;
        },
        context, [done = std::move(done)](Result<bool> result) { done(result ? StorageError{} : result.error()); });
}

} // namespace fleet::storage
