#include "storage/DeviceMatcher.h"

#include "storage/StorageLog.h"

namespace fleet::storage {

QString DeviceMatcher::usableSerial(const QString &serial)
{
    const QString trimmed = serial.trimmed();
    for (QChar c : trimmed) {
        if (c != u'0' && c != u' ')
            return trimmed;
    }
    return {};
}

QStringList DeviceMatcher::usableMacs(const QStringList &macs)
{
    QStringList out;
    for (const QString &mac : macs) {
        const QString m = mac.trimmed().toLower();
        if (m.isEmpty() || m == u"00:00:00:00:00:00" || out.contains(m))
            continue;
        out.append(m);
    }
    return out;
}

QString DeviceMatcher::addressOf(const DeviceSnapshot &snapshot)
{
    return snapshot.address.isEmpty() ? snapshot.target : snapshot.address;
}

Result<std::optional<DeviceMatch>> DeviceMatcher::first(const QString &sql, const QVariantList &values,
                                                        const QString &rule)
{
    auto query = m_db.run(sql, values);
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    std::optional<DeviceMatch> match;
    if (q->next())
        match = DeviceMatch{q->value(0).toLongLong(), rule, q->value(1).toString()};
    q->finish();
    return match;
}

Result<std::optional<DeviceMatch>> DeviceMatcher::matchMacs(const QStringList &macs, bool onlyWithoutSerial)
{
    // Several devices can claim a MAC only after a board swap between printers; the one seen
    // last wins.
    std::optional<DeviceMatch> best;
    qint64 bestSeen = -1;
    const QString sql = QStringLiteral("SELECT d.id, d.address, coalesce(d.last_seen, d.first_seen) FROM device_macs m "
                                       "JOIN devices d ON d.id = m.device_id WHERE m.mac = ?") +
                        (onlyWithoutSerial ? QStringLiteral(" AND d.serial IS NULL") : QString()) +
                        QStringLiteral(" ORDER BY 3 DESC, d.id DESC LIMIT 1");
    for (const QString &mac : macs) {
        auto query = m_db.run(sql, {mac});
        if (!query)
            return query.error();
        QSqlQuery *q = *query;
        if (q->next() && q->value(2).toLongLong() > bestSeen) {
            bestSeen = q->value(2).toLongLong();
            best = DeviceMatch{q->value(0).toLongLong(), QStringLiteral("mac"), q->value(1).toString()};
        }
        q->finish();
    }
    return best;
}

Result<std::optional<DeviceMatch>> DeviceMatcher::matchAddress(const QString &address)
{
    return first(QStringLiteral("SELECT id, address FROM devices WHERE address = ? "
                                "ORDER BY coalesce(last_seen, first_seen) DESC, id DESC LIMIT 1"),
                 {address}, QStringLiteral("address"));
}

Result<std::optional<DeviceMatch>> DeviceMatcher::match(const DeviceSnapshot &snapshot)
{
    const QString serial = usableSerial(snapshot.identity.serialNumber);
    const QStringList macs = usableMacs(snapshot.network.macAddresses);
    const QString address = addressOf(snapshot);

    if (!serial.isEmpty()) {
        // The sysObjectID names the model family; a model string stands in when either side lacks it.
        auto bySerial =
            first(QStringLiteral("SELECT id, address FROM devices WHERE serial = ? AND (sys_object_id = ? "
                                 "OR ((sys_object_id = '' OR ? = '') AND model = ?)) "
                                 "ORDER BY coalesce(last_seen, first_seen) DESC, id DESC LIMIT 1"),
                  {serial, snapshot.identity.sysObjectID, snapshot.identity.sysObjectID, snapshot.identity.model},
                  QStringLiteral("serial"));
        if (!bySerial || *bySerial)
            return bySerial;
        auto adopted = matchMacs(macs, true);
        if (adopted && !*adopted && macs.isEmpty()) {
            adopted = first(QStringLiteral("SELECT id, address FROM devices d WHERE address = ? AND serial IS NULL "
                                           "AND NOT EXISTS (SELECT 1 FROM device_macs m WHERE m.device_id = d.id) "
                                           "ORDER BY coalesce(last_seen, first_seen) DESC, id DESC LIMIT 1"),
                            {address}, QStringLiteral("address"));
        }
        if (adopted && *adopted)
            (*adopted)->rule = QStringLiteral("serialAdopted");
        return adopted;
    }
    if (!macs.isEmpty())
        return matchMacs(macs, false);
    return matchAddress(address);
}

} // namespace fleet::storage
