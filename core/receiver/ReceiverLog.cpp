#include "receiver/ReceiverLog.h"

Q_LOGGING_CATEGORY(lcReceiver, "fleet.receiver", QtInfoMsg)
