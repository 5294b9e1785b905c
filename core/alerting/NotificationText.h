#pragma once
// The words of a notification: subject, plain text and HTML, listing the device (name, model,
// location, address, serial), the condition, since when, and the device's current supplies.
// Every device-supplied string is HTML-escaped in the HTML part: sysName and sysLocation are
// set by whoever administers the printer.

#include "alerting/ConditionTracker.h"
#include "storage/StorageTypes.h"

#include <optional>

namespace fleet::alerting {

struct NotificationText
{
    QString subject;
    QString text;
    QString html;
};

struct NotificationSubject
{
    QString event; // "opened", "cleared", "reminder", "test"
    TrackedCondition tracked;
    std::optional<storage::DeviceRecord> device;
    QList<storage::SupplyReading> supplies; // latest reading of each supply
};

NotificationText composeNotification(const NotificationSubject &subject, const QDateTime &now);
// One mail for a day's worth of held notifications.
NotificationText composeDigest(const QString &profileName, const QList<NotificationText> &items, const QDateTime &now);

} // namespace fleet::alerting
