#include "alerting/AlertProfile.h"

#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace fleet::alerting {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;
namespace sql = storage::sql;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::alerting", s);
}

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

int minuteOfDay(const QDateTime &t)
{
    const QTime local = t.toLocalTime().time();
    return local.hour() * 60 + local.minute();
}

const QString kColumns = QStringLiteral(
    "id, name, enabled, kinds, categories, min_severity, device_scope, device_values, recipients, delivery, "
    "digest_hour, quiet_start, quiet_end, notify_clear, reminder_hours, created_at");

AlertProfile readProfile(const QSqlQuery &q)
{
    AlertProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.enabled = q.value(2).toBool();
    for (const QString &k : fromJsonList(q.value(3).toString()))
        if (auto kind = conditionKindFromName(k))
            p.kinds.insert(*kind);
    for (const QString &c : fromJsonList(q.value(4).toString()))
        if (auto category = alertCategoryFromName(c))
            p.categories.insert(*category);
    p.minSeverity = severityFromName(q.value(5).toString()).value_or(Severity::Warning);
    p.scope = deviceScopeFromName(q.value(6).toString()).value_or(DeviceScope::All);
    p.scopeValues = fromJsonList(q.value(7).toString());
    p.recipients = fromJsonList(q.value(8).toString());
    p.delivery = q.value(9).toString() == u"digest" ? Delivery::Digest : Delivery::Immediate;
    p.digestHour = q.value(10).toInt();
    if (!q.value(11).isNull() && !q.value(12).isNull()) {
        p.quietStartMinute = q.value(11).toInt();
        p.quietEndMinute = q.value(12).toInt();
    }
    p.notifyClear = q.value(13).toBool();
    p.reminderHours = q.value(14).toInt();
    p.createdAt = sql::time(q.value(15));
    return p;
}
} // namespace

QString deviceScopeName(DeviceScope s)
{
    switch (s) {
    case DeviceScope::All:
        return QStringLiteral("all");
    case DeviceScope::Location:
        return QStringLiteral("location");
    case DeviceScope::Model:
        return QStringLiteral("model");
    case DeviceScope::Devices:
        return QStringLiteral("devices");
    }
    return QStringLiteral("all");
}

