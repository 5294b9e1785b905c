#pragma once
// The listening socket: accepts TCP connections, runs the TLS handshake (TLS 1.2 or newer, a
// client certificate issued by the configured CA is required) and hands each encrypted socket to
// an HttpConnection. A QTcpServer with our own QSslSocket rather than QSslServer so that the
// handshake has our deadline and a refused handshake is logged with its reason and peer.

#include "receiver/HttpConnection.h"

#include <QSslConfiguration>
#include <QTcpServer>

namespace fleet::receiver {

struct TlsServerOptions
{
    QSslConfiguration tls;
    ConnectionOptions connection;
    int handshakeTimeoutMs = 10000;
    int maxConnections = 256;
};

class TlsServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsServer)
public:
    TlsServer(TlsServerOptions options, ReceiverApi &api, QObject *parent = nullptr);
    ~TlsServer() override;

    int openConnections() const { return m_connections; }

    // Loads the server certificate chain, its key and the client CA into a server configuration.
    static Expected<QSslConfiguration> configuration(const QString &certFile, const QString &keyFile,
                                                     const QString &clientCaFile);

Q_SIGNALS:
    void requestLogged(const fleet::receiver::RequestRecord &record);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handshakeFailed(QSslSocket *socket, const QString &reason);

    TlsServerOptions m_options;
    ReceiverApi &m_api;
    int m_connections = 0;
};

} // namespace fleet::receiver
