#include "receiver/ReceiverService.h"

#include "receiver/ReceiverLog.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace fleet::receiver {

QString formatRequestLine(const RequestRecord &r)
{
    QString line =
        QStringLiteral("%1 %2 %3 %4 %5 %6 in=%7 out=%8 %9ms")
            .arg(isoTime(r.at), r.peer, r.agentId.isEmpty() ? QStringLiteral("-") : r.agentId, r.method, r.path)
            .arg(r.status)
            .arg(r.bytesIn)
            .arg(r.bytesOut)
            .arg(r.durationMs);
    if (!r.error.isEmpty()) {
        QString error = r.error;
        error.replace(u'\n', QStringLiteral(" | "));
        line += QStringLiteral(" error=\"%1\"").arg(error);
    }
    return line;
}

ReceiverService::ReceiverService(QObject *parent)
    : QObject(parent)
{}

ReceiverService::~ReceiverService()
{
    stop();
}

Expected<QString> ReceiverService::writeSchema(const QString &dataDir)
{
    const QString source = QStringLiteral(":/fleet/schema/fleetkeeper-payload-1.xsd");
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Expected<QString>::failure(QStringLiteral("the embedded schema %1 is missing").arg(source));
    const QString dir = dataDir + QStringLiteral("/schema");
    const QString target = dir + QStringLiteral("/fleetkeeper-payload-1.xsd");
    QSaveFile out(target);
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) || out.write(in.readAll()) < 0 || !out.commit())
        return Expected<QString>::failure(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    return target;
}

Expected<bool> ReceiverService::start(ServeOptions options)
{
    m_options = std::move(options);
    auto tls = TlsServer::configuration(m_options.certFile, m_options.keyFile, m_options.clientCaFile);
    if (!tls)
        return Expected<bool>::failure(tls.error());
    m_store = std::make_unique<ReceiverStore>(QStringLiteral("server"));
    if (auto opened = m_store->open(m_options.dataDir, true); !opened)
        return opened;
    ApiOptions api = m_options.api;
    api.ingest.dataDir = m_store->dataDir();
    api.ingest.xmllint = m_options.xmllint;
    if (!m_options.xmllint.isEmpty()) {
        auto schema = writeSchema(m_store->dataDir());
        if (!schema)
            return Expected<bool>::failure(schema.error());
        api.ingest.schemaFile = *schema;
    }
    m_api = std::make_unique<ReceiverApi>(api, *m_store);
    TlsServerOptions serverOptions;
    serverOptions.tls = *tls;
    serverOptions.connection = m_options.connection;
    serverOptions.handshakeTimeoutMs = m_options.handshakeTimeoutMs;
    m_server = std::make_unique<TlsServer>(serverOptions, *m_api);
    connect(m_server.get(), &TlsServer::requestLogged, this, &ReceiverService::logRequest);
    if (!m_server->listen(m_options.address, m_options.port))
        return Expected<bool>::failure(QStringLiteral("cannot listen on %1:%2: %3")
                                           .arg(m_options.address.toString())
                                           .arg(m_options.port)
                                           .arg(m_server->errorString()));
    return true;
}

void ReceiverService::stop()
{
    if (m_server)
        m_server->close();
    if (m_api)
        m_api->waitForWorkers();
    m_server.reset(); // closes the open connections before the API they use goes
    m_api.reset();
    m_store.reset();
}

quint16 ReceiverService::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ReceiverService::listeningLine() const
{
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_options.address.toString() + u']'
                             : m_options.address.toString();
    return QStringLiteral("fleetkeeper-receiver listening on %1:%2 (data %3, schema validation %4)")
        .arg(host)
        .arg(port())
        .arg(m_store ? m_store->dataDir() : QString(),
             m_options.xmllint.isEmpty() ? QStringLiteral("off") : QStringLiteral("xmllint"));
}

void ReceiverService::logRequest(const RequestRecord &record)
{
    const QByteArray line = formatRequestLine(record).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    if (!m_store)
        return;
    if (auto logged = m_store->logRequest(record); !logged)
        qCWarning(lcReceiver) << "cannot write the request log:" << logged.error();
}

} // namespace fleet::receiver