std::optional<DeviceScope> deviceScopeFromName(QStringView name)
{
    for (DeviceScope s : {DeviceScope::All, DeviceScope::Location, DeviceScope::Model, DeviceScope::Devices})
        if (name.compare(deviceScopeName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

bool AlertProfile::matches(const Condition &c, const storage::DeviceRecord *device) const
{
    if (!enabled || c.severity < minSeverity)
        return false;
    if (!kinds.isEmpty() && !kinds.contains(c.kind))
        return false;
    if (c.kind == ConditionKind::DeviceAlert && !categories.isEmpty() && c.category &&
        !categories.contains(*c.category))
        return false;
    if (scope == DeviceScope::All)
        return true;
    // A profile for some devices does not speak for the agent's own health.
    if (!c.deviceId || !device)
        return false;
    for (const QString &value : scopeValues) {
        switch (scope) {
        case DeviceScope::All:
            return true;
        case DeviceScope::Location:
            if (device->location.contains(value, Qt::CaseInsensitive))
                return true;
            break;
        case DeviceScope::Model:
            if (device->model.contains(value, Qt::CaseInsensitive))
                return true;
            break;
        case DeviceScope::Devices:
            if (value == QString::number(device->id) || value.compare(device->serial, Qt::CaseInsensitive) == 0)
                return true;
            break;
        }
    }
    return false;
}

bool AlertProfile::isQuiet(const QDateTime &t) const
{
    if (!quietStartMinute || !quietEndMinute || *quietStartMinute == *quietEndMinute)
        return false;
    const int m = minuteOfDay(t);
    if (*quietStartMinute < *quietEndMinute)
        return m >= *quietStartMinute && m < *quietEndMinute;
    return m >= *quietStartMinute || m < *quietEndMinute; // spans midnight
}

QDateTime AlertProfile::endOfQuiet(const QDateTime &t) const
{
    if (!isQuiet(t))
        return t;
    const QDateTime local = t.toLocalTime();
    QDateTime end(local.date(), QTime(*quietEndMinute / 60, *quietEndMinute % 60), Qt::LocalTime);
    if (end <= local)
        end = end.addDays(1);
    return end.toUTC();
}

QString validateProfile(const AlertProfile &p)
{
    if (p.name.trimmed().isEmpty())
        return tr("An alert profile needs a name.");
    if (p.recipients.isEmpty())
        return tr("Alert profile %1 needs at least one recipient.").arg(p.name);
    // Deliberately loose: one @, something on both sides, no spaces or angle brackets (which
    // would let an address smuggle extra SMTP envelope text).
    static const QRegularExpression address(QStringLiteral(R"(^[^\s@<>,;"]+@[^\s@<>,;"]+$)"));
    for (const QString &r : p.recipients)
        if (!address.match(r).hasMatch())
            return tr("%1 is not an e-mail address.").arg(r);
    if (p.scope != DeviceScope::All && p.scopeValues.isEmpty())
        return tr("Alert profile %1 limits devices by %2 but names none.").arg(p.name, deviceScopeName(p.scope));
    if (p.digestHour < 0 || p.digestHour > 23)
        return tr("The digest hour must be between 0 and 23.");
    if (p.reminderHours < 0)
        return tr("The reminder interval cannot be negative.");
    return {};
}

namespace {
// The stored columns from name to reminder_hours, in the order INSERT and UPDATE name them.
QVariantList columnValues(const AlertProfile &p)
{
    QStringList kinds, categories;
    for (ConditionKind k : p.kinds)
        kinds << conditionKindName(k);
    for (AlertCategory c : p.categories)
        categories << alertCategoryName(c);
    kinds.sort();
    categories.sort();
    return {p.name.trimmed(),
            p.enabled,
            jsonList(kinds),
            jsonList(categories),
            severityName(p.minSeverity),
            deviceScopeName(p.scope),
            jsonList(p.scopeValues),
            jsonList(p.recipients),
            p.delivery == Delivery::Digest ? QStringLiteral("digest") : QStringLiteral("immediate"),
            p.digestHour,
            sql::optional(p.quietStartMinute),
            sql::optional(p.quietEndMinute),
            p.notifyClear,
            p.reminderHours};
}
} // namespace

Result<qint64> AlertProfileRepository::add(const AlertProfile &p)
{
    if (const QString problem = validateProfile(p); !problem.isEmpty())
        return StorageError{StorageErrorCode::InvalidArgument, problem};
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM alert_profiles WHERE name = ?"), {p.name.trimmed()});
    if (!existing)
        return existing.error();
    if (!existing->isNull())
        return StorageError{StorageErrorCode::InvalidArgument,
                            tr("An alert profile named %1 exists already.").arg(p.name)};
    return m_db.insert(
        QStringLiteral("INSERT INTO alert_profiles (name, enabled, kinds, categories, min_severity, device_scope, "
                       "device_values, recipients, delivery, digest_hour, quiet_start, quiet_end, notify_clear, "
                       "reminder_hours, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        columnValues(p) << sql::time(p.createdAt.isValid() ? p.createdAt : QDateTime::currentDateTimeUtc()));
}

Result<bool> AlertProfileRepository::update(const AlertProfile &p)
{
    if (const QString problem = validateProfile(p); !problem.isEmpty())
        return StorageError{StorageErrorCode::InvalidArgument, problem};
    auto other = m_db.scalar(QStringLiteral("SELECT id FROM alert_profiles WHERE name = ? AND id <> ?"),
                             {p.name.trimmed(), p.id});
    if (!other)
        return other.error();
    if (!other->isNull())
        return StorageError{StorageErrorCode::InvalidArgument,
                            tr("An alert profile named %1 exists already.").arg(p.name)};
    auto q = m_db.run(
        QStringLiteral("UPDATE alert_profiles SET name = ?, enabled = ?, kinds = ?, categories = ?, min_severity = ?, "
                       "device_scope = ?, device_values = ?, recipients = ?, delivery = ?, digest_hour = ?, "
                       "quiet_start = ?, quiet_end = ?, notify_clear = ?, reminder_hours = ? WHERE id = ?"),
        columnValues(p) << p.id);
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<QList<AlertProfile>> AlertProfileRepository::profiles(bool enabledOnly)
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM alert_profiles %2 ORDER BY name")
                          .arg(kColumns, enabledOnly ? QStringLiteral("WHERE enabled = 1") : QString()));
    if (!q)
        return q.error();
    QList<AlertProfile> list;
    while ((*q)->next())
        list << readProfile(**q);
    return list;
}

Result<std::optional<AlertProfile>> AlertProfileRepository::profile(const QString &name)
{
    auto q = m_db.run(QStringLiteral("SELECT %1 FROM alert_profiles WHERE name = ?").arg(kColumns), {name.trimmed()});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AlertProfile>();
    std::optional<AlertProfile> found(readProfile(**q));
    // A statement left mid-result keeps its read snapshot: a later write on this connection would
    // fail with "database is locked" once another connection has written meanwhile.
    (*q)->finish();
    return found;
}

Result<bool> AlertProfileRepository::remove(const QString &name)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM alert_profiles WHERE name = ?"), {name.trimmed()});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

} // namespace fleet::alerting
