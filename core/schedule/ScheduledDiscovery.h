#pragma once
// The scheduled discovery sweep: the targets and credential profiles from the settings are swept
// with discovery::DiscoveryJob, and the printers found are stored with a discovery run record,
// as `fleetkeeper-cli discover` does. The stored profiles are read and the targets expanded on a
// short-lived thread with its own connection, the sweep runs on the SNMP engine thread and the
// write on a StorageThread, so the owner's (the GUI's) thread never waits.

#include "discovery/DiscoveryJob.h"
#include "schedule/BatchWriter.h"
#include "schedule/LoaderThread.h"
#include "schedule/Scheduler.h"
#include "util/AppSettings.h"
#include "util/ProfileRoot.h"

#include <QObject>

#include <memory>

namespace fleet::schedule {

struct DiscoveryJobOutcome
{
    bool ok = false;     // the sweep ran and its printers were stored
    int targets = 0;     // addresses swept
    int found = 0;       // printers that answered
    int added = 0;       // of those, new to the database
    int skipped = 0;     // SNMP devices that are not printers
    int failed = 0;      // targets without a usable answer
    QString message;     // readable summary, or why the job failed
    QStringList notices; // what was left out and why (a bad target, a profile that no longer exists)
};

class ScheduledDiscovery final : public QObject
{
    Q_OBJECT
public:
    explicit ScheduledDiscovery(ProfileRoot profile, QObject *parent = nullptr);
    // Waits for the short read in progress; a sweep in progress is cancelled.
    ~ScheduledDiscovery() override;
    Q_DISABLE_COPY_MOVE(ScheduledDiscovery)

    // What the next start() sweeps (a sweep in progress keeps what it started with).
    void setSettings(const DiscoverySettings &settings) { m_settings = settings; }
    const DiscoverySettings &settings() const { return m_settings; }
    void setOptions(const collect::PollOptions &options) { m_options = options; }

    // Starts a sweep; finished() follows. Returns false (and calls done with a failure) when one is running.
    bool start(JobDone done = {});
    bool isRunning() const { return m_running; }
    JobStarter starter(); // for Scheduler::addJob

    // Empty when the settings can be scheduled, else why not (ranges and the targets' syntax).
    static QString check(const DiscoverySettings &settings);
    // The schedule the settings ask for; Off gives a disabled schedule (the job can still run on demand).
    static Schedule scheduleFor(const DiscoverySettings &settings);
    static QString jobName() { return QStringLiteral("discovery"); }

Q_SIGNALS:
    void progress(const fleet::discovery::DiscoveryProgress &progress);
    void finished(const fleet::schedule::DiscoveryJobOutcome &outcome);

private:
    struct Prepared;
    void onPrepared(const std::shared_ptr<Prepared> &prepared);
    void onSwept(const discovery::DiscoveryResult &result);
    void onStored(const storage::BatchResult &stored);
    void onStoreFailed(const storage::StorageError &error);
    void finish(DiscoveryJobOutcome outcome);

    ProfileRoot m_profile;
    DiscoverySettings m_settings;
    collect::PollOptions m_options;
    discovery::DiscoveryJob m_job;
    BatchWriter m_writer;
    LoaderThread m_loader;
    DiscoveryJobOutcome m_outcome; // of the sweep in progress
    QStringList m_runTargets;      // the specs of the sweep in progress, for the run record
    JobDone m_done;
    bool m_running = false;
};

} // namespace fleet::schedule

Q_DECLARE_METATYPE(fleet::schedule::DiscoveryJobOutcome)
