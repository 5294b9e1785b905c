#pragma once
// Probes a list of devices with at most ProbeOptions::maxConcurrentDevices at a time, reporting
// progress and each device's result on the thread that owns it. Cancel stops starting new devices.

#include "posture/DeviceProbe.h"

#include <QObject>

namespace fleet::posture {

struct ProbeTarget
{
    qint64 deviceId = 0;
    QString address; // host:port as stored
};

class PostureProbe final : public QObject
{
    Q_OBJECT
public:
    explicit PostureProbe(ProbeOptions options = {}, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PostureProbe)

    void start(const QList<ProbeTarget> &targets);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void deviceFinished(const fleet::posture::ProbeResult &result);
    void progress(int done, int total);
    void finished(const QList<fleet::posture::ProbeResult> &results);

private:
    void startMore();
    void onDeviceFinished(DeviceProbe *probe, const ProbeResult &result);

    ProbeOptions m_options;
    QList<ProbeTarget> m_queue;
    QList<ProbeResult> m_results;
    int m_total = 0;
    int m_active = 0;
    bool m_running = false;
};

} // namespace fleet::posture
