#include "storage/MeterReport.h"

#include "security/Guard.h"

#include "util/Csv.h"

#include "storage/FleetRepository.h"

#include <QHash>
#include <QMap>

namespace fleet::storage {

namespace {
QString key(const MeterReading &r)
{
    return r.meter + u'\x1f' + r.source;
}

QString iso(const std::optional<MeterReading> &r)
{
    return r ? r->readAt.toUTC().toString(Qt::ISODate) : QString();
}
QString value(const std::optional<MeterReading> &r)
{
    return r ? QString::number(r->value) : QString();
}
} // namespace

Result<QList<MeterUsage>> meterUsage(Database &db, const QDateTime &from, const QDateTime &to)
{
    FleetRepository repo(db);
    auto devices = repo.devices();
    if (!devices)
        return devices.error();
    QList<MeterUsage> out;
    for (const DeviceRecord &d : std::as_const(*devices)) {
        HistoryFilter inPeriod;
        inPeriod.since = from;
        inPeriod.until = to;
        auto readings = repo.meterHistory(d.id, inPeriod);
        if (!readings)
            return readings.error();
        QMap<QString, MeterUsage> byMeter;                   // ordered: a stable report
        QHash<QString, std::optional<MeterReading>> trusted; // last non-suspect reading per series
        for (const MeterReading &r : std::as_const(*readings)) {
            MeterUsage &u = byMeter[key(r)];
            std::optional<MeterReading> &base = trusted[key(r)];
            if (u.readings == 0) {
                u.deviceId = d.id;
                u.serial = d.serial;
                u.model = QString(d.manufacturer + u' ' + d.model).trimmed();
                u.address = d.address;
                u.meter = r.meter;
                u.unit = r.unit;
                u.source = r.source;
                u.first = r;
                HistoryFilter before;
                before.meter = r.meter;
                before.until = from;
                before.limit = 1;
                auto previous = repo.meterHistory(d.id, before);
                if (!previous)
                    return previous.error();
                for (const MeterReading &p : std::as_const(*previous))
                    if (p.source == r.source && !p.suspect)
                        u.baseline = p;
                base = u.baseline;
            }
            // Usage grows from the last trusted reading. A suspect one is skipped; a later reading still
            // below the trusted one (the counter really restarted) starts a new series without usage.
            // A restart thus under-counts what was printed between the restart and the next poll,
            // never over-counts: the resets column tells the clerk to look.
            if (r.suspect) {
                ++u.resets;
            } else {
                if (base && r.value >= base->value)
                    u.usage += r.value - base->value;
                base = r;
            }
            u.last = r;
            ++u.readings;
        }
        out += byMeter.values();
    }
    return out;
}

security::SecurityResult<QList<MeterUsage>> exportMeterUsage(Database &db, const security::Actor &actor,
                                                             const QDateTime &from, const QDateTime &to)
{
    security::AuditEntry what{actor, QStringLiteral("export.meter-usage"), std::nullopt,
                              QJsonObject{{QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
                                          {QStringLiteral("to"), to.toUTC().toString(Qt::ISODate)}}};
    if (auto denied = security::authorize(db, security::Permission::Export, what, security::Audit::RefusalsOnly))
        return denied;
    auto rows = meterUsage(db, from, to);
    if (rows)
        what.parameters.insert(QStringLiteral("rows"), double(rows->size()));
    if (auto e = security::recordOutcome(db, what, rows ? QString() : rows.error().message))
        return e;
    if (!rows)
        return rows.error();
    return *rows;
}

QByteArray meterUsageCsv(const QList<MeterUsage> &rows)
{
    QByteArray csv = "device_id,serial,model,address,meter,unit,source,baseline_at,baseline,first_at,first,last_at,"
                     "last,readings,resets,usage\r\n";
    for (const MeterUsage &u : rows) {
        const QList<QString> fields = {QString::number(u.deviceId),
                                       u.serial,
                                       u.model,
                                       u.address,
                                       u.meter,
                                       u.unit,
                                       u.source,
                                       iso(u.baseline),
                                       value(u.baseline),
                                       iso(u.first),
                                       value(u.first),
                                       iso(u.last),
                                       value(u.last),
                                       QString::number(u.readings),
                                       QString::number(u.resets),
                                       QString::number(u.usage)};
        QByteArrayList encoded;
        for (const QString &f : fields)
            encoded << csv::field(f).toUtf8();
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

} // namespace fleet::storage
