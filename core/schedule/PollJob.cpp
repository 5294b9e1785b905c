#include "schedule/PollJob.h"

#include "schedule/ScheduleLog.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/StorageTypes.h"

#include <algorithm>

namespace fleet::schedule {

struct PollJob::Loaded
{
    QList<collect::PollTarget> targets;
    QString error;
};

PollJob::PollJob(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_writer(m_profile.databasePath(), this, &PollJob::onStored, &PollJob::onStoreFailed)
{
    connect(&m_poller, &collect::Poller::deviceFinished, this,
            [this](const DeviceSnapshot &snapshot) { m_results << snapshot; });
    connect(&m_poller, &collect::Poller::progress, this, &PollJob::progress);
    connect(&m_poller, &collect::Poller::finished, this, &PollJob::onPollFinished);
}

PollJob::~PollJob()
{
    // m_poller outlives m_writer and cancels a poll in progress when destroyed, which emits
    // finished(): that must not reach onPollFinished() (it would store a cancelled poll through
    // an already destroyed StorageThread).
    disconnect(&m_poller, nullptr, this, nullptr);
    m_loader.wait();
}

JobStarter PollJob::starter()
{
    return [this](JobDone done) { start(std::move(done)); };
}

bool PollJob::start(JobDone done)
{
    if (m_running) {
        if (done)
            done(false, tr("A poll is already running."));
        return false;
    }
    m_running = true;
    m_done = std::move(done);
    m_results.clear();

    auto loaded = std::make_shared<Loaded>();
    const ProfileRoot profile = m_profile;
    // Runs on the loader thread with its own connection, closed before the thread ends.
    const auto load = [profile, loaded] {
        storage::Database db(QStringLiteral("polljob"));
        auto credentials = storage::openProfileCredentials(profile, db);
        if (!credentials) {
            loaded->error = credentials.error().message;
            return;
        }
        // No stored profile: v2c "public", the same default as the command line (R1.2).
        const QList<snmp::Credential> profiles = credentials->isEmpty() ? QList{snmp::Credential{}} : *credentials;
        auto devices = storage::FleetRepository(db).devices(true);
        if (!devices) {
            loaded->error = devices.error().message;
            return;
        }
        for (const storage::DeviceRecord &d : std::as_const(*devices)) {
            collect::PollTarget t = collect::Poller::targetFromString(d.address, profiles);
            // The profile that worked last goes first; the others stay in their order.
            const auto it = std::find_if(t.credentials.begin(), t.credentials.end(),
                                         [&](const snmp::Credential &c) { return c.name == d.credentialName; });
            if (!d.credentialName.isEmpty() && it != t.credentials.end())
                std::rotate(t.credentials.begin(), it, it + 1);
            loaded->targets << t;
        }
    };
    m_loader.start(QStringLiteral("fleet-polljob-load"), load, this, [this, loaded] { onLoaded(loaded); });
    return true;
}

void PollJob::onLoaded(const std::shared_ptr<Loaded> &loaded)
{
    if (!loaded->error.isEmpty()) {
        PollJobOutcome outcome;
        outcome.message = loaded->error;
        finish(outcome);
        return;
    }
    if (loaded->targets.isEmpty()) {
        PollJobOutcome outcome;
        outcome.ok = true;
        outcome.message = tr("No devices to poll.");
        finish(outcome);
        return;
    }
    qCInfo(lcSchedule) << "polling" << loaded->targets.size() << "devices";
    m_poller.start(loaded->targets, m_options);
}

void PollJob::onPollFinished()
{
    if (!m_running)
        return;
    m_writer.store(m_results);
}

void PollJob::onStored(const storage::BatchResult &result)
{
    PollJobOutcome outcome;
    outcome.ok = true;
    outcome.devices = int(m_results.size());
    outcome.reachable =
        int(std::count_if(m_results.cbegin(), m_results.cend(), [](const DeviceSnapshot &s) { return s.reachable; }));
    outcome.failed = outcome.devices - outcome.reachable;
    outcome.stored = result.stored;
    outcome.message = tr("Polled %n device(s): %1 answered, %2 did not.", nullptr, outcome.devices)
                          .arg(outcome.reachable)
                          .arg(outcome.failed);
    finish(outcome);
}

void PollJob::onStoreFailed(const storage::StorageError &error)
{
    PollJobOutcome outcome;
    outcome.devices = int(m_results.size());
    outcome.message = error.message;
    finish(outcome);
}

void PollJob::finish(PollJobOutcome outcome)
{
    m_running = false;
    m_results.clear();
    JobDone done = std::move(m_done);
    m_done = {};
    Q_EMIT finished(outcome);
    if (done)
        done(outcome.ok, outcome.message);
}

} // namespace fleet::schedule
