#include "storage/AlertRepository.h"

#include "storage/AlertRow.h"
#include "storage/EventLog.h"
#include "storage/SqlValues.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace fleet::storage {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::AlertRepository", s);
}

// prtAlertSeverityLevel values (RFC 3805 PrtAlertSeverityLevelTC).
constexpr qint64 kCritical = 3;
constexpr qint64 kWarning = 4;
constexpr qint64 kWarningBinaryChange = 5;

// SQL for severityClassOf(); kept next to it so the two cannot drift apart.
QString severityCondition(SeverityClass c)
{
    switch (c) {
    case SeverityClass::Critical:
        return QStringLiteral("a.severity = 3");
    case SeverityClass::Warning:
        return QStringLiteral("a.severity IN (4, 5)");
    case SeverityClass::Other:
        return QStringLiteral("a.severity NOT IN (3, 4, 5)");
    }
    return {};
}
const QString kSeverityRank =
    QStringLiteral("CASE WHEN a.severity = 3 THEN 0 WHEN a.severity IN (4, 5) THEN 1 ELSE 2 END");

const QString kColumns = alertColumns(QStringLiteral("a")) +
                         QStringLiteral(", a.acknowledged_at, a.acknowledged_by, a.acknowledge_note, "
                                        "d.name, d.manufacturer, d.model, d.location, d.address, d.serial");

