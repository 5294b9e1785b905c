#include "storage/SnapshotStore.h"

#include "collect/SnapshotJson.h"
#include "storage/AlertTracker.h"
#include "storage/DeviceMatcher.h"
#include "storage/EventLog.h"
#include "storage/MeterRecorder.h"
#include "storage/SqlValues.h"
#include "storage/StorageLog.h"
#include "storage/SupplyRecorder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::SnapshotStore", s);
}

QString pollResult(const DeviceSnapshot &s)
{
    if (!s.reachable)
        return kPollFailed;
    return s.error.isError() ? QString(kPollPartial) : QString(kPollOk);
}
} // namespace

QString outcomeKindName(DeviceOutcome::Kind kind)
{
    switch (kind) {
    case DeviceOutcome::Kind::Added:
        return QStringLiteral("added");
    case DeviceOutcome::Kind::Updated:
        return QStringLiteral("updated");
    case DeviceOutcome::Kind::FailedPoll:
        return QStringLiteral("failedPoll");
    case DeviceOutcome::Kind::SkippedUnknown:
        return QStringLiteral("skippedUnknown");
    }
    return {};
}

Result<BatchResult> SnapshotStore::storeBatch(const QList<DeviceSnapshot> &snapshots, const StoreContext &context)
{
    Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    BatchResult result;
    std::optional<qint64> runId;
    if (context.discoveryRun) {
        auto id = insertDiscoveryRun(*context.discoveryRun);
        if (!id)
            return id.error();
        runId = *id;
        result.discoveryRunId = runId;
    }
    for (int i = 0; i < snapshots.size(); ++i) {
        DeviceOutcome outcome;
        if (auto error = storeOne(i, snapshots.at(i), context, runId, outcome)) {
            qCWarning(lcStorage) << "storing snapshot" << i << "of" << snapshots.size() << "(" << snapshots.at(i).target
                                 << ") failed; the batch is rolled back:" << error.message;
            return error;
        }
        if (outcome.kind != DeviceOutcome::Kind::SkippedUnknown)
            ++result.stored;
        result.outcomes.append(outcome);
    }
    if (auto error = tx.commit())
        return error;
    qCDebug(lcStorage) << "stored" << result.stored << "of" << snapshots.size() << "snapshots";
    return result;
}

StorageError SnapshotStore::storeOne(int index, const DeviceSnapshot &snapshot, const StoreContext &context,
                                     std::optional<qint64> runId, DeviceOutcome &outcome)
{
    outcome.snapshotIndex = index;
    outcome.target = snapshot.target;
    const QDateTime polledAt =
        snapshot.polledAt.isValid() ? snapshot.polledAt.toUTC() : QDateTime::currentDateTimeUtc();
    if (!snapshot.reachable)
        return storeUnreachable(snapshot, polledAt, outcome);

    DeviceMatcher matcher(m_db);
    auto match = matcher.match(snapshot);
    if (!match)
        return match.error();
    const QString address = DeviceMatcher::addressOf(snapshot);
    EventLog events(m_db);
    if (*match) {
        outcome.kind = DeviceOutcome::Kind::Updated;
        outcome.deviceId = (*match)->deviceId;
        if (auto error = updateDevice(outcome.deviceId, snapshot, polledAt))
            return error;
        if ((*match)->address != address) {
            if (auto error = moveDevice(outcome.deviceId, (*match)->address, address, polledAt, outcome))
                return error;
        }
    } else {
        auto id = addDevice(snapshot, polledAt, context, runId);
        if (!id)
            return id.error();
        outcome.kind = DeviceOutcome::Kind::Added;
        outcome.deviceId = *id;
        const QString serial = DeviceMatcher::usableSerial(snapshot.identity.serialNumber);
        auto event =
            events.record(outcome.deviceId, polledAt, kEventDeviceAdded,
                          QStringLiteral("Device added at %1 (%2)").arg(address, snapshot.identity.model),
                          {{QStringLiteral("address"), address},
                           {QStringLiteral("serial"), serial},
                           {QStringLiteral("model"), snapshot.identity.model},
                           {QStringLiteral("sysObjectID"), snapshot.identity.sysObjectID},
                           {QStringLiteral("macAddresses"),
                            QJsonArray::fromStringList(DeviceMatcher::usableMacs(snapshot.network.macAddresses))},
                           {QStringLiteral("discoveryMethod"), context.discoveryMethod}});
        if (!event)
            return event.error();
        outcome.events.append(kEventDeviceAdded);
    }
    const qint64 id = outcome.deviceId;
    if (auto error = storeMacs(id, DeviceMatcher::usableMacs(snapshot.network.macAddresses), polledAt))
        return error;
    if (auto error = insertPoll(id, snapshot, polledAt))
        return error;
    if (auto error = MeterRecorder(m_db).record(id, snapshot, polledAt, outcome.events))
        return error;
    if (auto error = SupplyRecorder(m_db).record(id, snapshot.supplies, polledAt))
        return error;
    if (auto error = AlertTracker(m_db).update(id, snapshot.alerts, polledAt, !snapshot.error.isError()))
        return error;
    return storeLatest(id, snapshot, polledAt);
}

