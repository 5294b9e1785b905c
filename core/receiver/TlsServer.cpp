#include "receiver/TlsServer.h"

#include "receiver/ReceiverLog.h"

#include <QFile>
#include <QSslKey>
#include <QTimer>

namespace fleet::receiver {

TlsServer::TlsServer(TlsServerOptions options, ReceiverApi &api, QObject *parent)
    : QTcpServer(parent)
    , m_options(std::move(options))
    , m_api(api)
{}

TlsServer::~TlsServer()
{
    close();
    // Children go first and silently: nothing they signal may reach a half-destroyed server.
    const QList<QObject *> children = findChildren<QObject *>(Qt::FindDirectChildrenOnly);
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    qDeleteAll(children);
}

Expected<QSslConfiguration> TlsServer::configuration(const QString &certFile, const QString &keyFile,
                                                     const QString &clientCaFile)
{
    using E = Expected<QSslConfiguration>;
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty())
        return E::failure(QStringLiteral("no PEM certificate in %1").arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return E::failure(QStringLiteral("cannot read %1: %2").arg(keyFile, keyIn.errorString()));
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return E::failure(QStringLiteral("no unencrypted PEM private key (EC, RSA or DSA) in %1").arg(keyFile));
    const QList<QSslCertificate> clientCas = QSslCertificate::fromPath(clientCaFile, QSsl::Pem);
    if (clientCas.isEmpty())
        return E::failure(QStringLiteral("no PEM certificate in %1").arg(clientCaFile));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    // Only the configured CA vouches for clients, never the system's CAs.
    tls.setCaCertificates(clientCas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Stop the handshake at the first verification error with a TLS alert (certificate_required,
    // unknown_ca, ...). Without it a TLS 1.3 client, whose side of the handshake is already over,
    // only sees a closed connection, and Qt clients silently reconnect and resend.
    tls.setHandshakeMustInterruptOnError(true);
    tls.setMissingCertificateIsFatal(true);
    return tls;
}

void TlsServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcReceiver) << "cannot take the connection:" << socket->errorString();
        delete socket;
        return;
    }
    ++m_connections; // handshakeFailed() and HttpConnection::finished give it back
    if (m_connections > m_options.maxConnections) {
        handshakeFailed(socket, QStringLiteral("too many open connections (%1)").arg(m_connections - 1));
        return;
    }
    socket->setSslConfiguration(m_options.tls);

    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, socket] {
        handshakeFailed(socket, QStringLiteral("no TLS handshake within %1 ms").arg(m_options.handshakeTimeoutMs));
    });
    // The reason a handshake fails arrives in pieces: verification errors first, then the
    // socket error; the first one is the most telling.
    auto reason = std::make_shared<QString>();
    connect(socket, &QSslSocket::sslErrors, this, [reason](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        if (reason->isEmpty())
            *reason = texts.join(QStringLiteral("; "));
    });
    connect(
        socket, &QSslSocket::handshakeInterruptedOnError, this,
        [reason](const QSslError &error) {
            if (reason->isEmpty())
                *reason = error.errorString(); // not continued: the handshake ends with an alert
        },
        Qt::DirectConnection);
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket, reason](QAbstractSocket::SocketError) {
        handshakeFailed(socket, reason->isEmpty() ? socket->errorString() : *reason);
    });
    connect(socket, &QSslSocket::disconnected, this, [this, socket, reason] {
        handshakeFailed(socket, reason->isEmpty() ? QStringLiteral("closed during the TLS handshake") : *reason);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline] {
        disconnect(socket, nullptr, this, nullptr);
        deadline->stop();
        deadline->deleteLater();
        if (socket->peerCertificate().isNull()) { // VerifyPeer makes this impossible; belt and braces
            handshakeFailed(socket, QStringLiteral("no client certificate"));
            return;
        }
        auto *connection = new HttpConnection(socket, m_api, m_options.connection, this);
        connect(connection, &HttpConnection::requestLogged, this, &TlsServer::requestLogged);
        connect(connection, &HttpConnection::finished, this, [this] { --m_connections; });
    });
    deadline->start(m_options.handshakeTimeoutMs);
    socket->startServerEncryption();
}

void TlsServer::handshakeFailed(QSslSocket *socket, const QString &reason)
{
    disconnect(socket, nullptr, this, nullptr);
    if (auto *deadline = socket->findChild<QTimer *>())
        deadline->stop();
    --m_connections;
    RequestRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    r.peer = QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
    r.method = QStringLiteral("TLS");
    r.path = QStringLiteral("-");
    r.error = QStringLiteral("TLS handshake refused: %1").arg(reason);
    Q_EMIT requestLogged(r);
    socket->abort();
    socket->deleteLater();
}

} // namespace fleet::receiver
