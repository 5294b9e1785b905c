#include "schedule/ScheduledDiscovery.h"

#include "schedule/ScheduleLog.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <algorithm>

namespace fleet::schedule {

struct ScheduledDiscovery::Prepared
{
    QList<discovery::Target> targets;
    QList<snmp::Credential> credentials;
    QStringList notices;
    QString error;
};

ScheduledDiscovery::ScheduledDiscovery(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_writer(m_profile.databasePath(), this, &ScheduledDiscovery::onStored, &ScheduledDiscovery::onStoreFailed)
{
    qRegisterMetaType<fleet::schedule::DiscoveryJobOutcome>();
    // The same politeness as the command line's discover: inventory depth, 200 starts a second.
    m_options.depth = collect::PollDepth::Inventory;
    m_options.startsPerSecond = 200;
    connect(&m_job, &discovery::DiscoveryJob::progress, this, &ScheduledDiscovery::progress);
    connect(&m_job, &discovery::DiscoveryJob::finished, this, &ScheduledDiscovery::onSwept);
}

ScheduledDiscovery::~ScheduledDiscovery()
{
    m_loader.wait();
    if (m_job.isRunning()) {
        m_running = false; // no finished() from a half-destroyed object
        m_job.cancel();
    }
}

JobStarter ScheduledDiscovery::starter()
{
    return [this](JobDone done) { start(std::move(done)); };
}

QString ScheduledDiscovery::check(const DiscoverySettings &settings)
{
    if (QString problem = AppSettings::checkDiscovery(settings); !problem.isEmpty())
        return problem;
    const discovery::TargetParseResult parsed = discovery::TargetSpec::expand(settings.targets);
    if (!parsed.errors.isEmpty())
        return parsed.errors.first().toString();
    if (settings.mode != DiscoveryMode::Off && parsed.targets.isEmpty())
        return tr("The discovery targets leave no address to sweep.");
    return {};
}

Schedule ScheduledDiscovery::scheduleFor(const DiscoverySettings &settings)
{
    Schedule schedule = settings.mode == DiscoveryMode::Daily
                            ? Schedule::dailyAt(settings.dailyTime)
                            : Schedule::every(std::chrono::hours(std::max(1, settings.intervalHours)));
    schedule.setEnabled(settings.mode != DiscoveryMode::Off);
    return schedule;
}

bool ScheduledDiscovery::start(JobDone done)
{
    if (m_running) {
        if (done)
            done(false, tr("A discovery is already running."));
        return false;
    }
    m_running = true;
    m_done = std::move(done);
    m_outcome = {};
    m_runTargets = m_settings.targets;

    auto prepared = std::make_shared<Prepared>();
    const ProfileRoot profile = m_profile;
    const DiscoverySettings settings = m_settings;
    // Runs on the loader thread with its own connection, closed before the thread ends.
    const auto prepare = [profile, settings, prepared] {
        const discovery::TargetParseResult parsed = discovery::TargetSpec::expand(settings.targets);
        for (const discovery::TargetError &e : parsed.errors)
            prepared->notices << e.toString();
        prepared->targets = parsed.targets;
        if (prepared->targets.isEmpty()) {
            prepared->error = tr("The discovery has no targets to sweep.");
            return;
        }
        storage::Database db(QStringLiteral("scheduled-discovery"));
        const auto stored = storage::openProfileCredentials(profile, db);
        if (!stored) {
            prepared->error = stored.error().message;
            return;
        }
        if (settings.credentialProfiles.isEmpty()) {
            // Every stored profile in its order; none stored: v2c "public", as the command line (R1.2).
            prepared->credentials = stored->isEmpty() ? QList{snmp::Credential{}} : *stored;
            return;
        }
        for (const QString &name : settings.credentialProfiles) {
            const auto it = std::find_if(stored->cbegin(), stored->cend(),
                                         [&](const snmp::Credential &c) { return c.name == name; });
            if (it == stored->cend())
                prepared->notices << tr("No stored credential profile named %1.").arg(name);
            else
                prepared->credentials << *it;
        }
        if (prepared->credentials.isEmpty())
            prepared->error = tr("None of the discovery's credential profiles is stored any more.");
    };
    m_loader.start(QStringLiteral("fleet-discovery-load"), prepare, this, [this, prepared] { onPrepared(prepared); });
    return true;
}

void ScheduledDiscovery::onPrepared(const std::shared_ptr<Prepared> &prepared)
{
    m_outcome.notices = prepared->notices;
    if (!prepared->error.isEmpty()) {
        DiscoveryJobOutcome outcome = m_outcome;
        outcome.message = prepared->error;
        finish(outcome);
        return;
    }
    m_outcome.targets = int(prepared->targets.size());
    qCInfo(lcSchedule) << "discovery of" << prepared->targets.size() << "targets with" << prepared->credentials.size()
                       << "credential profiles";
    m_job.start(prepared->targets, prepared->credentials, prepared->credentials, m_options);
}

void ScheduledDiscovery::onSwept(const discovery::DiscoveryResult &result)
{
    if (!m_running)
        return;
    m_outcome.found = int(result.printers.size());
    m_outcome.skipped = int(result.skipped.size());
    m_outcome.failed = int(result.failed.size());
    m_outcome.notices << m_job.refused();

    storage::DiscoveryRunRecord run;
    run.startedAt = result.startedAt;
    run.finishedAt = result.finishedAt;
    run.targets = m_runTargets;
    run.found = m_outcome.found;
    run.skipped = m_outcome.skipped;
    run.failed = m_outcome.failed;
    run.summary =
        tr("%1 printers, %2 other SNMP devices, %3 without answer").arg(run.found).arg(run.skipped).arg(run.failed);
    storage::StoreContext context;
    context.discoveryMethod = QStringLiteral("scan");
    context.discoveryRun = run;

    m_writer.store(result.printers, context);
}

void ScheduledDiscovery::onStored(const storage::BatchResult &stored)
{
    DiscoveryJobOutcome outcome = m_outcome;
    outcome.ok = true;
    outcome.added =
        int(std::count_if(stored.outcomes.cbegin(), stored.outcomes.cend(), [](const storage::DeviceOutcome &o) {
            return o.kind == storage::DeviceOutcome::Kind::Added;
        }));
    outcome.message = tr("Discovery: %1 printers found (%2 new), %3 other SNMP devices, %4 "
                         "without answer.")
                          .arg(outcome.found)
                          .arg(outcome.added)
                          .arg(outcome.skipped)
                          .arg(outcome.failed);
    finish(outcome);
}

void ScheduledDiscovery::onStoreFailed(const storage::StorageError &error)
{
    DiscoveryJobOutcome outcome = m_outcome;
    outcome.message = tr("The printers found could not be stored: %1").arg(error.message);
    finish(outcome);
}

void ScheduledDiscovery::finish(DiscoveryJobOutcome outcome)
{
    m_running = false;
    JobDone done = std::move(m_done);
    m_done = {};
    Q_EMIT finished(outcome);
    if (done)
        done(outcome.ok, outcome.message);
}

} // namespace fleet::schedule
