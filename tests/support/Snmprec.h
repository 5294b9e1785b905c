#pragma once
// Reads a .snmprec recording (OID|TYPE|VALUE per line, a trailing "x" on TYPE = hex value) straight
// into values, the way snmpsimd serves them: what a poll would have fetched, without any network.

#include "snmp/SnmpTypes.h"

#include <QMap>

namespace fleet::test {

QMap<snmp::Oid, snmp::Value> readSnmprec(const QString &path, QString *error);

} // namespace fleet::test
