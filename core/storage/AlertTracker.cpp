#include "storage/AlertTracker.h"

#include "storage/SqlValues.h"

#include <QSet>

namespace fleet::storage {

StorageError AlertTracker::update(qint64 deviceId, const QList<Alert> &alerts, const QDateTime &polledAt, bool complete)
{
    const QVariant at = sql::time(polledAt);
    QSet<qint64> seen;
    for (const Alert &alert : alerts) {
        const QVariantList identity{deviceId,         alert.severity.value, alert.group.value,
                                    alert.groupIndex, alert.code.value,     alert.description};
        auto open = m_db.scalar(QStringLiteral("SELECT id FROM alerts WHERE device_id = ? AND severity = ? AND "
                                               "alert_group = ? AND group_index = ? AND code = ? AND description = ? "
                                               "AND cleared_at IS NULL"),
                                identity);
        if (!open)
            return open.error();
        if (!open->isNull()) {
            const qint64 id = open->toLongLong();
            seen.insert(id);
            if (auto error = m_db.exec(QStringLiteral("UPDATE alerts SET last_seen = max(last_seen, ?), "
                                                      "hr_device_index = ?, alert_index = ?, location = ? "
                                                      "WHERE id = ?"),
                                       {at, alert.hrDeviceIndex, alert.index, alert.location, id}))
                return error;
            continue;
        }
        auto id = m_db.insert(
            QStringLiteral("INSERT INTO alerts (device_id, severity, alert_group, group_index, code, description, "
                           "severity_name, training_level, training_level_name, group_name, location, code_name, "
                           "hr_device_index, alert_index, first_seen, last_seen) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            identity + QVariantList{alert.severity.name, alert.trainingLevel.value, alert.trainingLevel.name,
                                    alert.group.name, alert.location, alert.code.name, alert.hrDeviceIndex, alert.index,
                                    at, at});
        if (!id)
            return id.error();
        seen.insert(*id);
    }
    if (!complete)
        return {};

    auto open =
        m_db.run(QStringLiteral("SELECT id FROM alerts WHERE device_id = ? AND cleared_at IS NULL"), {deviceId});
    if (!open)
        return open.error();
    QList<qint64> gone;
    while ((*open)->next()) {
        const qint64 id = (*open)->value(0).toLongLong();
        if (!seen.contains(id))
            gone.append(id);
    }
    (*open)->finish();
    for (qint64 id : gone) {
        if (auto error = m_db.exec(QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE id = ?"), {at, id}))
            return error;
    }
    return {};
}

} // namespace fleet::storage
