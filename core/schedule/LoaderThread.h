#pragma once
// The scheduled jobs read what they need before they start (devices, credential profiles) on a
// short-lived thread with its own database connection, so the thread that owns the job (the GUI's)
// never waits on the disk. LoaderThread is that thread: one read at a time, handed back to the
// owner's thread when it has ended.

#include <QtGlobal>

#include <functional>

class QObject;
class QString;
class QThread;

namespace fleet::schedule {

class LoaderThread final
{
public:
    LoaderThread() = default;
    // Waits for a read in progress: a QThread must not be destroyed while it runs.
    ~LoaderThread();
    Q_DISABLE_COPY_MOVE(LoaderThread)

    // Runs work on a new thread called name; once it has ended, the thread is deleted and then is
    // called on context's thread (not at all when context is gone by then). One read at a time.
    void start(const QString &name, std::function<void()> work, QObject *context, std::function<void()> then);
    // Waits for the read in progress, if any, and deletes its thread; for the owner's destructor.
    void wait();

private:
    QThread *m_thread = nullptr;
};

} // namespace fleet::schedule
