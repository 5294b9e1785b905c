#pragma once
// The device's firmware version, read from what a poll already fetched. Sources in order of
// trust: ENTITY-MIB revisions of the top (chassis) entity, labelled versions in the printer's
// hrDeviceDescr and in sysDescr (vendor conventions: "Firmware Ver.1.06", "SS 100.002...",
// "OS 1.01.15.47", "RICOH MP C2503 1.35 / ..."), then a vendor MIB's firmware object. A wrong
// version makes a wrong posture finding, so anything that does not look like a version gives an
// empty result instead of a guess.

#include "collect/SnapshotParser.h"

#include <QString>

namespace fleet::collect::firmware {

// Longest version kept; a longer one is not a version but noise, and is dropped whole.
constexpr qsizetype kMaxLength = 64;

// ENTITY-MIB (RFC 6933) entPhysicalTable columns walked with the identity.
inline const snmp::Oid entPhysicalTable{1, 3, 6, 1, 2, 1, 47, 1, 1, 1, 1};
inline const snmp::Oid entPhysicalContainedIn = entPhysicalTable.child(4);
inline const snmp::Oid entPhysicalClass = entPhysicalTable.child(5);
inline const snmp::Oid entPhysicalFirmwareRev = entPhysicalTable.child(9);
inline const snmp::Oid entPhysicalSoftwareRev = entPhysicalTable.child(10);

// Vendor firmware objects, read only for that vendor's sysObjectID.
// KYOCERA-Private-MIB kcprtFirmwareVersion (kcprtCpuTable, index hrDeviceIndex.cpuIndex).
inline const snmp::Oid kyoceraFirmwareVersion{1, 3, 6, 1, 4, 1, 1347, 43, 5, 4, 1, 5};
// Canon printers' firmware version scalar (1602.1.1.1.4.0, "03.03").
inline const snmp::Oid canonFirmwareVersion{1, 3, 6, 1, 4, 1, 1602, 1, 1, 1, 4, 0};

// Subtrees every poll walks for the version (they ride along the identity walk).
QList<snmp::Oid> entitySubtrees();
// Vendor subtrees and scalars to add once sysObjectID is known (empty for other vendors).
QList<snmp::Oid> vendorSubtrees(const snmp::Oid &sysObjectID);
QList<snmp::Oid> vendorScalars(const snmp::Oid &sysObjectID);

// The version a labelled pattern finds in free device text (sysDescr, hrDeviceDescr); empty when
// none of the known labels is followed by something shaped like a version.
QString fromDescription(const QString &text);
// A value of an object that holds only a revision (ENTITY-MIB, vendor firmware objects): control
// characters removed, whitespace simplified; empty unless it has a digit and fits kMaxLength.
QString cleanRevision(const QString &text);
// entPhysicalFirmwareRev (else SoftwareRev) of the chassis / top-level entity.
QString fromEntityMib(const ValueMap &values);
// The vendor firmware object of the device's vendor.
QString fromVendorMib(const ValueMap &values, const snmp::Oid &sysObjectID);

// Every source in order of trust; identity must already hold sysDescr, sysObjectID and hrDeviceDescr.
QString resolve(const ValueMap &values, const Identity &identity);

} // namespace fleet::collect::firmware
