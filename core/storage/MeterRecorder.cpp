#include "storage/MeterRecorder.h"

#include "storage/SqlValues.h"
#include "storage/StorageLog.h"
#include "storage/StorageTypes.h"
#include "storage/StoredNames.h"

#include <QJsonArray>

#include <limits>

namespace fleet::storage {

namespace {
const QString kImpressions = QStringLiteral("impressions");
// prtMarkerLifeCount, 1.3.6.1.2.1.43.10.2.1.4.<hrDeviceIndex>.<markerIndex>
const QString kLifeCountOid = QStringLiteral("1.3.6.1.2.1.43.10.2.1.4");
} // namespace

QString MeterRecorder::markerMeterName(int hrDeviceIndex, int markerIndex)
{
    return QStringLiteral("marker.%1.%2").arg(hrDeviceIndex).arg(markerIndex);
}

QList<Meter> MeterRecorder::metersOf(const DeviceSnapshot &snapshot, const QDateTime &polledAt)
{
    QList<Meter> meters = snapshot.counters.meters;
    QStringList names;
    for (Meter &m : meters) {
        if (!m.readAt.isValid())
            m.readAt = polledAt;
        names.append(m.name);
    }
    for (const Marker &marker : snapshot.counters.markers) {
        const QString name = markerMeterName(marker.hrDeviceIndex, marker.index);
        if (!marker.lifeCount || names.contains(name))
            continue;
        Meter m;
        m.name = name;
        m.value = *marker.lifeCount;
        m.unit = storedEnumText(marker.unit);
        m.oid = QStringLiteral("%1.%2.%3").arg(kLifeCountOid).arg(marker.hrDeviceIndex).arg(marker.index);
        m.rawValue = QString::number(*marker.lifeCount);
        m.source = QStringLiteral("printer-mib");
        m.readAt = polledAt;
        meters.append(m);
    }
    return meters;
}

Result<qint64> MeterRecorder::seriesId(qint64 deviceId, const Meter &meter)
{
    const QVariantList key{deviceId, meter.name, meter.unit, meter.source, meter.oid};
    auto existing = m_db.scalar(
        QStringLiteral(
            "SELECT id FROM meters WHERE device_id = ? AND name = ? AND unit = ? AND source = ? AND oid = ?"),
        key);
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return existing->toLongLong();
    return m_db.insert(QStringLiteral("INSERT INTO meters (device_id, name, unit, source, oid) VALUES (?, ?, ?, ?, ?)"),
                       key);
}

StorageError MeterRecorder::record(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt,
                                   QStringList &events)
{
    for (const Meter &meter : metersOf(snapshot, polledAt)) {
        auto series = seriesId(deviceId, meter);
        if (!series)
            return series.error();
        auto previous = m_db.run(QStringLiteral("SELECT value, read_at FROM meter_readings WHERE meter_id = ? AND "
                                                "read_at <= ? ORDER BY read_at DESC, id DESC LIMIT 1"),
                                 {*series, sql::time(meter.readAt)});
        if (!previous)
            return previous.error();
        QSqlQuery *q = *previous;
        std::optional<qint64> previousValue;
        QDateTime previousAt;
        if (q->next()) {
            previousValue = q->value(0).toLongLong();
            previousAt = sql::time(q->value(1));
        }
        q->finish();

        // SQLite integers are signed 64-bit; a larger "counter" is garbage, kept only as raw text.
        constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
        const qint64 value = qint64(qMin(meter.value, kMax));
        const bool wentDown = previousValue && value < *previousValue;
        const bool suspect = wentDown || meter.value > kMax;
        // Counters are read as plain numbers, so the raw text is nearly always the value itself:
        // it is stored only when it says something else (NULL = same as value).
        const QVariant raw = meter.rawValue == QString::number(meter.value) ? QVariant() : QVariant(meter.rawValue);
        auto inserted = m_db.insert(QStringLiteral("INSERT INTO meter_readings (meter_id, read_at, value, raw_value, "
                                                   "suspect) VALUES (?, ?, ?, ?, ?)"),
                                    {*series, sql::time(meter.readAt), value, raw, int(suspect)});
        if (!inserted)
            return inserted.error();
        if (!wentDown)
            continue;
        qCInfo(lcStorage) << "device" << deviceId << "meter" << meter.name << "went down from" << *previousValue << "to"
                          << value;
        auto event =
            m_events.record(deviceId, meter.readAt, kEventCounterWentDown,
                            QStringLiteral("Meter %1 went down from %2 to %3; the reading is kept but marked suspect")
                                .arg(meter.name)
                                .arg(*previousValue)
                                .arg(value),
                            {{QStringLiteral("meter"), meter.name},
                             {QStringLiteral("unit"), meter.unit},
                             {QStringLiteral("source"), meter.source},
                             {QStringLiteral("oid"), meter.oid},
                             {QStringLiteral("previous"), double(*previousValue)},
                             {QStringLiteral("previousAt"), previousAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("current"), double(value)},
                             {QStringLiteral("readingId"), double(*inserted)}});
        if (!event)
            return event.error();
        events.append(kEventCounterWentDown);
    }
    return checkAgreement(deviceId, snapshot, polledAt, events);
}

StorageError MeterRecorder::checkAgreement(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt,
                                           QStringList &events)
{
    std::optional<Meter> total;
    for (const Meter &m : snapshot.counters.meters) {
        if (m.name == u"total" && m.source.startsWith(u"vendor:") && m.unit == kImpressions)
            total = m;
    }
    quint64 markerSum = 0;
    QJsonArray markers;
    for (const Marker &marker : snapshot.counters.markers) {
        if (!marker.lifeCount)
            continue;
        // A marker in sheets or another unit cannot be compared with impressions: no verdict.
        if (storedEnumText(marker.unit) != kImpressions)
            return {};
        markerSum += *marker.lifeCount;
        markers.append(QJsonObject{{QStringLiteral("meter"), markerMeterName(marker.hrDeviceIndex, marker.index)},
                                   {QStringLiteral("value"), double(*marker.lifeCount)}});
    }
    if (!total || markers.isEmpty())
        return {};

    const quint64 difference = total->value > markerSum ? total->value - markerSum : markerSum - total->value;
    // More than 1 % of the vendor total (any difference when the total is 0).
    const bool disagree = double(difference) * 100.0 > double(total->value);
    auto flag = m_db.scalar(QStringLiteral("SELECT meters_disagree FROM devices WHERE id = ?"), {deviceId});
    if (!flag)
        return flag.error();
    const bool wasDisagreeing = flag->toInt() != 0;
    if (disagree == wasDisagreeing)
        return {};
    if (auto error =
            m_db.exec(QStringLiteral("UPDATE devices SET meters_disagree = ? WHERE id = ?"), {int(disagree), deviceId}))
        return error;
    const double percent = total->value == 0 ? 100.0 : 100.0 * double(difference) / double(total->value);
    const QString kind = disagree ? QString(kEventMeterDisagreement) : QString(kEventMetersAgreeAgain);
    const QString message = disagree
                                ? QStringLiteral("Vendor total %1 and the marker life counts (sum %2) differ by %3 %")
                                      .arg(total->value)
                                      .arg(markerSum)
                                      .arg(percent, 0, 'f', 2)
                                : QStringLiteral("Vendor total %1 and the marker life counts (sum %2) agree again")
                                      .arg(total->value)
                                      .arg(markerSum);
    auto event = m_events.record(deviceId, polledAt, kind, message,
                                 {{QStringLiteral("total"), double(total->value)},
                                  {QStringLiteral("totalOid"), total->oid},
                                  {QStringLiteral("totalSource"), total->source},
                                  {QStringLiteral("markerSum"), double(markerSum)},
                                  {QStringLiteral("markers"), markers},
                                  {QStringLiteral("differencePercent"), percent}});
    if (!event)
        return event.error();
    events.append(kind);
    return {};
}

} // namespace fleet::storage
