#include "control/StatusReport.h"

#include "schedule/PollJob.h"
#include "schedule/ScheduleState.h"
#include "schedule/ScheduledDiscovery.h"
#include "storage/Database.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace fleet::control {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::control", s);
}

QString timeToJson(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

// ScheduleState::load() sets a damaged file aside; a reader must not, so it loads a copy.
schedule::ScheduleState readScheduleCopy(const QString &path, QString *problem)
{
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("schedule.json"));
    if (!QFile::exists(path) || !scratch.isValid() || !QFile::copy(path, copy))
        return schedule::ScheduleState();
    schedule::ScheduleState state(copy);
    *problem = state.load();
    return state;
}

constexpr int kErrorWindowDays = 7;

} // namespace

RunInfo RunInfo::from(const std::optional<schedule::JobState> &state, const QDateTime &next)
{
    RunInfo run;
    if (state) {
        run.lastStarted = state->lastStarted;
        run.lastFinished = state->lastFinished;
        run.lastOk = state->lastOk;
        run.lastMessage = state->lastMessage;
    }
    run.next = next;
    return run;
}

QJsonObject RunInfo::toJson() const
{
    return {{QStringLiteral("lastStarted"), timeToJson(lastStarted)},
            {QStringLiteral("lastFinished"), timeToJson(lastFinished)},
            {QStringLiteral("lastOk"), lastOk},
            {QStringLiteral("lastMessage"), lastMessage},
            {QStringLiteral("next"), timeToJson(next)}};
}

RunInfo RunInfo::fromJson(const QJsonObject &o)
{
    RunInfo run;
    run.lastStarted = timeFromJson(o.value(u"lastStarted"));
    run.lastFinished = timeFromJson(o.value(u"lastFinished"));
    run.lastOk = o.value(u"lastOk").toBool();
    run.lastMessage = o.value(u"lastMessage").toString();
    run.next = timeFromJson(o.value(u"next"));
    return run;
}

QJsonObject StatusReport::toJson() const
{
    QJsonArray errorList;
    for (const RecentError &e : errors)
        errorList.append(QJsonObject{{QStringLiteral("at"), timeToJson(e.at)},
                                     {QStringLiteral("source"), e.source},
                                     {QStringLiteral("message"), e.message}});
    return {{QStringLiteral("daemonRunning"), daemonRunning},
            {QStringLiteral("pid"), double(pid)},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("state"), state},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("pollIntervalMinutes"), pollIntervalMinutes},
            {QStringLiteral("poll"), poll.toJson()},
            {QStringLiteral("discovery"), discovery.toJson()},
            {QStringLiteral("sync"), sync.toJson()},
            {QStringLiteral("nextRetry"), timeToJson(nextRetry)},
            {QStringLiteral("outbox"), QJsonObject{{QStringLiteral("queued"), outboxQueued},
                                                   {QStringLiteral("delivered"), outboxDelivered},
                                                   {QStringLiteral("rejected"), outboxRejected}}},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("errors"), errorList}};
}

StatusReport StatusReport::fromJson(const QJsonObject &o)
{
    StatusReport s;
    s.daemonRunning = o.value(u"daemonRunning").toBool();
    s.pid = qint64(o.value(u"pid").toDouble());
    s.profile = o.value(u"profile").toString();
    s.state = o.value(u"state").toString();
    s.paused = o.value(u"paused").toBool();
    s.pollIntervalMinutes = o.value(u"pollIntervalMinutes").toInt();
    s.poll = RunInfo::fromJson(o.value(u"poll").toObject());
    s.discovery = RunInfo::fromJson(o.value(u"discovery").toObject());
    s.sync = RunInfo::fromJson(o.value(u"sync").toObject());
    s.nextRetry = timeFromJson(o.value(u"nextRetry"));
    const QJsonObject outbox = o.value(u"outbox").toObject();
    s.outboxQueued = outbox.value(u"queued").toInt();
    s.outboxDelivered = outbox.value(u"delivered").toInt();
    s.outboxRejected = outbox.value(u"rejected").toInt();
    s.devices = o.value(u"devices").toInt();
    const QJsonArray errorList = o.value(u"errors").toArray();
    for (const QJsonValue &v : errorList) {
        const QJsonObject e = v.toObject();
        s.errors.append({timeFromJson(e.value(u"at")), e.value(u"source").toString(), e.value(u"message").toString()});
        if (s.errors.size() >= kMaxRecentErrors)
            break;
    }
    return s;
}

