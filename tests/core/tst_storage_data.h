#pragma once
// DeviceSnapshot values built in code for the storage tests: a colour MFP with vendor meters,
// one marker life count, four toners and no alerts unless a test adds them.

#include "collect/DeviceSnapshot.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace fleet::storage::test {

inline QDateTime at(int hours, int day = 5)
{
    return QDateTime(QDate(2026, 1, day), QTime(8, 0), Qt::UTC).addSecs(qint64(hours) * 3600);
}

inline Meter meter(const QString &name, quint64 value, const QString &unit = QStringLiteral("impressions"))
{
    Meter m;
    m.name = name;
    m.value = value;
    m.unit = unit;
    m.oid = QStringLiteral("1.3.6.1.4.1.253.8.53.13.2.1.6.1.20.%1").arg(name.size());
    m.rawValue = QString::number(value); // as Value::toDisplayString() renders a Counter32
    m.source = QStringLiteral("vendor:xerox");
    return m;
}

// A reachable HP LaserJet as a poll reports it: its identity and nothing else yet.
inline DeviceSnapshot hpPrinter(const QString &address, const QString &serial, const QString &model,
                                const QDateTime &polledAt)
{
    DeviceSnapshot s;
    s.target = address;
    s.address = address;
    s.reachable = true;
    s.printer = true;
    s.polledAt = polledAt;
    s.identity.serialNumber = serial;
    s.identity.model = model;
    s.identity.manufacturer = QStringLiteral("HP");
    s.identity.sysObjectID = QStringLiteral("1.3.6.1.4.1.11.2.3.9.1");
    return s;
}

// The total-impressions counter of an HP LaserJet's private MIB.
inline Meter hpTotalMeter(quint64 total)
{
    Meter m;
    m.name = QStringLiteral("total");
    m.value = total;
    m.unit = QStringLiteral("impressions");
    m.oid = QStringLiteral("1.3.6.1.4.1.11.2.3.9.4.2.1.4.1.2.5.0");
    m.source = QStringLiteral("vendor:hp");
    m.rawValue = QString::number(total);
    return m;
}

inline Marker marker(int hrDeviceIndex, int index, quint64 lifeCount,
                     EnumValue unit = {7, QStringLiteral("impressions")})
{
    Marker m;
    m.hrDeviceIndex = hrDeviceIndex;
    m.index = index;
    m.lifeCount = lifeCount;
    m.unit = unit;
    m.lifeCountType = QStringLiteral("Counter32");
    return m;
}

inline Supply toner(int index, const QString &colour, qint64 level, qint64 max = 100)
{
    Supply s;
    s.hrDeviceIndex = 1;
    s.index = index;
    s.description = QStringLiteral("%1 Toner, PN 006R0150%2").arg(colour).arg(index);
    s.supplyClass = EnumValue{3, QStringLiteral("supplyThatIsConsumed")};
    s.type = EnumValue{3, QStringLiteral("toner")};
    s.unit = EnumValue{19, QStringLiteral("percent")};
    s.colorant = colour.toLower();
    s.maxCapacity = max;
    s.level = level;
    if (max > 0 && level >= 0 && level <= max)
        s.percent = 100.0 * double(level) / double(max);
    s.state = level <= 10 ? SupplyState::Low : SupplyState::Ok;
    s.partNumber = QStringLiteral("006R0150%1").arg(index);
    return s;
}

inline Alert alert(int index, qint64 code, const QString &codeName, const QString &description, qint64 groupIndex = 1)
{
    Alert a;
    a.hrDeviceIndex = 1;
    a.index = index;
    a.severity = {4, QStringLiteral("warningBinaryChangeEvent")};
    a.trainingLevel = {4, QStringLiteral("fieldService")};
    a.group = {11, QStringLiteral("markerSupplies")};
    a.groupIndex = groupIndex;
    a.location = 0;
    a.code = {code, codeName};
    a.description = description;
    return a;
}

// A reachable colour MFP. total drives every counter so that they stay consistent.
inline DeviceSnapshot printer(const QString &address, const QString &serial, const QStringList &macs,
                              const QDateTime &polledAt, quint64 total = 10000)
{
    DeviceSnapshot s;
    s.target = address.section(u':', 0, 0);
    s.address = address;
    s.polledAt = polledAt;
    s.durationMs = 420;
    s.requests = 9;
    s.reachable = true;
    s.printer = true;
    s.credentialName = QStringLiteral("office-v2c");
    s.identity.sysDescr = QStringLiteral("Xerox AltaLink C8045");
    s.identity.sysObjectID = QStringLiteral("1.3.6.1.4.1.253.8.62.1.35.2.3.1.1");
    s.identity.sysName = QStringLiteral("xerox-2nd-floor");
    s.identity.sysLocation = QStringLiteral("2nd floor, copy room");
    s.identity.manufacturer = QStringLiteral("Xerox");
    s.identity.model = QStringLiteral("AltaLink C8045");
    s.identity.serialNumber = serial;
    s.identity.firmware = QStringLiteral("100.002.057.09608");
    s.network.macAddresses = macs;
    s.status.overall = OverallStatus::Ok;
    s.counters.lifetimeImpressions = total;
    s.counters.markers = {marker(1, 1, total)};
    s.counters.meters = {meter(QStringLiteral("total"), total), meter(QStringLiteral("black"), total * 6 / 10),
                         meter(QStringLiteral("colour"), total - total * 6 / 10),
                         meter(QStringLiteral("copy"), total / 4)};
    s.supplies = {toner(1, QStringLiteral("Black"), 80), toner(2, QStringLiteral("Cyan"), 60),
                  toner(3, QStringLiteral("Magenta"), 55), toner(4, QStringLiteral("Yellow"), 9)};
    return s;
}

inline DeviceSnapshot unreachable(const QString &address, const QDateTime &polledAt)
{
    DeviceSnapshot s;
    s.target = address.section(u':', 0, 0);
    s.address = address;
    s.polledAt = polledAt;
    s.durationMs = 3000;
    s.requests = 2;
    s.reachable = false;
    s.error = {snmp::ErrorClass::NoResponse, QStringLiteral("No response from %1").arg(address)};
    s.status.overall = OverallStatus::Offline;
    return s;
}

// Raw SQL through a separate connection, for checks the repository does not offer.
class RawDb
{
public:
    explicit RawDb(const QString &path, const QString &name = QStringLiteral("raw-check"))
        : m_name(name)
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    qint64 count(const QString &table) const
    {
        return value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

private:
    QString m_name;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace fleet::storage::test
