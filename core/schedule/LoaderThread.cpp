#include "schedule/LoaderThread.h"

#include <QThread>

namespace fleet::schedule {

LoaderThread::~LoaderThread()
{
    wait();
}

void LoaderThread::start(const QString &name, std::function<void()> work, QObject *context, std::function<void()> then)
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(name);
    QObject::connect(m_thread, &QThread::finished, context, [this, then = std::move(then)] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        then();
    });
    m_thread->start();
}

void LoaderThread::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace fleet::schedule