StorageError SnapshotStore::storeUnreachable(const DeviceSnapshot &snapshot, const QDateTime &polledAt,
                                             DeviceOutcome &outcome)
{
    // Silence proves nothing about identity: an unreachable address never creates a device.
    DeviceMatcher matcher(m_db);
    auto match = matcher.matchAddress(DeviceMatcher::addressOf(snapshot));
    if (match && !*match && !snapshot.address.isEmpty() && snapshot.target != snapshot.address)
        match = matcher.matchAddress(snapshot.target);
    if (!match)
        return match.error();
    if (!*match) {
        outcome.kind = DeviceOutcome::Kind::SkippedUnknown;
        return {};
    }
    outcome.kind = DeviceOutcome::Kind::FailedPoll;
    outcome.deviceId = (*match)->deviceId;
    if (auto error = m_db.exec(QStringLiteral("UPDATE devices SET last_poll_at = max(coalesce(last_poll_at, 0), ?), "
                                              "status = ? WHERE id = ?"),
                               {sql::time(polledAt), overallStatusName(OverallStatus::Offline), outcome.deviceId}))
        return error;
    return insertPoll(outcome.deviceId, snapshot, polledAt);
}

Result<qint64> SnapshotStore::addDevice(const DeviceSnapshot &s, const QDateTime &polledAt, const StoreContext &context,
                                        std::optional<qint64> runId)
{
    const QVariant at = sql::time(polledAt);
    const QString method = context.discoveryMethod.isEmpty() ? QStringLiteral("poll") : context.discoveryMethod;
    return m_db.insert(
        QStringLiteral("INSERT INTO devices (serial, sys_object_id, manufacturer, model, name, location, firmware, "
                       "address, first_seen, last_seen, last_success_at, last_poll_at, status, credential_name, "
                       "discovery_method, discovered_at, discovery_run_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::text(DeviceMatcher::usableSerial(s.identity.serialNumber)), s.identity.sysObjectID,
         s.identity.manufacturer, s.identity.model, s.identity.sysName, s.identity.sysLocation, s.identity.firmware,
         DeviceMatcher::addressOf(s), at, at, s.error.isError() ? QVariant() : at, at,
         overallStatusName(s.status.overall), sql::text(s.credentialName), method, at, sql::optional(runId)});
}

StorageError SnapshotStore::updateDevice(qint64 deviceId, const DeviceSnapshot &s, const QDateTime &polledAt)
{
    const QVariant at = sql::time(polledAt);
    // Empty values never erase what the device reported before (a partial poll, a blank field).
    // Discovery method and date stay those of the first sighting.
    return m_db.exec(
        QStringLiteral(
            "UPDATE devices SET serial = coalesce(?, serial), "
            "sys_object_id = coalesce(nullif(?, ''), sys_object_id), "
            "manufacturer = coalesce(nullif(?, ''), manufacturer), model = coalesce(nullif(?, ''), model), "
            "name = coalesce(nullif(?, ''), name), location = coalesce(nullif(?, ''), location), "
            "firmware = coalesce(nullif(?, ''), firmware), "
            "last_seen = max(coalesce(last_seen, 0), ?), "
            "last_success_at = CASE WHEN ? THEN max(coalesce(last_success_at, 0), ?) ELSE last_success_at END, "
            "last_poll_at = max(coalesce(last_poll_at, 0), ?), status = ?, "
            "credential_name = coalesce(?, credential_name) WHERE id = ?"),
        {sql::text(DeviceMatcher::usableSerial(s.identity.serialNumber)), s.identity.sysObjectID,
         s.identity.manufacturer, s.identity.model, s.identity.sysName, s.identity.sysLocation, s.identity.firmware, at,
         int(!s.error.isError()), at, at, overallStatusName(s.status.overall), sql::text(s.credentialName), deviceId});
}

