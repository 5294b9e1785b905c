#pragma once
// Logging category of the alerting module (conditions, profiles, notifications, SMTP delivery).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAlerting)
