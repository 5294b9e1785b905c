#include "snmp/SnmpLog.h"
Q_LOGGING_CATEGORY(lcSnmp, "fleet.snmp", QtInfoMsg)
