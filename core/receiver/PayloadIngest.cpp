#include "receiver/PayloadIngest.h"

#include "receiver/ReceiverLog.h"
#include "sync/PayloadArchive.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QXmlStreamReader>

namespace fleet::receiver {

namespace {
const QString kNamespacePrefix = QStringLiteral("urn:fleetkeeper:payload:");

IngestResult refused(int status, const QString &message)
{
    IngestResult r;
    r.status = status;
    r.error = message;
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// Moves a finished temporary file into place; a leftover of an earlier crash (a file without its
// database row) is replaced.
bool moveInto(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    if (!QFile::rename(from, to)) {
        *error = QStringLiteral("cannot move %1 to %2").arg(from, to);
        return false;
    }
    return true;
}
} // namespace

QJsonObject IngestResult::body() const
{
    return {{QStringLiteral("payloadId"), record.id},
            {QStringLiteral("receivedAt"), isoTime(record.receivedAt)},
            {QStringLiteral("devices"), record.devices},
            {QStringLiteral("readings"), record.readings}};
}

PayloadIngest::PayloadIngest(IngestOptions options)
    : m_options(std::move(options))
{}

Expected<PayloadFacts> PayloadIngest::inspect(const QByteArray &xml, int schemaVersion)
{
    using E = Expected<PayloadFacts>;
    const QString ns = kNamespacePrefix + QString::number(schemaVersion);
    QXmlStreamReader reader(xml);
    PayloadFacts facts;
    int depth = 0;
    bool inDevices = false;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return E::failure(QStringLiteral("the payload must not contain a document type declaration"));
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (depth == 1 && reader.name() == u"devices")
                inDevices = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        if (depth == 1) {
            if (reader.name() != u"fleetPayload" || reader.namespaceUri() != ns)
                return E::failure(QStringLiteral("the root element must be fleetPayload in namespace %1").arg(ns));
            const auto attrs = reader.attributes();
            if (attrs.value(QStringLiteral("version")) != QString::number(schemaVersion))
                return E::failure(
                    QStringLiteral("fleetPayload/@version must be %1 (X-Fleetkeeper-Schema)").arg(schemaVersion));
            facts.agentId = attrs.value(QStringLiteral("agentId")).toString();
            facts.generatedAt = attrs.value(QStringLiteral("generatedAt")).toString();
            facts.lockedDown = attrs.value(QStringLiteral("lockedDown")) == u"true";
            sawRoot = true;
        } else if (depth == 2 && reader.name() == u"devices") {
            inDevices = true;
        } else if (inDevices && depth == 3 && reader.name() == u"device") {
            ++facts.devices;
        } else if (inDevices && depth == 5 && reader.name() == u"reading") {
            ++facts.readings;
        }
    }
    if (reader.hasError())
        return E::failure(QStringLiteral("the payload is not well-formed XML: %1 (line %2, column %3)")
                              .arg(reader.errorString())
                              .arg(reader.lineNumber())
                              .arg(reader.columnNumber()));
    if (!sawRoot)
        return E::failure(QStringLiteral("the payload has no root element"));
    return facts;
}

QString PayloadIngest::validateWithXmllint(const QString &xmllint, const QString &schemaFile, const QString &xmlFile,
                                           int timeoutMs, bool *serverProblem)
{
    *serverProblem = false;
    // Its complaints go to a file: an invalid payload can make it print one line per element
    // (hundreds of thousands), which a pipe drained without an event loop takes minutes to carry.
    const QString errorFile = xmlFile + QStringLiteral(".errors");
    struct RemoveFile
    {
        QString path;
        ~RemoveFile() { QFile::remove(path); }
    } removeErrors{errorFile};
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(errorFile);
    // --stream: validates while reading (a few MB whatever the size, against ~50 bytes of memory per
    // byte of XML for the tree); identity constraints (unique device ids) are still checked.
    // --nonet: a payload never makes the server fetch anything.
    p.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--stream"), QStringLiteral("--nonet"),
                      QStringLiteral("--schema"), schemaFile, xmlFile});
    if (!p.waitForStarted(10000)) {
        *serverProblem = true;
        return QStringLiteral("cannot run %1: %2").arg(xmllint, p.errorString());
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        *serverProblem = true;
        return QStringLiteral("schema validation did not finish within %1 s").arg(timeoutMs / 1000);
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    QFile errors(errorFile);
    const QByteArray complaint = errors.open(QIODevice::ReadOnly) ? errors.read(64 * 1024) : QByteArray();
    // xmllint: 1-4 are problems of the document (3 and 4: invalid against the schema); the
    // others (5 schema unreadable, 9 out of memory, ...) are the server's.
    *serverProblem = p.exitStatus() != QProcess::NormalExit || p.exitCode() > 4;
    QString text = QString::fromUtf8(complaint);
    text.replace(xmlFile, QStringLiteral("payload.xml"));
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    // Noise of the streaming mode and the summary lines say nothing about the payload.
    lines.removeIf([](const QString &l) {
        return l.endsWith(QStringLiteral("fails to validate")) || l.endsWith(QStringLiteral(" validates")) ||
               l.startsWith(QStringLiteral("Unimplemented block"));
    });
    const qsizetype shown = qMin<qsizetype>(lines.size(), 5);
    QString message = QStringList(lines.mid(0, shown)).join(u'\n');
    if (lines.size() > shown)
        message += complaint.size() < 64 * 1024 ? QStringLiteral("\n(%1 more)").arg(lines.size() - shown)
                                                : QStringLiteral("\n(and more)");
    return message.isEmpty() ? QStringLiteral("xmllint exit code %1").arg(p.exitCode()) : message;
}

