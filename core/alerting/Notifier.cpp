#include "alerting/Notifier.h"

#include "alerting/NotificationText.h"
#include "storage/FleetRepository.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace fleet::alerting {

using storage::Result;
namespace sql = storage::sql;

namespace {

// The newest reading of each supply in the last month.
QList<storage::SupplyReading> latestSupplies(storage::Database &db, qint64 deviceId, const QDateTime &now)
{
    storage::HistoryFilter filter;
    filter.since = now.addDays(-31);
    auto history = storage::FleetRepository(db).supplyHistory(deviceId, filter);
    if (!history)
        return {};
    QMap<qint64, storage::SupplyReading> latest;
    for (const storage::SupplyReading &r : *history)
        latest.insert(r.supplyId, r); // oldest first: the last one wins
    return latest.values();
}

const QString kDigestKey = QStringLiteral("digest.lastDay.%1");

} // namespace

Result<NotificationRecord> Notifier::build(const AlertProfile &profile, const QString &event,
                                           const TrackedCondition &tracked, const QDateTime &now)
{
    NotificationSubject subject;
    subject.event = event;
    subject.tracked = tracked;
    if (tracked.condition.deviceId) {
        auto device = storage::FleetRepository(m_db).device(*tracked.condition.deviceId);
        if (!device)
            return device.error();
        subject.device = *device;
        subject.supplies = latestSupplies(m_db, *tracked.condition.deviceId, now);
    }
    const NotificationText text = composeNotification(subject, now);
    NotificationRecord n;
    n.createdAt = now;
    n.profileId = profile.id > 0 ? std::optional<qint64>(profile.id) : std::nullopt;
    n.profileName = profile.name;
    n.conditionKey = tracked.condition.key;
    n.event = event;
    n.severity = severityName(tracked.condition.severity);
    n.deviceId = tracked.condition.deviceId;
    n.recipients = profile.recipients;
    n.subject = text.subject;
    n.bodyText = text.text;
    n.bodyHtml = text.html;
    n.state = profile.delivery == Delivery::Digest ? kStateDigest : kStateQueued;
    n.nextAttemptAt = profile.endOfQuiet(now);
    return n;
}

Result<NotifyReport> Notifier::notify(const TrackerUpdate &update, const QDateTime &now)
{
    auto profiles = AlertProfileRepository(m_db).profiles(true);
    if (!profiles)
        return profiles.error();
    NotifyReport report;
    if (profiles->isEmpty())
        return report;

    QHash<qint64, std::optional<storage::DeviceRecord>> devices;
    auto deviceOf = [&](const Condition &c) -> const storage::DeviceRecord * {
        if (!c.deviceId)
            return nullptr;
        auto it = devices.find(*c.deviceId);
        if (it == devices.end()) {
            auto d = storage::FleetRepository(m_db).device(*c.deviceId);
            it = devices.insert(*c.deviceId, d ? *d : std::nullopt);
        }
        return it->has_value() ? &**it : nullptr;
    };

    NotificationQueue queue(m_db);
    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    auto add = [&](const AlertProfile &p, const QString &event, const TrackedCondition &t) -> storage::StorageError {
        auto n = build(p, event, t, now);
        if (!n)
            return n.error();
        auto id = queue.add(*n);
        if (!id)
            return id.error();
        ++(n->state == kStateDigest ? report.held : report.queued);
        return {};
    };
    for (const AlertProfile &p : *profiles) {
        for (const Transition &t : update.transitions) {
            if (!p.matches(t.tracked.condition, deviceOf(t.tracked.condition)))
                continue;
            if (t.event == TransitionEvent::Cleared && !p.notifyClear)
                continue;
            if (auto error = add(p, transitionEventName(t.event), t.tracked))
                return error;
        }
        if (p.reminderHours <= 0)
            continue;
        for (const TrackedCondition &open : update.open) {
            if (!p.matches(open.condition, deviceOf(open.condition)))
                continue;
            auto last = queue.lastFor(p.id, open.condition.key);
            if (!last)
                return last.error();
            if (last->isValid() && last->secsTo(now) >= qint64(p.reminderHours) * 3600)
                if (auto error = add(p, QStringLiteral("reminder"), open))
                    return error;
        }
    }
    if (auto error = tx.commit())
        return error;
    return report;
}

Result<int> Notifier::flushDigests(const QDateTime &now)
{
    auto profiles = AlertProfileRepository(m_db).profiles(true);
    if (!profiles)
        return profiles.error();
    const QDateTime local = now.toLocalTime();
    const QString today = local.date().toString(Qt::ISODate);
    int queued = 0;
    for (const AlertProfile &p : *profiles) {
        if (p.delivery != Delivery::Digest || local.time().hour() < p.digestHour)
            continue;
        auto lastDay =
            m_db.scalar(QStringLiteral("SELECT value FROM alerting_settings WHERE key = ?"), {kDigestKey.arg(p.id)});
        if (!lastDay)
            return lastDay.error();
        if (lastDay->toString() == today)
            continue;
        auto q = m_db.run(QStringLiteral("SELECT id, subject, body_text, body_html FROM notifications "
                                         "WHERE profile_id = ? AND state = ? ORDER BY created_at, id"),
                          {p.id, kStateDigest});
        if (!q)
            return q.error();
        QList<qint64> ids;
        QList<NotificationText> items;
        while ((*q)->next()) {
            ids << (*q)->value(0).toLongLong();
            items << NotificationText{(*q)->value(1).toString(), (*q)->value(2).toString(), (*q)->value(3).toString()};
        }
        storage::Transaction tx(m_db);
        if (auto error = tx.begin())
            return error;
        if (!items.isEmpty()) {
            const NotificationText digest = composeDigest(p.name, items, now);
            NotificationRecord n;
            n.createdAt = now;
            n.profileId = p.id;
            n.profileName = p.name;
            n.event = QStringLiteral("digest");
            n.recipients = p.recipients;
            n.subject = digest.subject;
            n.bodyText = digest.text;
            n.bodyHtml = digest.html;
            n.nextAttemptAt = p.endOfQuiet(now);
            auto id = NotificationQueue(m_db).add(n);
            if (!id)
                return id.error();
            for (qint64 itemId : ids)
                if (auto error =
                        m_db.exec(QStringLiteral("UPDATE notifications SET state = ?, digest_id = ? WHERE id = ?"),
                                  {kStateMerged, *id, itemId}))
                    return error;
            ++queued;
        }
        if (auto error =
                m_db.exec(QStringLiteral("INSERT OR REPLACE INTO alerting_settings (key, value) VALUES (?, ?)"),
                          {kDigestKey.arg(p.id), today}))
            return error;
        if (auto error = tx.commit())
            return error;
    }
    return queued;
}

Result<qint64> Notifier::queueTestMail(const AlertProfile &profile, const QDateTime &now)
{
    TrackedCondition t;
    t.condition.key = QStringLiteral("test");
    t.condition.kind = ConditionKind::DeviceAlert;
    t.condition.severity = Severity::Info;
    t.condition.since = now;
    t.condition.text = QStringLiteral("Test message of alert profile %1").arg(profile.name);
    auto n = build(profile, QStringLiteral("test"), t, now);
    if (!n)
        return n.error();
    n->state = kStateQueued; // a test goes out now, digest or not
    n->nextAttemptAt = now;  // and whatever the quiet hours say
    return NotificationQueue(m_db).add(*n);
}

} // namespace fleet::alerting
