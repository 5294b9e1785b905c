#pragma once
// Polls many devices at once on the SNMP engine thread and reports each DeviceSnapshot back to the
// thread that owns the Poller, so a GUI never waits. Each device: resolve its name, try the
// credential profiles in order until one answers, walk the standard MIBs (and the vendor meter
// profile of its sysObjectID), all under a hard deadline so nothing can hang.

#include "collect/DeviceSnapshot.h"
#include "snmp/Credential.h"

#include <QObject>

#include <memory>

namespace fleet::collect {

struct PollTarget
{
    QString target; // as the user wrote it ("printer1", "10.0.0.5:1161"); echoed in the snapshot
    QString host;
    quint16 port = 161;
    QList<snmp::Credential> credentials; // tried in order; the first that answers is used
};

enum class PollDepth : quint8 {
    Status,   // identity, network, status, alerts, counters, supplies: the periodic poll
    Inventory // plus properties: trays, outputs, covers, interpreters, storage
};

struct PollOptions
{
    int concurrency = 64;
    PollDepth depth = PollDepth::Status;
    int deviceDeadlineMs = 0; // 0: derived from the credentials' timeouts and retries
    int startsPerSecond = 0;  // 0: unlimited; discovery sweeps set a polite rate
    int varbindBudget = 60;   // varbinds asked per GETBULK request
};

class PollRun;

class Poller final : public QObject
{
    Q_OBJECT
public:
    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;
    Q_DISABLE_COPY_MOVE(Poller)

    // Starts polling; a running poll is cancelled first.
    void start(const QList<PollTarget> &targets, const PollOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // Parses "host", "host:port", "[v6]:port", "v6" into a target with the given credentials.
    static PollTarget targetFromString(const QString &spec, const QList<snmp::Credential> &credentials);

Q_SIGNALS:
    void deviceFinished(const fleet::DeviceSnapshot &snapshot);
    void progress(int done, int total);
    void finished();

private:
    friend class PollRun;
    void onDeviceFinished(quint64 runId, const fleet::DeviceSnapshot &snapshot);
    void onRunFinished(quint64 runId);
    std::shared_ptr<PollRun> m_run;
    quint64 m_runId = 0;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
};

} // namespace fleet::collect

Q_DECLARE_METATYPE(fleet::DeviceSnapshot)
