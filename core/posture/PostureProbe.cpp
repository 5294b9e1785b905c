#include "posture/PostureProbe.h"

#include <QTimer>

namespace fleet::posture {

PostureProbe::PostureProbe(ProbeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_options.maxConcurrentDevices = qMax(1, m_options.maxConcurrentDevices);
}

void PostureProbe::start(const QList<ProbeTarget> &targets)
{
    if (m_running)
        return;
    m_running = true;
    m_queue = targets;
    m_results.clear();
    m_total = int(targets.size());
    m_active = 0;
    emit progress(0, m_total);
    if (m_queue.isEmpty()) {
        // Asynchronous like every other outcome, so callers can connect after start().
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            emit finished(m_results);
        });
        return;
    }
    startMore();
}

void PostureProbe::cancel()
{
    m_queue.clear();
    if (m_running && m_active == 0) {
        m_running = false;
        emit finished(m_results);
    }
}

void PostureProbe::startMore()
{
    while (m_active < m_options.maxConcurrentDevices && !m_queue.isEmpty()) {
        const ProbeTarget t = m_queue.takeFirst();
        auto *probe = new DeviceProbe(t.deviceId, t.address, m_options, this);
        connect(probe, &DeviceProbe::finished, this,
                [this, probe](const ProbeResult &r) { onDeviceFinished(probe, r); });
        ++m_active;
        probe->start();
    }
}

void PostureProbe::onDeviceFinished(DeviceProbe *probe, const ProbeResult &result)
{
    probe->deleteLater();
    --m_active;
    m_results.append(result);
    emit deviceFinished(result);
    emit progress(int(m_results.size()), m_total);
    if (m_queue.isEmpty() && m_active == 0) {
        m_running = false;
        emit finished(m_results);
        return;
    }
    startMore();
}

} // namespace fleet::posture
