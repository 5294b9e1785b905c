#include "storage/FleetRepository.h"

#include "storage/AlertRow.h"
#include "storage/DeviceMatcher.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <limits>

namespace fleet::storage {

namespace {

constexpr qint64 kEndOfTime = std::numeric_limits<qint64>::max();

// The time window and row limit of a history query as SQL, for the time column given.
struct Window
{
    QString where;
    QVariantList values;
    QVariant limit;
};

Window window(const QString &column, const HistoryFilter &filter)
{
    Window w;
    w.where = QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(column);
    w.values = {filter.since.isValid() ? filter.since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
                filter.until.isValid() ? filter.until.toMSecsSinceEpoch() : kEndOfTime};
    w.limit = filter.limit > 0 ? filter.limit : -1; // LIMIT -1: no limit
    return w;
}

// The newest `limit` rows of inner (ordered by innerOrder, newest first), returned oldest first
// (outerOrder names the same columns as the subquery calls them).
QString newestRows(const QString &inner, const QString &innerOrder, const QString &outerOrder)
{
    return QStringLiteral("SELECT * FROM (%1 ORDER BY %2 LIMIT ?) ORDER BY %3").arg(inner, innerOrder, outerOrder);
}

template <typename T>
Result<QList<T>> collect(Result<QSqlQuery *> query, const std::function<T(const QSqlQuery &)> &read)
{
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    QList<T> rows;
    while (q->next())
        rows.append(read(*q));
    q->finish();
    return rows;
}

const QString kDeviceColumns = QStringLiteral(
    "d.id, d.serial, d.sys_object_id, d.manufacturer, d.model, d.name, d.location, d.firmware, "
    "(SELECT group_concat(mac, ' ') FROM (SELECT mac FROM device_macs WHERE device_id = d.id ORDER BY first_seen, "
    "mac)), "
    "d.address, d.last_known_address, d.ip_changed, d.ip_changed_at, d.first_seen, d.last_seen, d.last_success_at, "
    "d.last_poll_at, d.status, d.credential_name, d.discovery_method, d.discovered_at, d.discovery_run_id, "
    "d.in_scope, d.meters_disagree");

DeviceRecord readDevice(const QSqlQuery &q)
{
    DeviceRecord d;
    d.id = q.value(0).toLongLong();
    d.serial = q.value(1).toString();
    d.sysObjectId = q.value(2).toString();
    d.manufacturer = q.value(3).toString();
    d.model = q.value(4).toString();
    d.name = q.value(5).toString();
    d.location = q.value(6).toString();
    d.firmware = q.value(7).toString();
    d.macAddresses = q.value(8).toString().split(u' ', Qt::SkipEmptyParts);
    d.address = q.value(9).toString();
    d.lastKnownAddress = q.value(10).toString();
    d.ipChanged = q.value(11).toInt() != 0;
    d.ipChangedAt = sql::time(q.value(12));
    d.firstSeen = sql::time(q.value(13));
    d.lastSeen = sql::time(q.value(14));
    d.lastSuccessAt = sql::time(q.value(15));
    d.lastPollAt = sql::time(q.value(16));
    d.status = q.value(17).toString();
    d.credentialName = q.value(18).toString();
    d.discoveryMethod = q.value(19).toString();
    d.discoveredAt = sql::time(q.value(20));
    d.discoveryRunId = sql::optionalInt(q.value(21));
    d.inScope = q.value(22).toInt() != 0;
    d.metersDisagree = q.value(23).toInt() != 0;
    return d;
}

const QString kMeterColumns =
    QStringLiteral("r.id, m.device_id, r.read_at, m.name, r.value, m.unit, m.oid, r.raw_value, m.source, r.suspect");

MeterReading readMeter(const QSqlQuery &q)
{
    MeterReading m;
    m.id = q.value(0).toLongLong();
    m.deviceId = q.value(1).toLongLong();
    m.readAt = sql::time(q.value(2));
    m.meter = q.value(3).toString();
    m.value = quint64(q.value(4).toLongLong());
    m.unit = q.value(5).toString();
    m.oid = q.value(6).toString();
    m.rawValue = q.value(7).isNull() ? QString::number(m.value) : q.value(7).toString();
    m.source = q.value(8).toString();
    m.suspect = q.value(9).toInt() != 0;
    return m;
}

SupplyReading readSupply(const QSqlQuery &q)
{
    SupplyReading s;
    s.id = q.value(0).toLongLong();
    s.deviceId = q.value(1).toLongLong();
    s.supplyId = q.value(2).toLongLong();
    s.readAt = sql::time(q.value(3));
    s.hrDeviceIndex = q.value(4).toInt();
    s.index = q.value(5).toInt();
    s.description = q.value(6).toString();
    s.supplyClass = q.value(7).toString();
    s.type = q.value(8).toString();
    s.colour = q.value(9).toString();
    s.unit = q.value(10).toString();
    s.partNumber = q.value(11).toString();
    s.maxCapacity = sql::optionalInt(q.value(12));
    s.level = sql::optionalInt(q.value(13));
    s.percent = sql::optionalReal(q.value(14));
    s.state = q.value(15).toString();
    return s;
}

const QString kAlertColumns = alertColumns();

} // namespace

Result<QList<DeviceRecord>> FleetRepository::queryDevices(const QString &where, const QVariantList &values)
{
    return collect<DeviceRecord>(
        m_db.run(QStringLiteral("SELECT %1 FROM devices d %2 ORDER BY d.id").arg(kDeviceColumns, where), values),
        readDevice);
}

Result<QList<DeviceRecord>> FleetRepository::devices(bool inScopeOnly)
{
    return queryDevices(inScopeOnly ? QStringLiteral("WHERE d.in_scope = 1") : QString(), {});
}

Result<std::optional<DeviceRecord>> FleetRepository::device(qint64 id)
{
    auto rows = queryDevices(QStringLiteral("WHERE d.id = ?"), {id});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::nullopt : std::optional<DeviceRecord>(rows->constFirst());
}

Result<QList<DeviceRecord>> FleetRepository::findByAddress(const QString &address)
{
    // "host" alone matches every port: compare the text before the last colon. IPv6 hosts are
    // stored bracketed ("[fe80::1]:161"), so their last colon is the port separator too.
    return queryDevices(QStringLiteral("WHERE d.address = ? OR substr(d.address, 1, length(?) + 1) = ? || ':'"),
                        {address, address, address});
}

Result<QList<DeviceRecord>> FleetRepository::findBySerial(const QString &serial)
{
    return queryDevices(QStringLiteral("WHERE d.serial = ?"), {DeviceMatcher::usableSerial(serial)});
}

Result<QList<DeviceRecord>> FleetRepository::findByName(const QString &name)
{
    return queryDevices(QStringLiteral("WHERE lower(d.name) = lower(?) AND d.name <> ''"), {name.trimmed()});
}

Result<QList<DeviceRecord>> FleetRepository::find(const QString &text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const qint64 id = t.toLongLong(&isNumber);
    if (isNumber) {
        auto byId = device(id);
        if (!byId)
            return byId.error();
        if (*byId)
            return QList<DeviceRecord>{**byId};
    }
    using Finder = Result<QList<DeviceRecord>> (FleetRepository::*)(const QString &);
    for (Finder finder :
         {&FleetRepository::findByAddress, &FleetRepository::findBySerial, &FleetRepository::findByName}) {
        auto rows = (this->*finder)(t);
        if (!rows || !rows->isEmpty())
            return rows;
    }
    return QList<DeviceRecord>{};
}

Result<std::optional<LatestSnapshot>> FleetRepository::latestSnapshot(qint64 deviceId)
{
    auto query =
        m_db.run(QStringLiteral("SELECT polled_at, snapshot FROM latest_snapshots WHERE device_id = ?"), {deviceId});
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    std::optional<LatestSnapshot> latest;
    if (q->next())
        latest = LatestSnapshot{deviceId, sql::time(q->value(0)),
                                QJsonDocument::fromJson(q->value(1).toByteArray()).object()};
    q->finish();
    return latest;
}

Result<QList<MeterReading>> FleetRepository::meterHistory(qint64 deviceId, const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("r.read_at"), filter);
    QString where = QStringLiteral("m.device_id = ?") + w.where;
    QVariantList values = QVariantList{deviceId} + w.values;
    if (filter.meter.endsWith(u'.')) {
        where += QStringLiteral(" AND substr(m.name, 1, length(?)) = ?");
        values << filter.meter << filter.meter;
    } else if (!filter.meter.isEmpty()) {
        where += QStringLiteral(" AND m.name = ?");
        values << filter.meter;
    }
    const QString inner = QStringLiteral("SELECT %1 FROM meter_readings r JOIN meters m ON m.id = r.meter_id WHERE %2")
                              .arg(kMeterColumns, where);
    return collect<MeterReading>(
        m_db.run(newestRows(inner, QStringLiteral("r.read_at DESC, r.id DESC"), QStringLiteral("read_at, id")),
                 values << w.limit),
        readMeter);
}