QString StatusReport::addFromDatabase(storage::Database &db)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM devices"));
    if (!count)
        return count.error().message;
    devices = count->toInt();
    auto outbox = db.run(QStringLiteral("SELECT state, COUNT(*) FROM sync_outbox GROUP BY state"));
    if (!outbox)
        return outbox.error().message;
    while ((*outbox)->next()) {
        const QString state = (*outbox)->value(0).toString();
        const int n = (*outbox)->value(1).toInt();
        if (state == u"queued")
            outboxQueued = n;
        else if (state == u"acknowledged")
            outboxDelivered = n;
        else if (state == u"rejected")
            outboxRejected = n;
    }
    // Failed exchanges with the remote-services server of the last days. Their messages are
    // written by the sync code, which never puts a secret in them.
    const qint64 since = QDateTime::currentDateTimeUtc().addDays(-kErrorWindowDays).toMSecsSinceEpoch();
    auto exchanges =
        db.run(QStringLiteral("SELECT at, endpoint, error FROM sync_exchanges WHERE error <> '' AND at >= ? "
                              "ORDER BY at DESC LIMIT %1")
                   .arg(kMaxRecentErrors),
               {since});
    if (!exchanges)
        return exchanges.error().message;
    while ((*exchanges)->next())
        errors.append(
            {QDateTime::fromMSecsSinceEpoch((*exchanges)->value(0).toLongLong(), Qt::UTC), QStringLiteral("sync"),
             QStringLiteral("%1: %2").arg((*exchanges)->value(1).toString(), (*exchanges)->value(2).toString())});
    std::stable_sort(errors.begin(), errors.end(),
                     [](const RecentError &a, const RecentError &b) { return a.at > b.at; });
    if (errors.size() > kMaxRecentErrors)
        errors.resize(kMaxRecentErrors);
    return {};
}

Expected<StatusReport> StatusReport::readFromProfile(const ProfileRoot &profile)
{
    StatusReport s;
    s.profile = profile.dir();
    const AppSettings settings(profile);
    s.paused = settings.schedulePaused();
    s.pollIntervalMinutes = int(settings.pollInterval().count());
    QString problem;
    const schedule::ScheduleState fleet = readScheduleCopy(schedule::ScheduleState::pathIn(profile), &problem);
    if (!problem.isEmpty())
        s.errors.append({QDateTime::currentDateTimeUtc(), QStringLiteral("schedule"), problem});
    const schedule::ScheduleState syncState = readScheduleCopy(sync::SyncService::statePath(profile), &problem);
    if (!problem.isEmpty())
        s.errors.append({QDateTime::currentDateTimeUtc(), QStringLiteral("schedule"), problem});
    const auto job = [](const schedule::ScheduleState &state, const QString &name) {
        const auto j = state.job(name);
        return RunInfo::from(j, j ? j->nextDue : QDateTime());
    };
    s.poll = job(fleet, schedule::PollJob::jobName());
    s.discovery = job(fleet, schedule::ScheduledDiscovery::jobName());
    s.sync = job(syncState, sync::SyncService::syncJobName());
    for (const auto &[source, run] :
         {std::pair{QStringLiteral("poll"), s.poll}, std::pair{QStringLiteral("discovery"), s.discovery},
          std::pair{QStringLiteral("sync"), s.sync}}) {
        if (run.lastFinished.isValid() && !run.lastOk)
            s.errors.append({run.lastFinished, source, run.lastMessage});
    }
    if (!QFile::exists(profile.databasePath()))
        return s;
    storage::Database db(QStringLiteral("status"));
    if (const auto e = db.open(profile.databasePath()))
        return Expected<StatusReport>::failure(e.message);
    if (const QString e = s.addFromDatabase(db); !e.isEmpty())
        return Expected<StatusReport>::failure(tr("Cannot read the status from the database: %1").arg(e));
    return s;
}

} // namespace fleet::control
