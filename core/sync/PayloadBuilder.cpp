#include "sync/PayloadBuilder.h"

#include "sync/PayloadXml.h"
#include "sync/SnapshotSections.h"
#include "sync/XmlText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QXmlStreamWriter>

#include <algorithm>
#include <tuple>

Q_LOGGING_CATEGORY(lcPayload, "fleet.sync.payload", QtInfoMsg)

namespace fleet::sync {

using storage::Result;
using storage::StorageError;
using storage::StorageErrorCode;

namespace {

// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::PayloadBuilder)
};

// Content order, not insertion order: two databases holding the same readings give the same bytes.
bool readingBefore(const storage::MeterReading &a, const storage::MeterReading &b)
{
    return std::tie(a.readAt, a.meter, a.source, a.unit, a.oid, a.value) <
           std::tie(b.readAt, b.meter, b.source, b.unit, b.oid, b.value);
}

bool meterBefore(const storage::MeterReading &a, const storage::MeterReading &b)
{
    return std::tie(a.meter, a.source, a.unit, a.oid, a.readAt) < std::tie(b.meter, b.source, b.unit, b.oid, b.readAt);
}

// The attributes a <meter> and a <reading> share: the series and the value with its provenance.
void readingAttributes(QXmlStreamWriter &xml, const storage::MeterReading &r)
{
    xml::attribute(xml, QStringLiteral("name"), r.meter);
    xml.writeAttribute(QStringLiteral("value"), QString::number(r.value));
    xml::optionalAttribute(xml, QStringLiteral("unit"), r.unit);
    xml::attribute(xml, QStringLiteral("source"), r.source);
    xml::optionalAttribute(xml, QStringLiteral("oid"), r.oid);
    xml::timeAttribute(xml, QStringLiteral("readAt"), r.readAt);
    xml::boolAttribute(xml, QStringLiteral("suspect"), r.suspect);
}

// The raw text is only worth carrying when it says more than the number (e.g. "12345 pages").
void rawValue(QXmlStreamWriter &xml, const storage::MeterReading &r)
{
    if (r.rawValue != QString::number(r.value))
        writeTextElement(xml, QStringLiteral("rawValue"), r.rawValue);
}

class PayloadWriter
{
public:
    PayloadWriter(storage::FleetRepository &repository, const PayloadOptions &options, QIODevice &out)
        : m_repository(repository)
        , m_options(options)
        , m_xml(&out)
    {}

