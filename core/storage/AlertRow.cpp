#include "storage/AlertRow.h"

#include "storage/SqlValues.h"

#include <QStringList>

namespace fleet::storage {

QString alertColumns(const QString &alias)
{
    static const QStringList kNames = {QStringLiteral("id"),
                                       QStringLiteral("device_id"),
                                       QStringLiteral("severity"),
                                       QStringLiteral("severity_name"),
                                       QStringLiteral("training_level"),
                                       QStringLiteral("training_level_name"),
                                       QStringLiteral("alert_group"),
                                       QStringLiteral("group_name"),
                                       QStringLiteral("group_index"),
                                       QStringLiteral("location"),
                                       QStringLiteral("code"),
                                       QStringLiteral("code_name"),
                                       QStringLiteral("description"),
                                       QStringLiteral("hr_device_index"),
                                       QStringLiteral("alert_index"),
                                       QStringLiteral("first_seen"),
                                       QStringLiteral("last_seen"),
                                       QStringLiteral("cleared_at")};
    if (alias.isEmpty())
        return kNames.join(QStringLiteral(", "));
    QStringList qualified;
    for (const QString &name : kNames)
        qualified << alias + u'.' + name;
    return qualified.join(QStringLiteral(", "));
}

AlertRecord readAlertRow(const QSqlQuery &q)
{
    AlertRecord a;
    a.id = q.value(0).toLongLong();
    a.deviceId = q.value(1).toLongLong();
    a.severity = q.value(2).toLongLong();
    a.severityName = q.value(3).toString();
    a.trainingLevel = q.value(4).toLongLong();
    a.trainingLevelName = q.value(5).toString();
    a.group = q.value(6).toLongLong();
    a.groupName = q.value(7).toString();
    a.groupIndex = q.value(8).toLongLong();
    a.location = q.value(9).toLongLong();
    a.code = q.value(10).toLongLong();
    a.codeName = q.value(11).toString();
    a.description = q.value(12).toString();
    a.hrDeviceIndex = q.value(13).toInt();
    a.alertIndex = q.value(14).toInt();
    a.firstSeen = sql::time(q.value(15));
    a.lastSeen = sql::time(q.value(16));
    a.clearedAt = sql::time(q.value(17));
    return a;
}

} // namespace fleet::storage