Result<QList<MeterReading>> FleetRepository::latestMeters(qint64 deviceId)
{
    return collect<MeterReading>(
        m_db.run(QStringLiteral("SELECT %1 FROM meters m JOIN meter_readings r ON r.id = (SELECT id FROM "
                                "meter_readings WHERE meter_id = m.id ORDER BY read_at DESC, id DESC LIMIT 1) "
                                "WHERE m.device_id = ? ORDER BY m.name, m.source")
                     .arg(kMeterColumns),
                 {deviceId}),
        readMeter);
}

Result<QList<SupplyReading>> FleetRepository::supplyHistory(qint64 deviceId, const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("r.read_at"), filter);
    const QString inner =
        QStringLiteral("SELECT r.id AS rid, s.device_id, s.id, r.read_at, s.hr_device_index, s.supply_index, "
                       "s.description, s.supply_class, s.type, s.colour, s.unit, s.part_number, r.max_capacity, "
                       "r.level, r.percent, r.state FROM supply_readings r JOIN supplies s ON s.id = r.supply_id "
                       "WHERE s.device_id = ?") +
        w.where;
    return collect<SupplyReading>(
        m_db.run(newestRows(inner, QStringLiteral("r.read_at DESC, r.id DESC"), QStringLiteral("read_at, rid")),
                 QVariantList{deviceId} + w.values + QVariantList{w.limit}),
        readSupply);
}

