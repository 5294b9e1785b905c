#pragma once
// Numbers and names of the standard MIBs a printer speaks: MIB-II, Host Resources (RFC 2790) and
// the Printer MIB v2 (RFC 3805). Names follow the MIBs' own spelling; they are part of the CLI's
// JSON interface and of the database, so never rename one.

#include "collect/DeviceSnapshot.h"
#include "snmp/SnmpTypes.h"

namespace fleet::mib {

using snmp::Oid;

// Scalars
inline const Oid sysDescr{1, 3, 6, 1, 2, 1, 1, 1, 0};
inline const Oid sysObjectID{1, 3, 6, 1, 2, 1, 1, 2, 0};
inline const Oid sysUpTime{1, 3, 6, 1, 2, 1, 1, 3, 0};
inline const Oid sysContact{1, 3, 6, 1, 2, 1, 1, 4, 0};
inline const Oid sysName{1, 3, 6, 1, 2, 1, 1, 5, 0};
inline const Oid sysLocation{1, 3, 6, 1, 2, 1, 1, 6, 0};
inline const Oid hrMemorySize{1, 3, 6, 1, 2, 1, 25, 2, 2, 0};

// Table columns (walked)
inline const Oid ifDescr{1, 3, 6, 1, 2, 1, 2, 2, 1, 2};
inline const Oid ifType{1, 3, 6, 1, 2, 1, 2, 2, 1, 3};
inline const Oid ifPhysAddress{1, 3, 6, 1, 2, 1, 2, 2, 1, 6};
inline const Oid ifOperStatus{1, 3, 6, 1, 2, 1, 2, 2, 1, 8};
inline const Oid ipAdEntAddr{1, 3, 6, 1, 2, 1, 4, 20, 1, 1};
inline const Oid ipAdEntIfIndex{1, 3, 6, 1, 2, 1, 4, 20, 1, 2};
inline const Oid ipAdEntNetMask{1, 3, 6, 1, 2, 1, 4, 20, 1, 3};
inline const Oid ipRouteNextHop{1, 3, 6, 1, 2, 1, 4, 21, 1, 7};
inline const Oid hrStorageTable{1, 3, 6, 1, 2, 1, 25, 2, 3, 1};
inline const Oid hrDeviceType{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 2};
inline const Oid hrDeviceDescr{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 3};
inline const Oid hrDeviceStatus{1, 3, 6, 1, 2, 1, 25, 3, 2, 1, 5};
inline const Oid hrDevicePrinter{1, 3, 6, 1, 2, 1, 25, 3, 1, 5};
inline const Oid hrPrinterStatus{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 1};
inline const Oid hrPrinterDetectedErrorState{1, 3, 6, 1, 2, 1, 25, 3, 5, 1, 2};
inline const Oid prtGeneralTable{1, 3, 6, 1, 2, 1, 43, 5, 1, 1};
inline const Oid prtGeneralSerialNumber{1, 3, 6, 1, 2, 1, 43, 5, 1, 1, 17};
inline const Oid prtCoverTable{1, 3, 6, 1, 2, 1, 43, 6, 1, 1};
inline const Oid prtInputTable{1, 3, 6, 1, 2, 1, 43, 8, 2, 1};
inline const Oid prtOutputTable{1, 3, 6, 1, 2, 1, 43, 9, 2, 1};
inline const Oid prtMarkerTable{1, 3, 6, 1, 2, 1, 43, 10, 2, 1};
inline const Oid prtMarkerSuppliesTable{1, 3, 6, 1, 2, 1, 43, 11, 1, 1};
inline const Oid prtMarkerColorantValue{1, 3, 6, 1, 2, 1, 43, 12, 1, 1, 4};
inline const Oid prtMediaPathTable{1, 3, 6, 1, 2, 1, 43, 13, 4, 1};
inline const Oid hrStorageRam{1, 3, 6, 1, 2, 1, 25, 2, 1, 2};
inline const Oid hrStorageFixedDisk{1, 3, 6, 1, 2, 1, 25, 2, 1, 4};
inline const Oid prtInterpreterTable{1, 3, 6, 1, 2, 1, 43, 15, 1, 1};
inline const Oid prtConsoleDisplayBufferText{1, 3, 6, 1, 2, 1, 43, 16, 5, 1, 2};
inline const Oid prtAlertTable{1, 3, 6, 1, 2, 1, 43, 18, 1, 1};

enum class Enum {
    HrDeviceStatus,
    HrPrinterStatus,
    SupplyType,
    SupplyClass,
    SupplyUnit,
    CounterUnit,
    MarkTech,
    AlertSeverity,
    AlertTraining,
    AlertGroup,
    AlertCode,
    CoverStatus,
    InputType,
    LangFamily,
};

// The name of value in the enumeration, or an empty string when the MIB does not define it.
QString enumName(Enum e, qint64 value);
EnumValue enumValue(Enum e, qint64 value);
// RFC 3805 hrPrinterDetectedErrorState: bit 0 is the most significant bit of the first octet.
QStringList detectedErrorNames(const QByteArray &octets);

} // namespace fleet::mib
