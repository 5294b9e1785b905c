#pragma once
// Turns the values a poll read (standard MIBs) into a DeviceSnapshot. A pure function of its input,
// so every edge case of the MIBs is tested from recordings without any network.

#include "collect/DeviceSnapshot.h"

#include <QMap>

namespace fleet::collect {

using ValueMap = QMap<snmp::Oid, snmp::Value>;

// Fills identity, network, status, alerts, markers, supplies and properties of snap from values.
// Oddities that do not stop parsing (wrong types, values outside a range) go to snap.warnings.
void parseStandardMibs(const ValueMap &values, DeviceSnapshot &snap);

// Manufacturer name for a sysObjectID under 1.3.6.1.4.1 (IANA enterprise numbers of printer makers).
QString manufacturerFor(const snmp::Oid &sysObjectID);
// Is this a printer? hrDeviceType is hrDevicePrinter, or the Printer-MIB answered.
bool looksLikePrinter(const ValueMap &values);
// Derives status.overall from device status, detected errors and alerts.
OverallStatus deriveOverallStatus(const DeviceSnapshot &snap);
// Supply state from class, max and level (RFC 3805: -1 other, -2 unknown, -3 some remaining;
// for a receptacle the level is the remaining space).
SupplyState supplyState(const Supply &s);

} // namespace fleet::collect
