#pragma once
// Runs database work off the caller's thread: one worker thread with its own connection to the
// profile's database, opened on first use and kept open. Widgets and services hand it a job and
// get the result back on their own thread, so no SQL ever runs on the GUI thread.

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace fleet::storage {

class DatabaseWorker final : public QObject
{
    Q_OBJECT
public:
    // purpose names the connection in logs ("alerts", "device-panel"...).
    explicit DatabaseWorker(QString databasePath, QString purpose, QObject *parent = nullptr);
    ~DatabaseWorker() override; // waits for the running job, drops queued ones
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

    const QString &databasePath() const { return m_path; }

    // Runs job(db) on the worker thread, then done(result) on context's thread unless context
    // was destroyed meanwhile. When the database cannot be opened, done gets that error and the
    // job is skipped. Jobs run one at a time in submission order.
    template <typename T>
    void run(std::function<Result<T>(Database &)> job, QObject *context, std::function<void(Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        post([this, job = std::move(job), guard, done = std::move(done)] {
            auto result = withDatabase<T>(job);
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [guard, done, result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    // A write whose only outcome is success or an error.
    void exec(std::function<StorageError(Database &)> job, QObject *context, std::function<void(StorageError)> done);

private:
    QString m_path;
    QString m_purpose;
    QThread m_thread;
    QObject *m_worker = nullptr;          // lives on m_thread
    std::unique_ptr<Database> m_database; // touched only on m_thread

    void post(std::function<void()> task);
    StorageError ensureOpen(); // on m_thread

    template <typename T> Result<T> withDatabase(const std::function<Result<T>(Database &)> &job)
    {
        if (auto error = ensureOpen())
            return error;
        return job(*m_database);
    }
};

} // namespace fleet::storage
