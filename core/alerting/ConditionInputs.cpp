#include "alerting/ConditionInputs.h"

#include "storage/FleetRepository.h"
#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QStorageInfo>

namespace fleet::alerting {

using storage::Result;
namespace sql = storage::sql;

namespace {

// The first failure after the last success of requests to endpoint; invalid when the newest
// request succeeded or none was made.
Result<QDateTime> failingSince(storage::Database &db, const QString &endpoint)
{
    auto lastOk = db.scalar(QStringLiteral("SELECT MAX(at) FROM sync_exchanges WHERE endpoint = ? AND status BETWEEN "
                                           "200 AND 299"),
                            {endpoint});
    if (!lastOk)
        return lastOk.error();
    auto firstFail = db.scalar(QStringLiteral("SELECT MIN(at) FROM sync_exchanges WHERE endpoint = ? AND at > ? AND "
                                              "(status IS NULL OR status NOT BETWEEN 200 AND 299)"),
                               {endpoint, lastOk->isNull() ? QVariant(qint64(0)) : *lastOk});
    if (!firstFail)
        return firstFail.error();
    return sql::time(*firstFail);
}

Result<DeviceInput> loadDevice(storage::Database &db, storage::FleetRepository &repo, const storage::DeviceRecord &d,
                               const QDateTime &now, const Thresholds &t)
{
    DeviceInput in;
    in.device = d;
    auto alerts = repo.openAlerts(d.id);
    if (!alerts)
        return alerts.error();
    in.openAlerts = *alerts;

    auto snapshot = repo.latestSnapshot(d.id);
    if (!snapshot)
        return snapshot.error();
    if (*snapshot) {
        in.detectedErrorsAt = (*snapshot)->polledAt;
        const QJsonObject status = (*snapshot)->snapshot.value(QStringLiteral("status")).toObject();
        for (const QJsonValue &v : status.value(QStringLiteral("detectedErrors")).toArray())
            in.detectedErrors << v.toString();
    }

    storage::HistoryFilter recent;
    recent.since = now.addDays(-storage::ForecastOptions{}.windowDays);
    auto supplies = repo.supplyHistory(d.id, recent);
    if (!supplies)
        return supplies.error();
    QMap<qint64, storage::SupplyReading> latest;
    for (const storage::SupplyReading &r : *supplies)
        latest.insert(r.supplyId, r);
    for (const storage::SupplyReading &r : std::as_const(latest)) {
        SupplyInput s;
        s.supplyId = r.supplyId;
        s.description = r.description;
        s.colour = r.colour;
        s.supplyClass = r.supplyClass;
        s.percent = r.percent;
        s.state = r.state;
        s.readAt = r.readAt;
        s.forecast = storage::forecastSupply(storage::supplyPoints(*supplies, r.supplyId));
        in.supplies << s;
    }

    storage::HistoryFilter lastPolls;
    lastPolls.limit = qMax(1, t.failedPolls);
    auto polls = repo.polls(d.id, lastPolls);
    if (!polls)
        return polls.error();
    for (auto it = polls->crbegin(); it != polls->crend(); ++it) { // newest first
        if (it->result != storage::kPollFailed)
            break;
        ++in.consecutiveFailedPolls;
        in.failingSince = it->polledAt;
    }

    storage::HistoryFilter events;
    events.since = now.addSecs(-qint64(t.eventHours) * 3600);
    events.kind = storage::kEventCounterWentDown;
    auto counterEvents = repo.events(d.id, events);
    if (!counterEvents)
        return counterEvents.error();
    in.recentEvents = *counterEvents;
    Q_UNUSED(db)
    return in;
}

} // namespace

Result<EvaluationInput> loadConditionInputs(storage::Database &db, const QDateTime &now, const Thresholds &thresholds)
{
    EvaluationInput input;
    input.now = now;
    input.thresholds = thresholds;
    storage::FleetRepository repo(db);
    auto devices = repo.devices(true);
    if (!devices)
        return devices.error();
    for (const storage::DeviceRecord &d : *devices) {
        auto in = loadDevice(db, repo, d, now, thresholds);
        if (!in)
            return in.error();
        input.devices << *in;
    }
    auto upload = failingSince(db, QStringLiteral("/v1/payloads"));
    if (!upload)
        return upload.error();
    input.agent.uploadFailingSince = *upload;
    auto commands = failingSince(db, QStringLiteral("/v1/commands"));
    if (!commands)
        return commands.error();
    input.agent.commandPollFailingSince = *commands;
    if (!db.path().isEmpty()) {
        const QStorageInfo disk(QFileInfo(db.path()).absolutePath());
        if (disk.isValid()) {
            input.agent.diskFreeBytes = disk.bytesAvailable();
            input.agent.diskTotalBytes = disk.bytesTotal();
        }
    }
    return input;
}

} // namespace fleet::alerting