    StorageError write(const collect::AgentIdentity &agent)
    {
        auto devices = m_repository.devices();
        if (!devices)
            return devices.error();
        auto alerts = m_repository.openAlerts();
        if (!alerts)
            return alerts.error();
        for (const storage::AlertRecord &a : *alerts)
            m_alerts[a.deviceId] << a;

        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        m_xml.writeStartDocument();
        m_xml.writeDefaultNamespace(kPayloadNamespace);
        m_xml.writeStartElement(QStringLiteral("fleetPayload"));
        m_xml.writeAttribute(QStringLiteral("version"), kPayloadSchemaVersion);
        const QDateTime generatedAt =
            m_options.generatedAt.isValid() ? m_options.generatedAt : QDateTime::currentDateTimeUtc();
        xml::timeAttribute(m_xml, QStringLiteral("generatedAt"), generatedAt);
        xml::attribute(m_xml, QStringLiteral("agentId"), m_options.agentId);
        xml::boolAttribute(m_xml, QStringLiteral("lockedDown"), m_options.lockedDown);
        xml::timeAttribute(m_xml, QStringLiteral("readingsSince"), m_options.readingsSince);
        writeAgent(agent);
        m_xml.writeStartElement(QStringLiteral("devices"));
        for (const storage::DeviceRecord &d : *devices)
            if (StorageError e = writeDevice(d))
                return e;
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        if (m_xml.hasError())
            return {StorageErrorCode::Io, Tr::tr("The payload could not be written completely.")};
        qCDebug(lcPayload) << "payload of" << devices->size() << "devices," << m_readings << "readings";
        return {};
    }

private:
    void writeAgent(const collect::AgentIdentity &a)
    {
        const auto number = [this](const char *name, std::optional<qint64> v) {
            if (v)
                m_xml.writeTextElement(QLatin1String(name), QString::number(*v));
        };
        m_xml.writeStartElement(QStringLiteral("agent"));
        xml::timeAttribute(m_xml, QStringLiteral("collectedAt"), a.collectedAt);
        xml::optionalText(m_xml, QStringLiteral("appVersion"), a.appVersion);
        if (!m_options.lockedDown) {
            xml::optionalText(m_xml, QStringLiteral("hostName"), a.hostName);
            xml::optionalText(m_xml, QStringLiteral("fqdn"), a.fqdn);
            for (const QString &ip : a.ipAddresses)
                writeTextElement(m_xml, QStringLiteral("ipAddress"), ip);
        }
        xml::optionalText(m_xml, QStringLiteral("os"), a.osName);
        xml::optionalText(m_xml, QStringLiteral("kernel"), a.kernel);
        xml::optionalText(m_xml, QStringLiteral("cpuArchitecture"), a.cpuArchitecture);
        xml::optionalText(m_xml, QStringLiteral("cpuModel"), a.cpuModel);
        m_xml.writeTextElement(QStringLiteral("cpuCount"), QString::number(a.cpuCount));
        number("ramTotalBytes", a.ramTotalBytes);
        number("ramAvailableBytes", a.ramAvailableBytes);
        number("diskTotalBytes", a.diskTotalBytes);
        number("diskFreeBytes", a.diskFreeBytes);
        xml::optionalText(m_xml, QStringLiteral("timeZone"), a.timeZone);
        m_xml.writeTextElement(QStringLiteral("utcOffsetSeconds"), QString::number(a.utcOffsetSeconds));
        number("databaseBytes", a.databaseBytes);
        number("devicesInScope", a.devicesInScope);
        number("devicesOutOfScope", a.devicesOutOfScope);
        m_xml.writeEndElement();
    }

    StorageError writeDevice(const storage::DeviceRecord &d)
    {
        auto latest = m_repository.latestSnapshot(d.id);
        if (!latest)
            return latest.error();
        auto meters = m_repository.latestMeters(d.id);
        if (!meters)
            return meters.error();
        storage::HistoryFilter since;
        since.since = m_options.readingsSince;
        auto readings = m_repository.meterHistory(d.id, since);
        if (!readings)
            return readings.error();
        const QJsonObject snapshot = *latest ? (*latest)->snapshot : QJsonObject();

        m_xml.writeStartElement(QStringLiteral("device"));
        m_xml.writeAttribute(QStringLiteral("id"), QString::number(d.id));
        xml::boolAttribute(m_xml, QStringLiteral("inScope"), d.inScope);
        xml::timeAttribute(m_xml, QStringLiteral("firstSeen"), d.firstSeen);
        if (*latest)
            xml::timeAttribute(m_xml, QStringLiteral("snapshotAt"), (*latest)->polledAt);
        writeIdentity(m_xml, d, snapshot);
        if (!m_options.lockedDown)
            writeNetwork(m_xml, d, snapshot);
        writeProperties(m_xml, snapshot);
        writeStatus(m_xml, d, snapshot, m_options.lockedDown);
        writeAlerts(m_alerts.value(d.id));
        writeMeters(*meters);
        writeSupplies(m_xml, snapshot);
        writeReadings(*readings);
        m_xml.writeEndElement();
        return {};
    }

