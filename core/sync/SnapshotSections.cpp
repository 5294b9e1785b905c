#include "sync/SnapshotSections.h"

#include "sync/PayloadXml.h"
#include "sync/XmlText.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

#include <algorithm>

namespace fleet::sync {

namespace {
QJsonObject object(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonValue value(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

// Table rows ordered by (hrDeviceIndex, index), whatever order the device walked them in.
QList<QJsonObject> rows(const QJsonObject &o, const char *key)
{
    QList<QJsonObject> list;
    const QJsonArray array = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : array)
        list << v.toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &r) {
            return std::pair(r.value(QLatin1String("hrDeviceIndex")).toInteger(),
                             r.value(QLatin1String("index")).toInteger());
        };
        return key(a) < key(b);
    });
    return list;
}

void rowAttributes(QXmlStreamWriter &xml, const QJsonObject &row)
{
    xml::integerAttribute(xml, QStringLiteral("hrDeviceIndex"), value(row, "hrDeviceIndex"));
    xml::integerAttribute(xml, QStringLiteral("index"), value(row, "index"));
}
} // namespace

void writeIdentity(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot)
{
    const QJsonObject id = object(snapshot, "identity");
    xml.writeStartElement(QStringLiteral("identity"));
    xml::integerAttribute(xml, QStringLiteral("uptimeSeconds"), value(id, "uptimeSeconds"));
    xml::optionalText(xml, QStringLiteral("serialNumber"), device.serial);
    xml::optionalText(xml, QStringLiteral("manufacturer"), device.manufacturer);
    xml::optionalText(xml, QStringLiteral("model"), device.model);
    xml::optionalText(xml, QStringLiteral("sysObjectID"), device.sysObjectId);
    xml::optionalText(xml, QStringLiteral("sysName"), device.name);
    xml::optionalText(xml, QStringLiteral("sysLocation"), device.location);
    xml::optionalText(xml, QStringLiteral("sysContact"), value(id, "sysContact"));
    xml::optionalText(xml, QStringLiteral("sysDescr"), value(id, "sysDescr"));
    xml::optionalText(xml, QStringLiteral("firmware"), device.firmware);
    xml::optionalText(xml, QStringLiteral("hrDeviceDescr"), value(id, "hrDeviceDescr"));
    xml.writeEndElement();
}

void writeNetwork(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot)
{
    const QJsonObject net = object(snapshot, "network");
    xml.writeStartElement(QStringLiteral("network"));
    xml::timeAttribute(xml, QStringLiteral("ipChangedAt"), device.ipChanged ? device.ipChangedAt : QDateTime());
    xml::optionalText(xml, QStringLiteral("address"), device.address);
    xml::optionalText(xml, QStringLiteral("lastKnownAddress"), device.lastKnownAddress);
    for (const QString &mac : device.macAddresses)
        writeTextElement(xml, QStringLiteral("mac"), mac);
    const QJsonArray ips = net.value(QLatin1String("ipAddresses")).toArray();
    for (const QJsonValue &v : ips) {
        const QJsonObject ip = v.toObject();
        xml.writeStartElement(QStringLiteral("ip"));
        xml::integerAttribute(xml, QStringLiteral("ifIndex"), value(ip, "ifIndex"));
        xml::optionalAttribute(xml, QStringLiteral("netmask"), value(ip, "netmask").toString());
        xml.writeCharacters(xmlDisplayText(value(ip, "address").toString()));
        xml.writeEndElement();
    }
    const QJsonArray ifaces = net.value(QLatin1String("interfaces")).toArray();
    for (const QJsonValue &v : ifaces) {
        const QJsonObject i = v.toObject();
        xml.writeStartElement(QStringLiteral("interface"));
        xml::integerAttribute(xml, QStringLiteral("ifIndex"), value(i, "ifIndex"));
        xml::integerAttribute(xml, QStringLiteral("type"), value(i, "type"));
        xml::integerAttribute(xml, QStringLiteral("operStatus"), value(i, "operStatus"));
        xml::optionalAttribute(xml, QStringLiteral("mac"), value(i, "macAddress").toString());
        xml::optionalText(xml, QStringLiteral("description"), value(i, "description"));
        xml.writeEndElement();
    }
    xml::optionalText(xml, QStringLiteral("defaultGateway"), value(net, "defaultGateway"));
    xml.writeEndElement();
}

