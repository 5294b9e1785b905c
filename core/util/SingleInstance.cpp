#include "util/SingleInstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcInstance, "fleet.instance", QtInfoMsg)

namespace fleet {

namespace {

// A message: the magic, a 32-bit length, then a QDataStream'd QStringList. The primary answers kAck.
constexpr char kMagic[] = "FKI1";
constexpr qsizetype kMagicSize = 4;
constexpr qsizetype kHeaderSize = kMagicSize + 4;
constexpr quint32 kMaxPayload = 64 * 1024; // arguments of a desktop launch; anything larger is noise
constexpr char kAck = 'A';
constexpr int kClientIdleMs = 5000; // a connection that does not finish its message is dropped

QByteArray encode(const QStringList &arguments)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << arguments;
    QByteArray message(kMagic, kMagicSize);
    QDataStream header(&message, QIODevice::Append);
    header << quint32(payload.size());
    return message + payload;
}

} // namespace

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_name(serverNameFor(profileDir))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileDir)
{
    const QFileInfo info(profileDir);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    // The user is part of the name as well as of the socket's permissions: two users sharing a
    // profile path (a shared /tmp, a service account) each get their own instance.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(user.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(path.toUtf8());
    return QStringLiteral("fleetkeeper-") + QString::fromLatin1(hash.result().toHex().left(24));
}

QString SingleInstance::fullServerName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments, int timeoutMs)
{
    m_error.clear();
    if (m_server)
        return Role::Primary;
    QElapsedTimer clock;
    clock.start();
    // Held only while claiming: it orders two launches at the same moment. A lock left by a crashed
    // launch is taken over by QLockFile (its process is gone).
    QLockFile lock(QDir(m_profileDir).filePath(QStringLiteral(".instance.lock")));
    const bool locked = lock.tryLock(timeoutMs);
    if (!locked)
        qCWarning(lcInstance) << "claiming without the lock file:" << lock.error();
    const int left = std::max(500, timeoutMs - int(clock.elapsed()));
    switch (deliver(arguments, left)) {
    case Delivery::Delivered:
        return Role::Secondary;
    case Delivery::Broken:
        m_error = tr("Another Fleetkeeper is running with this profile but does not answer.");
        return Role::Failed;
    case Delivery::NoServer:
        break;
    }
    if (!listen())
        return Role::Failed;
    return Role::Primary;
}

SingleInstance::Delivery SingleInstance::deliver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        // Refused: the socket file is there but nobody listens (a crash left it behind).
        if (socket.error() == QLocalSocket::ServerNotFoundError ||
            socket.error() == QLocalSocket::ConnectionRefusedError)
            return Delivery::NoServer;
        qCWarning(lcInstance) << "cannot reach the running instance:" << socket.errorString();
        return Delivery::Broken;
    }
    QElapsedTimer clock;
    clock.start();
    socket.write(encode(arguments));
    while (socket.bytesToWrite() > 0 && clock.elapsed() < timeoutMs)
        socket.waitForBytesWritten(int(timeoutMs - clock.elapsed()));
    // The acknowledgement tells this launch it may exit: the request was taken, not lost.
    while (socket.bytesAvailable() < 1 && socket.state() == QLocalSocket::ConnectedState && clock.elapsed() < timeoutMs)
        socket.waitForReadyRead(int(timeoutMs - clock.elapsed()));
    char answer = 0;
    if (socket.read(&answer, 1) == 1 && answer == kAck)
        return Delivery::Delivered;
    qCWarning(lcInstance) << "the running instance did not acknowledge";
    return Delivery::Broken;
}

bool SingleInstance::listen()
{
    auto server = std::make_unique<QLocalServer>();
    server->setSocketOptions(QLocalServer::UserAccessOption);
    // Called with the lock held and after nobody answered: whatever socket file is there is stale.
    // (Qt on Unix replaces it anyway when it binds with access options; other platforms may not.)
    QLocalServer::removeServer(m_name);
    if (!server->listen(m_name)) {
        m_error = tr("Cannot listen for other launches on %1: %2").arg(m_name, server->errorString());
        return false;
    }
    connect(server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    m_server = std::move(server);
    qCDebug(lcInstance) << "listening on" << m_server->fullServerName();
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kClientIdleMs, socket, [socket] { socket->abort(); });
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() < kHeaderSize)
                return;
            const QByteArray header = socket->peek(kHeaderSize);
            quint32 size = 0;
            QDataStream(header.mid(kMagicSize)) >> size;
            if (!header.startsWith(QByteArrayView(kMagic, kMagicSize)) || size > kMaxPayload) {
                qCWarning(lcInstance) << "dropped a connection that is not a launch request";
                socket->abort();
                return;
            }
            if (socket->bytesAvailable() < kHeaderSize + qint64(size))
                return;
            socket->skip(kHeaderSize);
            QDataStream in(socket->read(size));
            in.setVersion(QDataStream::Qt_6_4);
            QStringList arguments;
            in >> arguments;
            if (in.status() != QDataStream::Ok) {
                qCWarning(lcInstance) << "dropped an unreadable launch request";
                socket->abort();
                return;
            }
            socket->write(&kAck, 1);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT activationRequested(arguments);
        });
    }
}

} // namespace fleet