Result<QList<AlertRecord>> FleetRepository::openAlerts(std::optional<qint64> deviceId)
{
    const QString where = deviceId ? QStringLiteral(" AND device_id = ?") : QString();
    return collect<AlertRecord>(
        m_db.run(QStringLiteral("SELECT %1 FROM alerts WHERE cleared_at IS NULL%2 ORDER BY device_id, first_seen, id")
                     .arg(kAlertColumns, where),
                 deviceId ? QVariantList{*deviceId} : QVariantList{}),
        readAlertRow);
}

Result<QList<AlertRecord>> FleetRepository::alertHistory(qint64 deviceId, const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("first_seen"), filter);
    const QString inner = QStringLiteral("SELECT %1 FROM alerts WHERE device_id = ?").arg(kAlertColumns) + w.where;
    return collect<AlertRecord>(
        m_db.run(newestRows(inner, QStringLiteral("first_seen DESC, id DESC"), QStringLiteral("first_seen, id")),
                 QVariantList{deviceId} + w.values + QVariantList{w.limit}),
        readAlertRow);
}

Result<QList<PollRecord>> FleetRepository::polls(qint64 deviceId, const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("polled_at"), filter);
    const QString inner = QStringLiteral("SELECT id, device_id, polled_at, duration_ms, requests, result, error_class, "
                                         "message, address FROM polls WHERE device_id = ?") +
                          w.where;
    return collect<PollRecord>(
        m_db.run(newestRows(inner, QStringLiteral("polled_at DESC, id DESC"), QStringLiteral("polled_at, id")),
                 QVariantList{deviceId} + w.values + QVariantList{w.limit}),
        [](const QSqlQuery &q) {
            PollRecord p;
            p.id = q.value(0).toLongLong();
            p.deviceId = q.value(1).toLongLong();
            p.polledAt = sql::time(q.value(2));
            p.durationMs = q.value(3).toLongLong();
            p.requests = q.value(4).toInt();
            p.result = q.value(5).toString();
            p.errorClass = q.value(6).toString();
            p.message = q.value(7).toString();
            p.address = q.value(8).toString();
            return p;
        });
}

Result<QList<EventRecord>> FleetRepository::events(std::optional<qint64> deviceId, const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("at"), filter);
    QString where = QStringLiteral("1 = 1") + w.where;
    QVariantList values = w.values;
    if (deviceId) {
        where += QStringLiteral(" AND device_id = ?");
        values << *deviceId;
    }
    if (!filter.kind.isEmpty()) {
        where += QStringLiteral(" AND kind = ?");
        values << filter.kind;
    }
    const QString inner = QStringLiteral("SELECT id, device_id, at, kind, message, details FROM events WHERE ") + where;
    return collect<EventRecord>(
        m_db.run(newestRows(inner, QStringLiteral("at DESC, id DESC"), QStringLiteral("at, id")), values << w.limit),
        [](const QSqlQuery &q) {
            EventRecord e;
            e.id = q.value(0).toLongLong();
            e.deviceId = sql::optionalInt(q.value(1));
            e.at = sql::time(q.value(2));
            e.kind = q.value(3).toString();
            e.message = q.value(4).toString();
            e.details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
            return e;
        });
}

Result<QList<DiscoveryRunRecord>> FleetRepository::discoveryRuns(const HistoryFilter &filter)
{
    const Window w = window(QStringLiteral("started_at"), filter);
    const QString inner = QStringLiteral("SELECT id, started_at, finished_at, targets, found, skipped, failed, summary "
                                         "FROM discovery_runs WHERE 1 = 1") +
                          w.where;
    return collect<DiscoveryRunRecord>(
        m_db.run(newestRows(inner, QStringLiteral("started_at DESC, id DESC"), QStringLiteral("started_at, id")),
                 w.values + QVariantList{w.limit}),
        [](const QSqlQuery &q) {
            DiscoveryRunRecord r;
            r.id = q.value(0).toLongLong();
            r.startedAt = sql::time(q.value(1));
            r.finishedAt = sql::time(q.value(2));
            for (const QJsonValue &t : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
                r.targets.append(t.toString());
            r.found = q.value(4).toInt();
            r.skipped = q.value(5).toInt();
            r.failed = q.value(6).toInt();
            r.summary = q.value(7).toString();
            return r;
        });
}

} // namespace fleet::storage
