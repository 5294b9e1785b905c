#pragma once
// Net-SNMP headers in the order they need, for the engine's .cpp files only (never in public
// headers: they define macros such as `linux` and `READ` that clash with everything).
#include <net-snmp/library/large_fd_set.h>
#include <net-snmp/library/snmpusm.h>
#include <net-snmp/library/transform_oids.h>
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>

#include "snmp/Credential.h"

namespace fleet::snmp {
const oid *netsnmpAuthOid(AuthProtocol p, size_t *len);
}
