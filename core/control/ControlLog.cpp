#include "control/ControlLog.h"

Q_LOGGING_CATEGORY(lcControl, "fleet.control", QtInfoMsg)