StorageError SnapshotStore::moveDevice(qint64 deviceId, const QString &from, const QString &to, const QDateTime &at,
                                       DeviceOutcome &outcome)
{
    qCInfo(lcStorage) << "device" << deviceId << "moved from" << from << "to" << to;
    if (auto error = m_db.exec(QStringLiteral("UPDATE devices SET address = ?, last_known_address = ?, "
                                              "ip_changed = 1, ip_changed_at = ? WHERE id = ?"),
                               {to, from, sql::time(at), deviceId}))
        return error;
    auto event = EventLog(m_db).record(deviceId, at, kEventIpChanged,
                                       QStringLiteral("Address changed from %1 to %2").arg(from, to),
                                       {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    if (!event)
        return event.error();
    outcome.ipChanged = true;
    outcome.previousAddress = from;
    outcome.events.append(kEventIpChanged);
    return {};
}

StorageError SnapshotStore::storeMacs(qint64 deviceId, const QStringList &macs, const QDateTime &at)
{
    for (const QString &mac : macs) {
        if (auto error = m_db.exec(QStringLiteral("INSERT INTO device_macs (device_id, mac, first_seen, last_seen) "
                                                  "VALUES (?, ?, ?, ?) ON CONFLICT (device_id, mac) DO UPDATE SET "
                                                  "last_seen = max(last_seen, excluded.last_seen)"),
                                   {deviceId, mac, sql::time(at), sql::time(at)}))
            return error;
    }
    return {};
}

StorageError SnapshotStore::insertPoll(qint64 deviceId, const DeviceSnapshot &s, const QDateTime &polledAt)
{
    return m_db.exec(QStringLiteral("INSERT INTO polls (device_id, polled_at, duration_ms, requests, result, "
                                    "error_class, message, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     {deviceId, sql::time(polledAt), s.durationMs, s.requests, pollResult(s),
                      s.error.isError() ? QVariant(snmp::errorClassName(s.error.cls)) : QVariant(),
                      sql::text(s.error.message), DeviceMatcher::addressOf(s)});
}

StorageError SnapshotStore::storeLatest(qint64 deviceId, const DeviceSnapshot &s, const QDateTime &polledAt)
{
    const QString json = QString::fromUtf8(QJsonDocument(collect::snapshotToJson(s)).toJson(QJsonDocument::Compact));
    return m_db.exec(QStringLiteral("INSERT INTO latest_snapshots (device_id, polled_at, snapshot) VALUES (?, ?, ?) "
                                    "ON CONFLICT (device_id) DO UPDATE SET polled_at = excluded.polled_at, "
                                    "snapshot = excluded.snapshot WHERE excluded.polled_at >= polled_at"),
                     {deviceId, sql::time(polledAt), json});
}

Result<qint64> SnapshotStore::insertDiscoveryRun(const DiscoveryRunRecord &run)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO discovery_runs (started_at, finished_at, targets, found, skipped, "
                       "failed, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::time(run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTimeUtc()),
         sql::time(run.finishedAt),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(run.targets)).toJson(QJsonDocument::Compact)),
         run.found, run.skipped, run.failed, run.summary});
}

Result<qint64> SnapshotStore::recordDiscoveryRun(const DiscoveryRunRecord &run)
{
    Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    auto id = insertDiscoveryRun(run);
    if (!id)
        return id;
    if (auto error = tx.commit())
        return error;
    return id;
}

StorageError SnapshotStore::setInScope(qint64 deviceId, bool inScope)
{
    auto query = m_db.run(QStringLiteral("UPDATE devices SET in_scope = ? WHERE id = ?"), {int(inScope), deviceId});
    if (!query)
        return query.error();
    const int changed = (*query)->numRowsAffected();
    (*query)->finish();
    if (changed == 0)
        return {StorageErrorCode::InvalidArgument, tr("There is no device with id %1.").arg(deviceId)};
    return {};
}

} // namespace fleet::storage
