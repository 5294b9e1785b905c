#include "collect/SnapshotJson.h"

#include <QJsonArray>

namespace fleet::collect {

namespace {
QJsonValue str(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonValue strOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

template <typename T> QJsonValue num(const std::optional<T> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue enumJson(const std::optional<EnumValue> &e)
{
    if (!e)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("value"), double(e->value)}, {QStringLiteral("name"), strOrNull(e->name)}};
}

QJsonValue enumJson(const EnumValue &e)
{
    return enumJson(std::optional<EnumValue>(e));
}

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}
} // namespace

QJsonObject snapshotToJson(const DeviceSnapshot &snap)
{
    QJsonObject o;
    o[QStringLiteral("target")] = snap.target;
    o[QStringLiteral("address")] = strOrNull(snap.address);
    o[QStringLiteral("polledAt")] = snap.polledAt.toString(Qt::ISODateWithMs);
    o[QStringLiteral("durationMs")] = double(snap.durationMs);
    o[QStringLiteral("requests")] = snap.requests;
    o[QStringLiteral("reachable")] = snap.reachable;
    o[QStringLiteral("printer")] = snap.printer;
    o[QStringLiteral("credential")] = strOrNull(snap.credentialName);
    if (snap.error)
        o[QStringLiteral("error")] = QJsonObject{{QStringLiteral("class"), snmp::errorClassName(snap.error.cls)},
                                                 {QStringLiteral("message"), snap.error.message}};
    else
        o[QStringLiteral("error")] = QJsonValue::Null;

    const Identity &id = snap.identity;
    o[QStringLiteral("identity")] = QJsonObject{
        {QStringLiteral("sysDescr"), str(id.sysDescr)},
        {QStringLiteral("sysObjectID"), str(id.sysObjectID)},
        {QStringLiteral("sysName"), str(id.sysName)},
        {QStringLiteral("sysLocation"), str(id.sysLocation)},
        {QStringLiteral("sysContact"), str(id.sysContact)},
        {QStringLiteral("manufacturer"), strOrNull(id.manufacturer)},
        {QStringLiteral("model"), strOrNull(id.model)},
        {QStringLiteral("serialNumber"), strOrNull(id.serialNumber)},
        {QStringLiteral("firmware"), strOrNull(id.firmware)},
        {QStringLiteral("hrDeviceDescr"), strOrNull(id.hrDeviceDescr)},
        {QStringLiteral("uptimeSeconds"), num(id.uptimeSeconds)},
    };

    QJsonArray ips, ifaces;
    for (const IpAddressInfo &ip : snap.network.ipAddresses)
        ips.append(QJsonObject{{QStringLiteral("address"), ip.address},
                               {QStringLiteral("ifIndex"), ip.ifIndex},
                               {QStringLiteral("netmask"), strOrNull(ip.netmask)}});
    for (const InterfaceInfo &i : snap.network.interfaces)
        ifaces.append(QJsonObject{{QStringLiteral("ifIndex"), i.ifIndex},
                                  {QStringLiteral("description"), strOrNull(i.description)},
                                  {QStringLiteral("type"), i.type},
                                  {QStringLiteral("macAddress"), strOrNull(i.macAddress)},
                                  {QStringLiteral("operStatus"), i.operStatus}});
    o[QStringLiteral("network")] =
        QJsonObject{{QStringLiteral("macAddresses"), strings(snap.network.macAddresses)},
                    {QStringLiteral("ipAddresses"), ips},
                    {QStringLiteral("interfaces"), ifaces},
                    {QStringLiteral("defaultGateway"), strOrNull(snap.network.defaultGateway)}};

    QJsonArray printers;
    for (const PrinterRow &p : snap.status.printers)
        printers.append(
            QJsonObject{{QStringLiteral("hrDeviceIndex"), p.hrDeviceIndex},
                        {QStringLiteral("description"), strOrNull(p.description)},
                        {QStringLiteral("deviceStatus"), enumJson(p.deviceStatus)},
                        {QStringLiteral("printerStatus"), enumJson(p.printerStatus)},
                        {QStringLiteral("detectedErrorState"), QString::fromLatin1(p.detectedErrorState.toHex())},
                        {QStringLiteral("detectedErrors"), strings(p.detectedErrors)}});
    o[QStringLiteral("status")] = QJsonObject{
        {QStringLiteral("overall"), overallStatusName(snap.status.overall)},
        {QStringLiteral("printerStatus"), strOrNull(snap.status.printerStatus)},
        {QStringLiteral("deviceStatus"), strOrNull(snap.status.deviceStatus)},
        {QStringLiteral("detectedErrors"), strings(snap.status.detectedErrors)},
        {QStringLiteral("consoleMessages"), strings(snap.status.consoleMessages)},
        {QStringLiteral("printers"), printers},
    };

    QJsonArray alerts;
    for (const Alert &a : snap.alerts)
        alerts.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), a.hrDeviceIndex},
                                  {QStringLiteral("index"), a.index},
                                  {QStringLiteral("severity"), enumJson(a.severity)},
                                  {QStringLiteral("trainingLevel"), enumJson(a.trainingLevel)},
                                  {QStringLiteral("group"), enumJson(a.group)},
                                  {QStringLiteral("groupIndex"), double(a.groupIndex)},
                                  {QStringLiteral("location"), double(a.location)},
                                  {QStringLiteral("code"), enumJson(a.code)},
                                  {QStringLiteral("description"), a.description},
                                  {QStringLiteral("timeTicks"), num(a.timeTicks)}});
    o[QStringLiteral("alerts")] = alerts;

    QJsonArray markers, meters;
    for (const Marker &m : snap.counters.markers)
        markers.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), m.hrDeviceIndex},
                                   {QStringLiteral("index"), m.index},
                                   {QStringLiteral("lifeCount"), num(m.lifeCount)},
                                   {QStringLiteral("powerOnCount"), num(m.powerOnCount)},
                                   {QStringLiteral("unit"), enumJson(m.unit)},
                                   {QStringLiteral("technology"), enumJson(m.technology)},
                                   {QStringLiteral("lifeCountType"), strOrNull(m.lifeCountType)}});
    for (const Meter &m : snap.counters.meters)
        meters.append(QJsonObject{{QStringLiteral("name"), m.name},
                                  {QStringLiteral("value"), double(m.value)},
                                  {QStringLiteral("unit"), strOrNull(m.unit)},
                                  {QStringLiteral("oid"), m.oid},
                                  {QStringLiteral("rawValue"), m.rawValue},
                                  {QStringLiteral("source"), m.source},
                                  {QStringLiteral("readAt"), m.readAt.toString(Qt::ISODateWithMs)}});
    o[QStringLiteral("counters")] = QJsonObject{
        {QStringLiteral("lifetimeImpressions"), num(snap.counters.lifetimeImpressions)},
        {QStringLiteral("markers"), markers},
        {QStringLiteral("meters"), meters},
    };

    QJsonArray supplies;
    for (const Supply &s : snap.supplies)
        supplies.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), s.hrDeviceIndex},
                                    {QStringLiteral("index"), s.index},
                                    {QStringLiteral("description"), s.description},
                                    {QStringLiteral("class"), enumJson(s.supplyClass)},
                                    {QStringLiteral("type"), enumJson(s.type)},
                                    {QStringLiteral("colorant"), strOrNull(s.colorant)},
                                    {QStringLiteral("colorantIndex"), s.colorantIndex},
                                    {QStringLiteral("unit"), enumJson(s.unit)},
                                    {QStringLiteral("maxCapacity"), num(s.maxCapacity)},
                                    {QStringLiteral("level"), num(s.level)},
                                    {QStringLiteral("percent"), num(s.percent)},
                                    {QStringLiteral("state"), supplyStateName(s.state)},
                                    {QStringLiteral("partNumber"), strOrNull(s.partNumber)}});
    o[QStringLiteral("supplies")] = supplies;
    const Properties &pr = snap.properties;
    QJsonArray inputs, outputs, covers, interpreters;
    for (const InputTray &t : pr.inputs)
        inputs.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), t.hrDeviceIndex},
                                  {QStringLiteral("index"), t.index},
                                  {QStringLiteral("name"), t.name},
                                  {QStringLiteral("mediaName"), t.mediaName},
                                  {QStringLiteral("type"), enumJson(t.type)},
                                  {QStringLiteral("maxCapacity"), num(t.maxCapacity)},
                                  {QStringLiteral("currentLevel"), num(t.currentLevel)}});
    for (const OutputBin &o2 : pr.outputs)
        outputs.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), o2.hrDeviceIndex},
                                   {QStringLiteral("index"), o2.index},
                                   {QStringLiteral("name"), o2.name},
                                   {QStringLiteral("maxCapacity"), num(o2.maxCapacity)},
                                   {QStringLiteral("remainingCapacity"), num(o2.remainingCapacity)}});
    for (const Cover &c : pr.covers)
        covers.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), c.hrDeviceIndex},
                                  {QStringLiteral("index"), c.index},
                                  {QStringLiteral("description"), c.description},
                                  {QStringLiteral("status"), enumJson(c.status)}});
    for (const Interpreter &i : pr.interpreters)
        interpreters.append(QJsonObject{{QStringLiteral("hrDeviceIndex"), i.hrDeviceIndex},
                                        {QStringLiteral("index"), i.index},
                                        {QStringLiteral("language"), i.language},
                                        {QStringLiteral("description"), i.description},
                                        {QStringLiteral("version"), i.version}});
    o[QStringLiteral("properties")] = QJsonObject{
        {QStringLiteral("color"), pr.color},
        {QStringLiteral("duplex"), pr.duplex ? QJsonValue(*pr.duplex) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("markingTechnology"), strOrNull(pr.markingTechnology)},
        {QStringLiteral("printSpeedPpm"), num(pr.printSpeedPpm)},
        {QStringLiteral("memoryKBytes"), num(pr.memoryKBytes)},
        {QStringLiteral("diskKBytes"), num(pr.diskKBytes)},
        {QStringLiteral("diskUsedKBytes"), num(pr.diskUsedKBytes)},
        {QStringLiteral("installedComponents"), strings(pr.installedComponents)},
        {QStringLiteral("inputs"), inputs},
        {QStringLiteral("outputs"), outputs},
        {QStringLiteral("covers"), covers},
        {QStringLiteral("interpreters"), interpreters},
    };
    o[QStringLiteral("warnings")] = strings(snap.warnings);
    return o;
}

} // namespace fleet::collect