    void writeAlerts(const QList<storage::AlertRecord> &alerts)
    {
        m_xml.writeStartElement(QStringLiteral("alerts"));
        for (const storage::AlertRecord &a : alerts) {
            m_xml.writeStartElement(QStringLiteral("alert"));
            m_xml.writeAttribute(QStringLiteral("severity"), QString::number(a.severity));
            xml::optionalAttribute(m_xml, QStringLiteral("severityName"), a.severityName);
            m_xml.writeAttribute(QStringLiteral("trainingLevel"), QString::number(a.trainingLevel));
            xml::optionalAttribute(m_xml, QStringLiteral("trainingLevelName"), a.trainingLevelName);
            m_xml.writeAttribute(QStringLiteral("group"), QString::number(a.group));
            xml::optionalAttribute(m_xml, QStringLiteral("groupName"), a.groupName);
            m_xml.writeAttribute(QStringLiteral("groupIndex"), QString::number(a.groupIndex));
            m_xml.writeAttribute(QStringLiteral("location"), QString::number(a.location));
            m_xml.writeAttribute(QStringLiteral("code"), QString::number(a.code));
            xml::optionalAttribute(m_xml, QStringLiteral("codeName"), a.codeName);
            m_xml.writeAttribute(QStringLiteral("hrDeviceIndex"), QString::number(a.hrDeviceIndex));
            m_xml.writeAttribute(QStringLiteral("alertIndex"), QString::number(a.alertIndex));
            xml::timeAttribute(m_xml, QStringLiteral("firstSeen"), a.firstSeen);
            xml::timeAttribute(m_xml, QStringLiteral("lastSeen"), a.lastSeen);
            xml::optionalText(m_xml, QStringLiteral("description"), a.description);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeMeters(QList<storage::MeterReading> meters)
    {
        std::sort(meters.begin(), meters.end(), meterBefore);
        m_xml.writeStartElement(QStringLiteral("meters"));
        for (const storage::MeterReading &m : meters) {
            m_xml.writeStartElement(QStringLiteral("meter"));
            readingAttributes(m_xml, m);
            rawValue(m_xml, m);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeReadings(QList<storage::MeterReading> readings)
    {
        std::sort(readings.begin(), readings.end(), readingBefore);
        m_xml.writeStartElement(QStringLiteral("readings"));
        for (const storage::MeterReading &r : readings) {
            m_xml.writeStartElement(QStringLiteral("reading"));
            readingAttributes(m_xml, r);
            rawValue(m_xml, r);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        m_readings += readings.size();
    }

    storage::FleetRepository &m_repository;
    const PayloadOptions &m_options;
    QXmlStreamWriter m_xml;
    QHash<qint64, QList<storage::AlertRecord>> m_alerts;
    qint64 m_readings = 0;
};

StorageError checkOptions(const PayloadOptions &options)
{
    if (!options.schemaVersion.isEmpty() && options.schemaVersion != kPayloadSchemaVersion)
        return {StorageErrorCode::InvalidArgument,
                Tr::tr("Payload schema version %1 is not supported; this agent writes version %2.")
                    .arg(options.schemaVersion, kPayloadSchemaVersion)};
    // The id is an attribute: it must be printable text, with nothing the escape would have to change.
    if (options.agentId.trimmed().isEmpty() || options.agentId != options.agentId.simplified() ||
        !isPlainXmlText(options.agentId))
        return {StorageErrorCode::InvalidArgument,
                Tr::tr("The agent id \"%1\" is empty or contains control characters or extra spaces.")
                    .arg(xmlDisplayText(options.agentId))};
    return {};
}

} // namespace

StorageError PayloadBuilder::write(storage::FleetRepository &repository, const collect::AgentIdentity &agent,
                                   const PayloadOptions &options, QIODevice &out)
{
    if (StorageError e = checkOptions(options))
        return e;
    return PayloadWriter(repository, options, out).write(agent);
}

Result<QByteArray> PayloadBuilder::build(storage::FleetRepository &repository, const collect::AgentIdentity &agent,
                                         const PayloadOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (StorageError e = write(repository, agent, options, buffer))
        return e;
    buffer.close();
    return bytes;
}

Result<QByteArray> PayloadBuilder::build(storage::Database &db, const collect::AgentIdentity &agent,
                                         const PayloadOptions &options)
{
    storage::FleetRepository repository(db);
    return build(repository, agent, options);
}

} // namespace fleet::sync
