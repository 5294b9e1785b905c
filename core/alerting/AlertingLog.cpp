#include "alerting/AlertingLog.h"

Q_LOGGING_CATEGORY(lcAlerting, "fleet.alerting", QtInfoMsg)
