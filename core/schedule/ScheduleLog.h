#pragma once
// Debug log of the schedule module (timer arming, job starts and ends, state file problems).

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSchedule)