IngestResult PayloadIngest::ingest(const IngestRequest &request) const
{
    const AgentRecord &agent = request.agent;
    auto xml = sync::PayloadArchive::unpack(request.archive, agent.payloadKey);
    if (!xml)
        return refused(
            400, QStringLiteral("the archive cannot be opened with this agent's payload key: %1").arg(xml.error()));
    auto facts = inspect(*xml, request.schemaVersion);
    if (!facts)
        return refused(400, facts.error());
    if (facts->agentId != agent.id)
        return refused(
            400,
            QStringLiteral("fleetPayload/@agentId \"%1\" is not the uploading agent %2").arg(facts->agentId, agent.id));

    const QString relDir = QStringLiteral("payloads/") + agent.id;
    const QString dir = m_options.dataDir + u'/' + relDir;
    if (!QDir().mkpath(dir))
        return refused(500, QStringLiteral("cannot create %1").arg(dir));
    // Unique temporary names: two uploads of the same key may run at the same time.
    const QString tmpBase =
        QStringLiteral("%1/.%2-%3").arg(dir, request.idempotencyKey).arg(quintptr(QThread::currentThreadId()), 0, 16);
    const QString tmpZip = tmpBase + QStringLiteral(".zip.part"), tmpXml = tmpBase + QStringLiteral(".xml.part");
    struct Cleanup
    {
        QStringList files;
        ~Cleanup()
        {
            for (const QString &f : std::as_const(files))
                QFile::remove(f);
        }
    } cleanup{{tmpZip, tmpXml}};

    QString error;
    if (!writeFile(tmpZip, request.archive, &error) || !writeFile(tmpXml, *xml, &error))
        return refused(500, error);
    if (!m_options.xmllint.isEmpty()) {
        bool serverProblem = false;
        const QString invalid = validateWithXmllint(m_options.xmllint, m_options.schemaFile, tmpXml,
                                                    m_options.validationTimeoutMs, &serverProblem);
        if (!invalid.isEmpty())
            return refused(serverProblem ? 500 : 400,
                           serverProblem ? invalid
                                         : QStringLiteral("the payload is not valid against the schema:\n") + invalid);
    }

    PayloadRecord record;
    record.agentId = agent.id;
    record.id = request.idempotencyKey;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.schemaVersion = request.schemaVersion;
    record.generatedAt = facts->generatedAt;
    record.lockedDown = facts->lockedDown;
    record.devices = facts->devices;
    record.readings = facts->readings;
    record.archivePath = relDir + u'/' + request.idempotencyKey + QStringLiteral(".zip");
    record.archiveBytes = request.archive.size();
    record.archiveSha256 =
        QString::fromLatin1(QCryptographicHash::hash(request.archive, QCryptographicHash::Sha256).toHex());
    record.xmlPath = relDir + u'/' + request.idempotencyKey + QStringLiteral(".xml");
    record.xmlBytes = xml->size();

    ReceiverStore store(QStringLiteral("ingest"));
    if (auto opened = store.open(m_options.dataDir, false); !opened)
        return refused(500, opened.error());
    // The check and the insert in one write transaction: of two concurrent uploads with the same
    // key exactly one stores, and the other answers 200 with the first one's record.
    if (auto begun = store.begin(); !begun)
        return refused(500, begun.error());
    auto existing = store.payload(agent.id, request.idempotencyKey);
    if (!existing) {
        store.rollback();
        return refused(500, existing.error());
    }
    if (existing->has_value()) {
        store.rollback();
        IngestResult r;
        r.status = 200;
        r.record = **existing;
        return r;
    }
    const QString finalZip = m_options.dataDir + u'/' + record.archivePath;
    const QString finalXml = m_options.dataDir + u'/' + record.xmlPath;
    auto inserted = store.insertPayload(record);
    if (!inserted || !moveInto(tmpZip, finalZip, &error) || !moveInto(tmpXml, finalXml, &error)) {
        store.rollback();
        QFile::remove(finalZip);
        QFile::remove(finalXml);
        return refused(500, inserted ? error : inserted.error());
    }
    if (auto committed = store.commit(); !committed) {
        store.rollback();
        QFile::remove(finalZip);
        QFile::remove(finalXml);
        return refused(500, committed.error());
    }
    qCInfo(lcReceiver) << "stored payload" << record.id << "of agent" << agent.id << record.devices << "devices";
    IngestResult r;
    r.status = 201;
    r.record = record;
    return r;
}

} // namespace fleet::receiver
