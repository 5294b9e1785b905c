#include "UiLog.h"

Q_LOGGING_CATEGORY(lcUi, "fleet.ui", QtInfoMsg)
