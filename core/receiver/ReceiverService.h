#pragma once
// `fleetkeeper-receiver serve`: wires receiver.db, the endpoints and the TLS listener together,
// and writes the request log (one line on stdout and one row in the requests table per request
// or refused handshake).

#include "receiver/ReceiverApi.h"
#include "receiver/TlsServer.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace fleet::receiver {

struct ServeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port, reported in the "listening on" line
    QString certFile;
    QString keyFile;
    QString clientCaFile;
    QString dataDir;
    QString xmllint; // empty: no XSD validation
    ApiOptions api;
    ConnectionOptions connection;
    int handshakeTimeoutMs = 10000;
};

class ReceiverService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiverService)
public:
    explicit ReceiverService(QObject *parent = nullptr);
    ~ReceiverService() override;

    // Opens the data directory, loads the certificates and listens. The caller prints
    // listeningLine() once this succeeds.
    Expected<bool> start(ServeOptions options);
    void stop();
    quint16 port() const;
    QString listeningLine() const;

    // The schema file xmllint reads, written from the copy embedded in the program.
    static Expected<QString> writeSchema(const QString &dataDir);

private:
    void logRequest(const RequestRecord &record);

    ServeOptions m_options;
    std::unique_ptr<ReceiverStore> m_store;
    std::unique_ptr<ReceiverApi> m_api;
    std::unique_ptr<TlsServer> m_server;
};

// One request-log line: time, peer, agent, method, path, status, bytes in/out, duration, error.
QString formatRequestLine(const RequestRecord &record);

} // namespace fleet::receiver
