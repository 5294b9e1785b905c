#include "security/SecurityLog.h"

Q_LOGGING_CATEGORY(lcSecurity, "fleet.security", QtInfoMsg)
