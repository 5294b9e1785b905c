#pragma once
// One SNMP GET or SET for an action: resolves the host (asynchronously), runs the request on the
// SNMP engine thread with a fresh session and delivers the response on context's thread. Dropped
// silently when context is destroyed first.

#include "snmp/AsyncSession.h"

#include <QObject>

#include <functional>

namespace fleet::actions {

using SnmpDone = std::function<void(const snmp::Response &)>;

void snmpGet(const QString &host, quint16 port, const snmp::Credential &credential, const QList<snmp::Oid> &oids,
             QObject *context, SnmpDone done);
void snmpSet(const QString &host, quint16 port, const snmp::Credential &credential, const snmp::VarBindList &bindings,
             QObject *context, SnmpDone done);

// Readable text for a response that is not a clean answer (transport error, or an error-status
// such as noAccess / notWritable); empty when the response is fine.
QString snmpProblem(const snmp::Response &response);

namespace oids {
inline const snmp::Oid sysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
inline const snmp::Oid sysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
inline const snmp::Oid sysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
// Printer-MIB prtGeneralReset (RFC 3805), indexed by hrDeviceIndex. 4 = powerCycleReset.
inline const snmp::Oid prtGeneralReset{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 3};
inline constexpr int kPowerCycleReset = 4;
} // namespace oids

} // namespace fleet::actions
