#pragma once
// The periodic poll: every in-scope device stored in the profile's database is polled with the
// stored credential profiles (the one that worked last tried first) and the results are stored
// in one transaction. The device list is read on a short-lived thread with its own connection,
// the poll runs on the SNMP engine thread and the write on a StorageThread, so the thread that
// owns the PollJob (the GUI's) never waits on the network or the disk.

#include "collect/Poller.h"
#include "schedule/BatchWriter.h"
#include "schedule/LoaderThread.h"
#include "schedule/Scheduler.h"
#include "util/ProfileRoot.h"

#include <QObject>

#include <memory>

namespace fleet::schedule {

struct PollJobOutcome
{
    bool ok = false;   // the poll ran and its results were stored
    int devices = 0;   // devices polled
    int reachable = 0; // devices that answered
    int failed = 0;    // devices that did not answer (a failed poll is stored for each)
    int stored = 0;    // snapshots written
    QString message;   // readable summary, or why the job failed
};

class PollJob final : public QObject
{
    Q_OBJECT
public:
    explicit PollJob(ProfileRoot profile, QObject *parent = nullptr);
    // Waits for the device list read in progress (short); a poll in progress is cancelled.
    ~PollJob() override;
    Q_DISABLE_COPY_MOVE(PollJob)

    void setOptions(const collect::PollOptions &options) { m_options = options; }

    // Starts a poll of the stored fleet; finished() follows. done, when given, is called with
    // the same result. Returns false (and calls done with a failure) when a poll is running.
    bool start(JobDone done = {});
    bool isRunning() const { return m_running; }
    // For Scheduler::addJob.
    JobStarter starter();

    static QString jobName() { return QStringLiteral("poll"); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const fleet::schedule::PollJobOutcome &outcome);

private:
    struct Loaded;
    void onLoaded(const std::shared_ptr<Loaded> &loaded);
    void onPollFinished();
    void onStored(const storage::BatchResult &result);
    void onStoreFailed(const storage::StorageError &error);
    void finish(PollJobOutcome outcome);

    ProfileRoot m_profile;
    collect::PollOptions m_options;
    collect::Poller m_poller;
    BatchWriter m_writer;
    LoaderThread m_loader;
    QList<DeviceSnapshot> m_results;
    JobDone m_done;
    bool m_running = false;
};

} // namespace fleet::schedule

Q_DECLARE_METATYPE(fleet::schedule::PollJobOutcome)
