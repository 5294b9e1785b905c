#include "daemon/DaemonLog.h"

Q_LOGGING_CATEGORY(lcDaemon, "fleet.daemon", QtInfoMsg)
