#pragma once
// Vendor meter profiles: which enterprise-MIB objects hold a vendor's billing meters and how
// they map to our canonical meter names. Profiles are data (resources/meters/*.json, format in
// resources/meters/README.md); this file holds the parsed form and the extraction that turns
// fetched SNMP values into Meter readings.

#include "collect/DeviceSnapshot.h"
#include "snmp/SnmpTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace fleet::collect {

// Canonical meter names (part of the JSON and CLI interface) and the units a profile may give.
const QStringList &canonicalMeterNames();
const QStringList &meterUnits();

// The count an SNMP value carries, or nullopt when it is not one: Counter32, Counter64,
// Gauge32 and Integer >= 0, or an OctetString holding only decimal digits (some vendors
// report counters as text). Negative numbers, other types and exceptions yield nullopt.
std::optional<quint64> meterCount(const snmp::Value &value);

// What one reading means: our name, its unit, an optional scale, and where the mapping was
// documented (the profile's "source" field, kept for review; a Meter's own source names the
// profile).
struct MeterDefinition
{
    QString name;
    QString unit;
    double scale = 1.0;
    QString citation;
};

// A meter read with GET from a fixed instance OID.
struct ScalarMeter
{
    snmp::Oid oid;
    MeterDefinition meter;
};

// One row of a counter table mapped to a meter. match is compared with the row's key: the
// text of the key column when the table has one (trimmed, case-insensitive), else the row
// index after the value column ("1.2").
struct TableRowMeter
{
    QString match;
    MeterDefinition meter;
};

// A counter table walked by column. The value column holds the counts; an optional key column
// identifies each row (a type code or a name); an optional unit column gives the unit per row
// through the units map (a value missing from the map gives the unit "unknown").
struct MeterTable
{
    snmp::Oid column;
    snmp::Oid keyColumn;
    snmp::Oid unitColumn;
    QHash<QString, QString> units;
    QList<TableRowMeter> rows;
};

using MeterSource = std::variant<ScalarMeter, MeterTable>;

struct MeterProfile
{
    QString id;
    QString vendor;
    QString description;
    QString fileName; // where the profile was loaded from, for messages
    QList<snmp::Oid> enterprisePrefixes;
    QList<MeterSource> sources; // in file order: the first source that yields a name wins

    QList<snmp::Oid> scalarOids() const;   // to GET
    QList<snmp::Oid> tableColumns() const; // to walk: value, key and unit columns

    // values: everything fetched (GET results and walked rows), keyed by full OID. A value that
    // is missing or not a count yields no meter; that is not an error of the poll. A meter name
    // that several sources define is taken from the first one that yields a valid count, so a
    // profile can list fallbacks.
    QList<Meter> extract(const QHash<snmp::Oid, snmp::Value> &values, const QDateTime &readAt) const;
};

} // namespace fleet::collect
