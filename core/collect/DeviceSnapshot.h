#pragma once
// What one poll of one device yields: the data of R1.3 the standard MIBs (and vendor meter
// profiles) give, with provenance. Produced by collect/, stored by storage/, printed by the CLI.

#include "snmp/SnmpTypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet {

// A MIB enumeration as read: the raw number and its name when the MIB defines it.
struct EnumValue
{
    qint64 value = 0;
    QString name;        // empty when the value is outside the MIB's enumeration
    bool present = true; // false when the agent did not send the column at all
};

enum class OverallStatus : quint8 { Ok, Warning, Error, Offline, Unknown };
QString overallStatusName(OverallStatus s);

struct Identity
{
    QString sysDescr;
    QString sysObjectID;
    QString sysName;
    QString sysLocation;
    QString sysContact;
    QString manufacturer;
    QString model;
    QString serialNumber;
    QString firmware;
    QString assetTag;
    QString hrDeviceDescr;
    std::optional<qint64> uptimeSeconds;
};

struct InterfaceInfo
{
    int ifIndex = 0;
    QString description;
    int type = 0;
    QString macAddress; // "aa:bb:cc:dd:ee:ff" only when ifPhysAddress is 6 octets and non-zero
    int operStatus = 0;
};

struct IpAddressInfo
{
    QString address;
    int ifIndex = 0;
    QString netmask;
};

struct Network
{
    QStringList macAddresses; // unique, in ifIndex order
    QList<IpAddressInfo> ipAddresses;
    QList<InterfaceInfo> interfaces;
    QString defaultGateway;
};

struct PrinterRow
{
    int hrDeviceIndex = 0;
    QString description;
    std::optional<EnumValue> deviceStatus;  // hrDeviceStatus
    std::optional<EnumValue> printerStatus; // hrPrinterStatus
    QByteArray detectedErrorState;          // raw octets of hrPrinterDetectedErrorState
    QStringList detectedErrors;             // RFC 3805 names of the set bits
};

struct Status
{
    OverallStatus overall = OverallStatus::Unknown;
    QString printerStatus; // name of hrPrinterStatus of the first printer row
    QString deviceStatus;  // name of hrDeviceStatus of the first printer row
    QStringList detectedErrors;
    QStringList consoleMessages;
    QList<PrinterRow> printers;
};

struct Alert
{
    int hrDeviceIndex = 0;
    int index = 0;
    EnumValue severity;
    EnumValue trainingLevel;
    EnumValue group;
    qint64 groupIndex = 0;
    qint64 location = 0;
    EnumValue code;
    QString description;
    std::optional<qint64> timeTicks; // prtAlertTime (sysUpTime when raised)
};

struct Marker
{
    int hrDeviceIndex = 0;
    int index = 0;
    std::optional<quint64> lifeCount;
    std::optional<quint64> powerOnCount;
    std::optional<EnumValue> unit; // prtMarkerCounterUnit
    std::optional<EnumValue> technology;
    QString lifeCountType; // SNMP type as read (Counter32, Integer...), for provenance
};

// One meter reading with where it came from: a billing number must be traceable.
struct Meter
{
    QString name; // total, black, colour, print, copy, fax, scan, duplex, largeFormat...
    quint64 value = 0;
    QString unit; // impressions, sheets, ...
    QString oid;
    QString rawValue;
    QString source; // "printer-mib" or "vendor:<profile id>"
    QDateTime readAt;
};

enum class SupplyState : quint8 { Ok, Low, Empty, NearlyFull, Full, SomeRemaining, Unknown, Other, NoCapacity };
QString supplyStateName(SupplyState s);

struct Supply
{
    int hrDeviceIndex = 0;
    int index = 0;
    QString description;
    std::optional<EnumValue> supplyClass; // supplyThatIsConsumed / receptacleThatIsFilled
    std::optional<EnumValue> type;
    std::optional<EnumValue> unit;
    int colorantIndex = 0;
    QString colorant; // colorant value from prtMarkerColorantTable ("black", "cyan"...)
    std::optional<qint64> maxCapacity;
    std::optional<qint64> level;
    std::optional<double> percent; // only when max > 0 and 0 <= level <= max
    SupplyState state = SupplyState::Unknown;
    QString partNumber; // when the description names one ("PN 006R01509")
};

struct InputTray
{
    int hrDeviceIndex = 0;
    int index = 0;
    QString name;
    QString mediaName;
    std::optional<EnumValue> type;
    std::optional<qint64> maxCapacity;
    std::optional<qint64> currentLevel;
};

struct OutputBin
{
    int hrDeviceIndex = 0;
    int index = 0;
    QString name;
    std::optional<qint64> maxCapacity;
    std::optional<qint64> remainingCapacity;
};

struct Cover
{
    int hrDeviceIndex = 0;
    int index = 0;
    QString description;
    std::optional<EnumValue> status;
};

struct Interpreter
{
    int hrDeviceIndex = 0;
    int index = 0;
    QString language; // EnumValue name of prtInterpreterLangFamily
    QString description;
    QString version;
};

struct Properties
{
    bool color = false; // more than one colorant, or a colour supply
    std::optional<bool> duplex;
    QString markingTechnology;
    std::optional<qint64> memoryKBytes;
    std::optional<qint64> diskKBytes;
    std::optional<qint64> diskUsedKBytes;
    std::optional<qint64> printSpeedPpm; // from prtMediaPathMaxSpeed in impressions or sheets per hour
    QList<InputTray> inputs;
    QList<OutputBin> outputs;
    QList<Cover> covers;
    QList<Interpreter> interpreters;
    QStringList installedComponents; // hrDeviceDescr of the non-printer hrDevice rows
};

struct Counters
{
    std::optional<quint64> lifetimeImpressions; // best total: vendor total, else sum of markers
    QList<Marker> markers;
    QList<Meter> meters;
};

struct DeviceSnapshot
{
    QString target;  // what was polled, as given
    QString address; // resolved IP:port
    QDateTime polledAt;
    qint64 durationMs = 0;
    int requests = 0;
    bool reachable = false;
    bool printer = false; // hrDeviceType is hrDevicePrinter or the Printer-MIB answered
    snmp::Error error;
    QString credentialName;

    Identity identity;
    Network network;
    Status status;
    QList<Alert> alerts;
    Counters counters;
    QList<Supply> supplies;
    Properties properties;
    QStringList warnings; // survivable oddities (non-increasing walk cut, bad types...)
};

} // namespace fleet