void writeProperties(QXmlStreamWriter &xml, const QJsonObject &snapshot)
{
    const QJsonObject p = object(snapshot, "properties");
    xml.writeStartElement(QStringLiteral("properties"));
    xml::boolAttribute(xml, QStringLiteral("color"), value(p, "color").toBool());
    if (value(p, "duplex").isBool())
        xml::boolAttribute(xml, QStringLiteral("duplex"), value(p, "duplex").toBool());
    for (const char *key : {"printSpeedPpm", "memoryKBytes", "diskKBytes", "diskUsedKBytes"})
        xml::integerAttribute(xml, QLatin1String(key), value(p, key));
    xml::optionalText(xml, QStringLiteral("markingTechnology"), value(p, "markingTechnology"));
    xml::textList(xml, QStringLiteral("component"), value(p, "installedComponents"));
    for (const QJsonObject &t : rows(p, "inputs")) {
        xml.writeStartElement(QStringLiteral("input"));
        rowAttributes(xml, t);
        xml::enumAttributes(xml, QStringLiteral("type"), value(t, "type"));
        xml::integerAttribute(xml, QStringLiteral("maxCapacity"), value(t, "maxCapacity"));
        xml::integerAttribute(xml, QStringLiteral("currentLevel"), value(t, "currentLevel"));
        xml::optionalText(xml, QStringLiteral("name"), value(t, "name"));
        xml::optionalText(xml, QStringLiteral("mediaName"), value(t, "mediaName"));
        xml.writeEndElement();
    }
    for (const QJsonObject &o : rows(p, "outputs")) {
        xml.writeStartElement(QStringLiteral("output"));
        rowAttributes(xml, o);
        xml::integerAttribute(xml, QStringLiteral("maxCapacity"), value(o, "maxCapacity"));
        xml::integerAttribute(xml, QStringLiteral("remainingCapacity"), value(o, "remainingCapacity"));
        xml::optionalText(xml, QStringLiteral("name"), value(o, "name"));
        xml.writeEndElement();
    }
    for (const QJsonObject &c : rows(p, "covers")) {
        xml.writeStartElement(QStringLiteral("cover"));
        rowAttributes(xml, c);
        xml::enumAttributes(xml, QStringLiteral("status"), value(c, "status"));
        xml::optionalText(xml, QStringLiteral("description"), value(c, "description"));
        xml.writeEndElement();
    }
    for (const QJsonObject &i : rows(p, "interpreters")) {
        xml.writeStartElement(QStringLiteral("interpreter"));
        rowAttributes(xml, i);
        xml::optionalText(xml, QStringLiteral("language"), value(i, "language"));
        xml::optionalText(xml, QStringLiteral("description"), value(i, "description"));
        xml::optionalText(xml, QStringLiteral("version"), value(i, "version"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeStatus(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot,
                 bool lockedDown)
{
    static const QStringList kOverall = {QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("error"),
                                         QStringLiteral("offline"), QStringLiteral("unknown")};
    const QJsonObject s = object(snapshot, "status");
    xml.writeStartElement(QStringLiteral("status"));
    xml::attribute(xml, QStringLiteral("overall"),
                   kOverall.contains(device.status) ? device.status : QStringLiteral("unknown"));
    xml::timeAttribute(xml, QStringLiteral("lastPollAt"), device.lastPollAt);
    xml::timeAttribute(xml, QStringLiteral("lastSeen"), device.lastSeen);
    xml::timeAttribute(xml, QStringLiteral("lastSuccessAt"), device.lastSuccessAt);
    xml::boolAttribute(xml, QStringLiteral("metersDisagree"), device.metersDisagree);
    xml::optionalText(xml, QStringLiteral("printerStatus"), value(s, "printerStatus"));
    xml::optionalText(xml, QStringLiteral("deviceStatus"), value(s, "deviceStatus"));
    xml::textList(xml, QStringLiteral("detectedError"), value(s, "detectedErrors"));
    xml::textList(xml, QStringLiteral("consoleMessage"), value(s, "consoleMessages"));
    const QJsonObject error = object(snapshot, "error");
    if (!error.isEmpty()) {
        xml.writeStartElement(QStringLiteral("pollError"));
        xml::attribute(xml, QStringLiteral("class"), value(error, "class").toString());
        // Error messages name the address that did not answer.
        if (!lockedDown)
            xml::optionalText(xml, QStringLiteral("message"), value(error, "message"));
        xml.writeEndElement();
    }
    xml::textList(xml, QStringLiteral("warning"), value(snapshot, "warnings"));
    xml.writeEndElement();
}

void writeSupplies(QXmlStreamWriter &xml, const QJsonObject &snapshot)
{
    xml.writeStartElement(QStringLiteral("supplies"));
    for (const QJsonObject &s : rows(snapshot, "supplies")) {
        xml.writeStartElement(QStringLiteral("supply"));
        rowAttributes(xml, s);
        xml::enumAttributes(xml, QStringLiteral("class"), value(s, "class"));
        xml::enumAttributes(xml, QStringLiteral("type"), value(s, "type"));
        xml::enumAttributes(xml, QStringLiteral("unit"), value(s, "unit"));
        xml::integerAttribute(xml, QStringLiteral("colorantIndex"), value(s, "colorantIndex"));
        xml::integerAttribute(xml, QStringLiteral("maxCapacity"), value(s, "maxCapacity"));
        xml::integerAttribute(xml, QStringLiteral("level"), value(s, "level"));
        if (value(s, "percent").isDouble())
            xml.writeAttribute(QStringLiteral("percent"), QString::number(value(s, "percent").toDouble(), 'f', 2));
        const QString state = value(s, "state").toString();
        xml::attribute(xml, QStringLiteral("state"), state.isEmpty() ? QStringLiteral("unknown") : state);
        xml::optionalText(xml, QStringLiteral("description"), value(s, "description"));
        xml::optionalText(xml, QStringLiteral("colorant"), value(s, "colorant"));
        xml::optionalText(xml, QStringLiteral("partNumber"), value(s, "partNumber"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

} // namespace fleet::sync
