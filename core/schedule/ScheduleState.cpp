#include "schedule/ScheduleState.h"

#include "schedule/ScheduleLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fleet::schedule {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::schedule::ScheduleState", s);
}

constexpr int kFormat = 1;

QString timeToJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Strict: a non-empty value that is not a date is damage, not "never".
bool timeFromJson(const QJsonValue &v, QDateTime *out)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        *out = {};
        return true;
    }
    if (!v.isString())
        return false;
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
    return out->isValid();
}

bool jobFromJson(const QJsonObject &o, JobState *job)
{
    if (!timeFromJson(o.value(u"lastStarted"), &job->lastStarted) ||
        !timeFromJson(o.value(u"lastFinished"), &job->lastFinished) ||
        !timeFromJson(o.value(u"nextDue"), &job->nextDue))
        return false;
    job->lastOk = o.value(u"lastOk").toBool();
    job->lastMessage = o.value(u"lastMessage").toString();
    job->scheduleKey = o.value(u"schedule").toString();
    return true;
}

QJsonObject jobToJson(const JobState &job)
{
    return {{QStringLiteral("lastStarted"), timeToJson(job.lastStarted)},
            {QStringLiteral("lastFinished"), timeToJson(job.lastFinished)},
            {QStringLiteral("lastOk"), job.lastOk},
            {QStringLiteral("lastMessage"), job.lastMessage},
            {QStringLiteral("nextDue"), timeToJson(job.nextDue)},
            {QStringLiteral("schedule"), job.scheduleKey}};
}

} // namespace

ScheduleState::ScheduleState(QString filePath)
    : m_path(std::move(filePath))
{}

QString ScheduleState::pathIn(const ProfileRoot &profile)
{
    return profile.dir() + QStringLiteral("/schedule.json");
}

QString ScheduleState::load()
{
    m_jobs.clear();
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return {};
    QFile file(m_path);
    QString problem;
    QMap<QString, JobState> jobs;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        if (parseError.error != QJsonParseError::NoError) {
            problem = parseError.errorString();
        } else if (!doc.isObject() || doc.object().value(u"format").toInt() != kFormat ||
                   !doc.object().value(u"jobs").isObject()) {
            problem = tr("not a schedule state of this version");
        } else {
            const QJsonObject all = doc.object().value(u"jobs").toObject();
            for (auto it = all.begin(); it != all.end() && problem.isEmpty(); ++it) {
                JobState job;
                if (!it.value().isObject() || !jobFromJson(it.value().toObject(), &job))
                    problem = tr("job %1 has unreadable values").arg(it.key());
                jobs.insert(it.key(), job);
            }
        }
    }
    if (problem.isEmpty()) {
        m_jobs = jobs;
        return {};
    }
    // Keep the damaged file for a look, out of the way of the next save.
    const QString aside = m_path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    QFile::rename(m_path, aside);
    const QString message =
        tr("The schedule state %1 was damaged (%2); the schedules start afresh.").arg(m_path, problem);
    qCWarning(lcSchedule).noquote() << message;
    return message;
}

QString ScheduleState::save() const
{
    if (m_path.isEmpty())
        return {};
    QJsonObject jobs;
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        jobs.insert(it.key(), jobToJson(it.value()));
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("jobs"), jobs}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the schedule state %1: %2").arg(m_path, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write the schedule state %1: %2").arg(m_path, file.errorString());
    return {};
}

std::optional<JobState> ScheduleState::job(const QString &name) const
{
    const auto it = m_jobs.constFind(name);
    if (it == m_jobs.cend())
        return std::nullopt;
    return *it;
}

void ScheduleState::setJob(const QString &name, const JobState &state)
{
    m_jobs.insert(name, state);
}

} // namespace fleet::schedule
