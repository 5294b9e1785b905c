#include "alerting/ConditionTracker.h"

#include "alerting/AlertingLog.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace fleet::alerting {

using storage::Result;
using storage::StorageError;
namespace sql = storage::sql;

QString transitionEventName(TransitionEvent e)
{
    return e == TransitionEvent::Opened ? QStringLiteral("opened") : QStringLiteral("cleared");
}

namespace {

struct Row
{
    qint64 id = 0;
    TrackedCondition tracked;
    QDateTime absentSince;
    QDateTime announceAfter;
};

const QString kColumns =
    QStringLiteral("id, key, kind, severity, device_id, category, text, details, opened_at, absent_since, cleared_at, "
                   "announce_after, announced, flaps");

Row readRow(const QSqlQuery &q)
{
    Row r;
    r.id = q.value(0).toLongLong();
    Condition &c = r.tracked.condition;
    c.key = q.value(1).toString();
    c.kind = conditionKindFromName(q.value(2).toString()).value_or(ConditionKind::DeviceAlert);
    c.severity = severityFromName(q.value(3).toString()).value_or(Severity::Warning);
    c.deviceId = sql::optionalInt(q.value(4));
    const QString category = q.value(5).toString();
    if (!category.isEmpty())
        c.category = alertCategoryFromName(category);
    c.text = q.value(6).toString();
    c.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    c.since = sql::time(q.value(8));
    r.absentSince = sql::time(q.value(9));
    r.tracked.clearedAt = sql::time(q.value(10));
    r.announceAfter = sql::time(q.value(11));
    r.tracked.announced = q.value(12).toBool();
    r.tracked.flaps = q.value(13).toInt();
    return r;
}

Result<QHash<QString, Row>> loadRows(storage::Database &db)
{
    auto q = db.run(QStringLiteral("SELECT %1 FROM alert_conditions").arg(kColumns));
    if (!q)
        return q.error();
    QHash<QString, Row> rows;
    while ((*q)->next()) {
        Row r = readRow(**q);
        rows.insert(r.tracked.condition.key, r);
    }
    return rows;
}

QString detailsText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void sortBySeverity(QList<TrackedCondition> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const TrackedCondition &a, const TrackedCondition &b) {
        if (a.condition.severity != b.condition.severity)
            return a.condition.severity > b.condition.severity;
        return a.condition.key < b.condition.key;
    });
}

} // namespace

Result<TrackerUpdate> ConditionTracker::update(const QList<Condition> &current, const QDateTime &now)
{
    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    auto rows = loadRows(m_db);
    if (!rows)
        return rows.error();

    TrackerUpdate update;
    QSet<QString> seen;
    const qint64 flapMs = std::chrono::milliseconds(m_options.flapWindow).count();
    const qint64 holdMs = std::chrono::milliseconds(m_options.clearHold).count();

    for (const Condition &c : current) {
        seen.insert(c.key);
        const QString category = c.category ? alertCategoryName(*c.category) : QString();
        auto it = rows->find(c.key);
        if (it == rows->end() || it->tracked.clearedAt.isValid()) {
            // A new episode. Back soon after a clear: a flap, announced only if it lasts.
            const bool flap = it != rows->end() && it->tracked.clearedAt.msecsTo(now) < flapMs;
            const QDateTime announceAfter = flap ? now.addMSecs(flapMs) : now;
            const int flaps = flap ? it->tracked.flaps + 1 : 0;
            StorageError error;
            if (it == rows->end()) {
                auto id = m_db.insert(
                    QStringLiteral("INSERT INTO alert_conditions (key, kind, severity, device_id, category, text, "
                                   "details, opened_at, last_seen_at, announce_after, announced, flaps) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"),
                    {c.key, conditionKindName(c.kind), severityName(c.severity), sql::optional(c.deviceId), category,
                     c.text, detailsText(c.details), sql::time(now), sql::time(now), sql::time(announceAfter)});
                if (!id)
                    return id.error();
                Row r;
                r.id = *id;
                it = rows->insert(c.key, r);
            } else {
                error = m_db.exec(
                    QStringLiteral("UPDATE alert_conditions SET kind = ?, severity = ?, device_id = ?, "
                                   "category = ?, text = ?, details = ?, opened_at = ?, last_seen_at = ?, "
                                   "absent_since = NULL, cleared_at = NULL, announce_after = ?, "
                                   "announced = 0, flaps = ? WHERE id = ?"),
                    {conditionKindName(c.kind), severityName(c.severity), sql::optional(c.deviceId), category, c.text,
                     detailsText(c.details), sql::time(now), sql::time(now), sql::time(announceAfter), flaps, it->id});
                if (error)
                    return error;
            }
            if (flap)
                qCInfo(lcAlerting) << "condition" << c.key << "is back" << flaps << "time(s) soon after its clear";
            it->tracked.condition = c;
            it->tracked.condition.since = now;
            it->tracked.clearedAt = QDateTime();
            it->tracked.announced = false;
            it->tracked.flaps = flaps;
            it->announceAfter = announceAfter;
        } else {
            // Still open: text and severity follow the device (the jam moved, toner fell further).
            if (auto error =
                    m_db.exec(QStringLiteral("UPDATE alert_conditions SET severity = ?, text = ?, details = ?, "
                                             "last_seen_at = ?, absent_since = NULL WHERE id = ?"),
                              {severityName(c.severity), c.text, detailsText(c.details), sql::time(now), it->id}))
                return error;
            const QDateTime since = it->tracked.condition.since;
            it->tracked.condition = c;
            it->tracked.condition.since = since;
        }
        if (!it->tracked.announced && now >= it->announceAfter) {
            if (auto error =
                    m_db.exec(QStringLiteral("UPDATE alert_conditions SET announced = 1 WHERE id = ?"), {it->id}))
                return error;
            it->tracked.announced = true;
            update.transitions.append({TransitionEvent::Opened, it->tracked});
        }
        if (it->tracked.announced)
            update.open.append(it->tracked);
    }

    for (Row &r : *rows) {
        if (seen.contains(r.tracked.condition.key) || r.tracked.clearedAt.isValid())
            continue;
        if (!r.absentSince.isValid()) {
            r.absentSince = now;
            if (auto error = m_db.exec(QStringLiteral("UPDATE alert_conditions SET absent_since = ? WHERE id = ?"),
                                       {sql::time(now), r.id}))
                return error;
        }
        if (r.absentSince.msecsTo(now) >= holdMs) {
            if (auto error = m_db.exec(QStringLiteral("UPDATE alert_conditions SET cleared_at = ? WHERE id = ?"),
                                       {sql::time(now), r.id}))
                return error;
            r.tracked.clearedAt = now;
            if (r.tracked.announced)
                update.transitions.append({TransitionEvent::Cleared, r.tracked});
        } else if (r.tracked.announced) {
            update.open.append(r.tracked); // absent but not cleared yet: still open for reminders
        }
    }
    if (auto error = tx.commit())
        return error;
    sortBySeverity(update.open);
    return update;
}

Result<QList<TrackedCondition>> ConditionTracker::openConditions()
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM alert_conditions WHERE cleared_at IS NULL").arg(kColumns));
    if (!q)
        return q.error();
    QList<TrackedCondition> list;
    while ((*q)->next())
        list.append(readRow(**q).tracked);
    sortBySeverity(list);
    return list;
}

} // namespace fleet::alerting
