#pragma once
// One discovery sweep: polls the targets politely (a start rate, the credential profiles in order,
// inventory depth), sorts the answers into printers, other SNMP devices and silent targets, and
// reports progress with an ETA. The CLI and the GUI both drive it; storing is the caller's choice.

#include "collect/Poller.h"
#include "discovery/TargetSpec.h"

#include <QElapsedTimer>
#include <QObject>

namespace fleet::discovery {

struct DiscoveryProgress
{
    int done = 0;
    int total = 0;
    int found = 0;
    int etaSeconds = -1; // -1 until there is a rate to extrapolate from
};

struct DiscoveryResult
{
    QList<DeviceSnapshot> printers;
    QList<DeviceSnapshot> skipped; // answered SNMP, but not a printer
    QList<DeviceSnapshot> failed;  // no usable answer (error class and message in each)
    bool cancelled = false;
    QDateTime startedAt;
    QDateTime finishedAt;
};

class DiscoveryJob final : public QObject
{
    Q_OBJECT
public:
    explicit DiscoveryJob(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DiscoveryJob)

    // credentials: tried in order for every target; a target naming a profile (CSV) uses profiles[name].
    void start(const QList<Target> &targets, const QList<snmp::Credential> &credentials,
               const QList<snmp::Credential> &namedProfiles, collect::PollOptions options);
    void cancel();
    bool isRunning() const { return m_poller.isRunning(); }
    const DiscoveryResult &result() const { return m_result; }
    // Targets refused before polling (a CSV row naming an unknown profile), as readable messages.
    const QStringList &refused() const { return m_refused; }

Q_SIGNALS:
    void progress(const fleet::discovery::DiscoveryProgress &progress);
    void finished(const fleet::discovery::DiscoveryResult &result);

private:
    collect::Poller m_poller;
    DiscoveryResult m_result;
    QStringList m_refused;
    QElapsedTimer m_clock;
    bool m_cancelled = false;
};

} // namespace fleet::discovery

Q_DECLARE_METATYPE(fleet::discovery::DiscoveryProgress)
Q_DECLARE_METATYPE(fleet::discovery::DiscoveryResult)