FleetAlert readRow(const QSqlQuery &q)
{
    FleetAlert f;
    f.alert = readAlertRow(q);
    f.acknowledgement.at = sql::time(q.value(18));
    f.acknowledgement.by = q.value(19).toString();
    f.acknowledgement.note = q.value(20).toString();
    f.deviceName = q.value(21).toString();
    f.deviceManufacturer = q.value(22).toString();
    f.deviceModel = q.value(23).toString();
    f.deviceLocation = q.value(24).toString();
    f.deviceAddress = q.value(25).toString();
    f.deviceSerial = q.value(26).toString();
    return f;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool alertMatchesText(const FleetAlert &f, const QString &text)
{
    const AlertRecord &a = f.alert;
    for (const QString *s :
         {&a.description, &a.codeName, &a.groupName, &a.severityName, &f.acknowledgement.by, &f.acknowledgement.note,
          &f.deviceName, &f.deviceManufacturer, &f.deviceModel, &f.deviceLocation, &f.deviceAddress, &f.deviceSerial}) {
        if (s->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SeverityClass severityClassOf(qint64 severity)
{
    if (severity == kCritical)
        return SeverityClass::Critical;
    if (severity == kWarning || severity == kWarningBinaryChange)
        return SeverityClass::Warning;
    return SeverityClass::Other;
}

QString severityClassName(SeverityClass c)
{
    switch (c) {
    case SeverityClass::Critical:
        return QStringLiteral("critical");
    case SeverityClass::Warning:
        return QStringLiteral("warning");
    case SeverityClass::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<SeverityClass> severityClassFromName(QStringView name)
{
    for (SeverityClass c : {SeverityClass::Critical, SeverityClass::Warning, SeverityClass::Other}) {
        if (name.compare(severityClassName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QSet<SeverityClass> severitiesAtLeast(SeverityClass minimum)
{
    QSet<SeverityClass> set;
    for (SeverityClass c : {SeverityClass::Critical, SeverityClass::Warning, SeverityClass::Other}) {
        if (c <= minimum)
            set.insert(c);
    }
    return set;
}

const SeverityCount &AlertCounts::of(SeverityClass c) const
{
    switch (c) {
    case SeverityClass::Critical:
        return critical;
    case SeverityClass::Warning:
        return warning;
    case SeverityClass::Other:
        break;
    }
    return other;
}

Result<QList<FleetAlert>> AlertRepository::alerts(const AlertFilter &filter)
{
    QStringList where;
    QVariantList values;
    switch (filter.state) {
    case AlertState::Open:
        where << QStringLiteral("a.cleared_at IS NULL");
        break;
    case AlertState::Cleared:
        where << QStringLiteral("a.cleared_at IS NOT NULL");
        break;
    case AlertState::All:
        break;
    }
    // All three classes together cover every value; a condition would only slow the query.
    if (!filter.severities.isEmpty() && filter.severities.size() < 3) {
        QStringList any;
        for (SeverityClass c : {SeverityClass::Critical, SeverityClass::Warning, SeverityClass::Other}) {
            if (filter.severities.contains(c))
                any << severityCondition(c);
        }
        where << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (filter.acknowledged)
        where << (*filter.acknowledged ? QStringLiteral("a.acknowledged_at IS NOT NULL")
                                       : QStringLiteral("a.acknowledged_at IS NULL"));
    if (filter.deviceId) {
        where << QStringLiteral("a.device_id = ?");
        values << *filter.deviceId;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("(a.cleared_at IS NULL OR a.cleared_at >= ?)");
        values << sql::time(filter.since);
    }
    if (!filter.ids.isEmpty()) {
        // One statement for any number of ids, instead of one prepared statement per list length.
        QJsonArray ids;
        for (qint64 id : filter.ids)
            ids.append(double(id));
        where << QStringLiteral("a.id IN (SELECT value FROM json_each(?))");
        values << QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    }
    // The text filter runs in C++ after the query, so the limit can only go into SQL without it.
    const bool sqlLimit = filter.limit > 0 && filter.text.isEmpty();
    QString sql = QStringLiteral("SELECT %1 FROM alerts a JOIN devices d ON d.id = a.device_id").arg(kColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1, a.cleared_at IS NOT NULL, a.last_seen DESC, a.id DESC").arg(kSeverityRank);
    if (sqlLimit) {
        sql += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto query = m_db.run(sql, values);
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    QList<FleetAlert> rows;
    const QString text = filter.text.trimmed();
    while (q->next()) {
        FleetAlert row = readRow(*q);
        if (!text.isEmpty() && !alertMatchesText(row, text))
            continue;
        rows.append(std::move(row));
        if (filter.limit > 0 && rows.size() >= filter.limit)
            break;
    }
    q->finish();
    return rows;
}

Result<AlertCounts> AlertRepository::openCounts(std::optional<qint64> deviceId)
{
    const QString sql = QStringLiteral("SELECT %1 AS rank, count(*), sum(a.acknowledged_at IS NULL) FROM alerts a "
                                       "WHERE a.cleared_at IS NULL%2 GROUP BY rank")
                            .arg(kSeverityRank, deviceId ? QStringLiteral(" AND a.device_id = ?") : QString());
    auto query = m_db.run(sql, deviceId ? QVariantList{*deviceId} : QVariantList{});
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    AlertCounts counts;
    while (q->next()) {
        const SeverityCount c{q->value(1).toInt(), q->value(2).toInt()};
        switch (q->value(0).toInt()) {
        case 0:
            counts.critical = c;
            break;
        case 1:
            counts.warning = c;
            break;
        default:
            counts.other = c;
            break;
        }
    }
    q->finish();
    return counts;
}

Result<AcknowledgeResult> AlertRepository::acknowledge(const QList<qint64> &alertIds, const QString &actor,
                                                       const QString &note, const QDateTime &at, Reacknowledge mode)
{
    const QString by = actor.trimmed();
    if (alertIds.isEmpty())
        return StorageError{StorageErrorCode::InvalidArgument, tr("No alert to acknowledge was given.")};
    if (by.isEmpty())
        return StorageError{StorageErrorCode::InvalidArgument,
                            tr("An acknowledgement needs the name of who acknowledges; it is empty.")};
    if (!at.isValid())
        return StorageError{StorageErrorCode::InvalidArgument, tr("An acknowledgement needs a valid time.")};

    QList<qint64> ids;
    for (qint64 id : alertIds) {
        if (!ids.contains(id))
            ids.append(id);
    }

    struct Target
    {
        qint64 id = 0;
        qint64 deviceId = 0;
        bool acknowledged = false;
        QJsonObject details;
        QString what;
    };
    Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    QList<Target> targets;
    QList<qint64> unknown;
    for (qint64 id : ids) {
        auto query = m_db.run(QStringLiteral("SELECT device_id, acknowledged_at IS NOT NULL, severity, severity_name, "
                                             "code, code_name, description FROM alerts WHERE id = ?"),
                              {id});
        if (!query)
            return query.error();
        QSqlQuery *q = *query;
        if (!q->next()) {
            unknown << id;
            continue;
        }
        Target t;
        t.id = id;
        t.deviceId = q->value(0).toLongLong();
        t.acknowledged = q->value(1).toBool();
        const QString codeName = q->value(5).toString();
        const QString description = q->value(6).toString();
        t.details = QJsonObject{{QStringLiteral("alertId"), double(id)},
                                {QStringLiteral("by"), by},
                                {QStringLiteral("note"), note},
                                {QStringLiteral("severity"), q->value(3).toString()},
                                {QStringLiteral("code"), codeName.isEmpty() ? q->value(4).toString() : codeName},
                                {QStringLiteral("description"), description},
                                {QStringLiteral("replaced"), t.acknowledged}};
        t.what = description.isEmpty()
                     ? (codeName.isEmpty() ? QStringLiteral("code %1").arg(q->value(4).toLongLong()) : codeName)
                     : description;
        q->finish();
        targets << t;
    }
    if (!unknown.isEmpty()) {
        return StorageError{StorageErrorCode::InvalidArgument,
                            tr("No alert has the id %1; nothing was acknowledged.").arg(idList(unknown))};
    }

    AcknowledgeResult result;
    EventLog log(m_db);
    for (const Target &t : std::as_const(targets)) {
        if (t.acknowledged && mode == Reacknowledge::Keep) {
            result.alreadyAcknowledged << t.id;
            continue;
        }
        if (auto error = m_db.exec(QStringLiteral("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ?, "
                                                  "acknowledge_note = ? WHERE id = ?"),
                                   {sql::time(at), by, note, t.id}))
            return error;
        // Event messages are English sentences for logs and exports (see EventLog).
        auto event =
            log.record(t.deviceId, at, kEventAlertAcknowledged,
                       QStringLiteral("Alert %1 (%2) acknowledged by %3").arg(t.id).arg(t.what, by), t.details);
        if (!event)
            return event.error();
        result.acknowledged << t.id;
    }
    if (auto error = tx.commit())
        return error;
    qCInfo(lcStorage) << "acknowledged alerts" << result.acknowledged << "by" << by << "kept"
                      << result.alreadyAcknowledged;
    return result;
}

QString currentUserName()
{
#ifdef Q_OS_UNIX
    // The account the process runs as; the environment is only a fallback (a service manager may
    // start the process without USER).
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace fleet::storage
