#include "schedule/Scheduler.h"

#include "schedule/ScheduleLog.h"

#include <QPointer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace fleet::schedule {

Scheduler::Scheduler(Clock *clock, ScheduleState *state, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_state(state)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::runDueJobs);
    connect(m_clock, &Clock::changed, this, &Scheduler::arm);
}

Scheduler::~Scheduler() = default;

QString Scheduler::addJob(const QString &name, const Schedule &schedule, JobStarter starter)
{
    if (name.isEmpty())
        return tr("A job needs a name.");
    if (m_jobs.contains(name))
        return tr("There is already a job named %1.").arg(name);
    if (const QString problem = schedule.validate(); !problem.isEmpty())
        return problem;
    Job job;
    job.schedule = schedule;
    job.starter = std::move(starter);
    if (m_state) {
        if (const auto saved = m_state->job(name))
            job.state = *saved;
    }
    const QString key = schedule.key();
    const bool keepSaved = job.state.scheduleKey == key && (job.state.nextDue.isValid() || !schedule.isEnabled());
    if (!keepSaved) {
        job.state.scheduleKey = key;
        job.state.nextDue = schedule.nextDue(job.state.lastStarted, m_clock->now(), m_rng);
    }
    m_order << name;
    const Job &added = *m_jobs.insert(name, std::move(job));
    qCDebug(lcSchedule) << "job" << name << key << "next due" << added.state.nextDue;
    persist(name, added);
    Q_EMIT nextDueChanged(name, added.state.nextDue);
    arm();
    return {};
}

QString Scheduler::setSchedule(const QString &name, const Schedule &schedule)
{
    const auto it = m_jobs.find(name);
    if (it == m_jobs.end())
        return tr("There is no job named %1.").arg(name);
    if (const QString problem = schedule.validate(); !problem.isEmpty())
        return problem;
    it->schedule = schedule;
    it->state.scheduleKey = schedule.key();
    if (!it->running)
        setNextDue(name, *it, schedule.nextDue(it->state.lastStarted, m_clock->now(), m_rng));
    persist(name, *it);
    arm();
    return {};
}

void Scheduler::start()
{
    m_started = true;
    arm();
}

void Scheduler::pause()
{
    m_paused = true;
    arm();
}

void Scheduler::resume()
{
    m_paused = false;
    arm();
}

bool Scheduler::runNow(const QString &name)
{
    const auto it = m_jobs.constFind(name);
    if (it == m_jobs.cend() || it->running)
        return false;
    startJob(name);
    arm();
    return true;
}

bool Scheduler::isRunning(const QString &name) const
{
    const auto it = m_jobs.constFind(name);
    return it != m_jobs.cend() && it->running;
}

QDateTime Scheduler::nextDue(const QString &name) const
{
    const auto it = m_jobs.constFind(name);
    return it == m_jobs.cend() ? QDateTime() : it->state.nextDue;
}

std::optional<JobState> Scheduler::jobState(const QString &name) const
{
    const auto it = m_jobs.constFind(name);
    if (it == m_jobs.cend())
        return std::nullopt;
    return it->state;
}

void Scheduler::startJob(const QString &name)
{
    Job &job = m_jobs[name];
    job.running = true;
    job.runId = m_nextRunId++;
    // nextDue stays as it was: if the process dies during the run, a due job is due again on
    // restart, while a runNow() ahead of time does not move the schedule.
    job.state.lastStarted = m_clock->now();
    persist(name, job);
    qCInfo(lcSchedule) << "starting" << name;
    Q_EMIT jobStarted(name);

    QPointer<Scheduler> self(this);
    auto reported = std::make_shared<std::atomic_bool>(false);
    const quint64 runId = job.runId;
    JobDone done = [self, name, runId, reported](bool ok, const QString &message) {
        if (reported->exchange(true) || !self)
            return;
        // Always queued: the job may report from its own thread, or from inside its starter.
        QMetaObject::invokeMethod(
            self.data(), [self, name, runId, ok, message] { self->onJobDone(name, runId, ok, message); },
            Qt::QueuedConnection);
    };
    const JobStarter starter = job.starter; // the starter may add or change jobs
    starter(std::move(done));
}

void Scheduler::onJobDone(const QString &name, quint64 runId, bool ok, const QString &message)
{
    const auto it = m_jobs.find(name);
    if (it == m_jobs.end() || !it->running || it->runId != runId)
        return;
    it->running = false;
    const QDateTime now = m_clock->now();
    it->state.lastFinished = now;
    it->state.lastOk = ok;
    it->state.lastMessage = message;
    it->state.nextDue = it->schedule.nextDue(it->state.lastStarted, now, m_rng);
    persist(name, *it);
    if (ok)
        qCInfo(lcSchedule).noquote() << name << "finished:" << message;
    else
        qCWarning(lcSchedule).noquote() << name << "failed:" << message;
    Q_EMIT jobFinished(name, ok, message);
    Q_EMIT nextDueChanged(name, it->state.nextDue);
    arm();
}

void Scheduler::setNextDue(const QString &name, Job &job, const QDateTime &due)
{
    if (job.state.nextDue == due)
        return;
    job.state.nextDue = due;
    Q_EMIT nextDueChanged(name, due);
}

void Scheduler::runDueJobs()
{
    if (!m_started || m_paused)
        return;
    const QDateTime now = m_clock->now();
    QStringList due;
    for (const QString &name : std::as_const(m_order)) {
        const Job &job = m_jobs[name];
        if (!job.running && job.state.nextDue.isValid() && job.state.nextDue <= now)
            due << name;
    }
    // Earliest due first; equal times in registration order (stable sort).
    std::stable_sort(due.begin(), due.end(), [this](const QString &a, const QString &b) {
        return m_jobs[a].state.nextDue < m_jobs[b].state.nextDue;
    });
    for (const QString &name : std::as_const(due)) {
        if (!m_paused && !m_jobs[name].running) // a starter may have paused or run it
            startJob(name);
    }
    arm();
}

void Scheduler::arm()
{
    m_timer.stop();
    if (!m_started || m_paused)
        return;
    QDateTime earliest;
    for (const Job &job : std::as_const(m_jobs)) {
        if (!job.running && job.state.nextDue.isValid() && (!earliest.isValid() || job.state.nextDue < earliest))
            earliest = job.state.nextDue;
    }
    if (!earliest.isValid())
        return; // nothing to wait for: no timer at all
    const qint64 wait = std::clamp<qint64>(m_clock->now().msecsTo(earliest), 0, m_maxWait.count());
    m_timer.start(int(wait));
}

void Scheduler::persist(const QString &name, const Job &job)
{
    if (!m_state)
        return;
    m_state->setJob(name, job.state);
    if (const QString problem = m_state->save(); !problem.isEmpty()) {
        qCWarning(lcSchedule).noquote() << problem;
        Q_EMIT stateSaveFailed(problem);
    }
}

} // namespace fleet::schedule
