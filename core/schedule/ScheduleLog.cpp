#include "schedule/ScheduleLog.h"

Q_LOGGING_CATEGORY(lcSchedule, "fleet.schedule", QtInfoMsg)
