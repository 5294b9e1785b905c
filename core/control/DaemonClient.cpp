#include "control/DaemonClient.h"

#include "control/ControlLog.h"
#include "control/ControlServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>

namespace fleet::control {

namespace {

constexpr int kReconnectMs = 5000;
constexpr QLatin1String kSystemProfile("/var/lib/fleetkeeper");

} // namespace

DaemonClient::DaemonClient(ProfileRoot profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
{
    m_reconnect.setInterval(kReconnectMs);
    connect(&m_reconnect, &QTimer::timeout, this, &DaemonClient::tryReconnect);
    connect(&m_socket, &QLocalSocket::readyRead, this, &DaemonClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::connected, this, &DaemonClient::onConnected);
    connect(&m_socket, &QLocalSocket::disconnected, this, &DaemonClient::onDisconnected);
}

DaemonClient::~DaemonClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

QStringList DaemonClient::socketCandidates(const ProfileRoot &profile)
{
    QStringList paths{QDir(profile.dir()).filePath(QStringLiteral("fleetkeeperd.sock"))};
    const QFileInfo info(profile.dir());
    const QString canonical = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    if (canonical == kSystemProfile)
        paths << ControlServer::systemSocketPath();
    return paths;
}

bool DaemonClient::connectToDaemon(int timeoutMs, bool subscribe)
{
    m_subscribe = subscribe;
    m_error.clear();
    const QStringList paths = socketCandidates(m_profile);
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            continue;
        m_socket.abort();
        m_socket.connectToServer(path);
        if (m_socket.waitForConnected(timeoutMs))
            return true; // onConnected() subscribes and asks for the status
        m_error = tr("No service answers on %1: %2").arg(path, m_socket.errorString());
    }
    if (m_error.isEmpty())
        m_error = tr("No service runs on the profile %1.").arg(m_profile.dir());
    return false;
}

void DaemonClient::setAutoReconnect(bool on)
{
    m_autoReconnect = on;
    if (on && !isConnected())
        m_reconnect.start();
    else if (!on)
        m_reconnect.stop();
}

void DaemonClient::tryReconnect()
{
    if (isConnected()) {
        m_reconnect.stop();
        return;
    }
    // Short: the daemon's socket answers at once or not at all.
    if (connectToDaemon(200, m_subscribe))
        m_reconnect.stop();
}

void DaemonClient::onConnected()
{
    m_buffer.clear();
    if (m_subscribe) {
        send(RequestType::Subscribe);
        refreshStatus();
    }
    Q_EMIT connectedChanged(true);
}

void DaemonClient::onDisconnected()
{
    m_hasStatus = false;
    m_status.daemonRunning = false;
    m_status.state = QString();
    qCInfo(lcControl) << "the service closed the connection";
    Q_EMIT connectedChanged(false);
    Q_EMIT statusChanged();
    if (m_autoReconnect)
        m_reconnect.start();
}

qint64 DaemonClient::send(const Request &request)
{
    if (!isConnected()) {
        m_error = tr("The service is not running.");
        Q_EMIT requestFailed(m_error);
        return 0;
    }
    Request numbered = request;
    numbered.id = m_nextId++;
    const QByteArray line = encodeRequest(numbered);
    // The service would hang up on it: say so here instead (many discovery targets).
    if (line.size() - 1 > kMaxRequestBytes) {
        m_error = tr("The request is too long for the service (more than %1 bytes).").arg(kMaxRequestBytes);
        Q_EMIT requestFailed(m_error);
        return 0;
    }
    if (numbered.type == RequestType::Status)
        m_statusId = numbered.id;
    m_socket.write(line);
    m_socket.flush();
    return numbered.id;
}

Expected<QJsonObject> DaemonClient::call(const Request &request, int timeoutMs)
{
    const qint64 id = send(request);
    if (id == 0)
        return Expected<QJsonObject>::failure(m_error);
    m_waitingFor = id;
    m_waited.reset();
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_waited && isConnected() && !deadline.hasExpired())
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    m_waitingFor = 0;
    if (!m_waited)
        return Expected<QJsonObject>::failure(isConnected() ? tr("The service did not answer in time.")
                                                            : tr("The service closed the connection."));
    const Message answer = *std::exchange(m_waited, std::nullopt);
    if (!answer.ok)
        return Expected<QJsonObject>::failure(answer.error);
    return answer.result;
}

void DaemonClient::onReadyRead()
{
    m_buffer += m_socket.readAll();
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        const auto message = parseMessage(line);
        if (!message) {
            qCWarning(lcControl).noquote() << "ignored a message from the service:" << message.error();
            continue;
        }
        handle(*message);
    }
    if (m_buffer.size() > kMaxResponseBytes) {
        qCWarning(lcControl) << "the service sent an oversized message; disconnecting";
        m_buffer.clear();
        m_socket.abort();
    }
}

void DaemonClient::handle(const Message &message)
{
    if (message.isEvent) {
        const QString &e = message.event;
        const QJsonObject &d = message.result;
        if (e == eventPollStarted())
            Q_EMIT pollStarted();
        else if (e == eventPollProgress())
            Q_EMIT pollProgress(d.value(u"done").toInt(), d.value(u"total").toInt());
        else if (e == eventPollFinished())
            Q_EMIT pollFinished(d.value(u"ok").toBool(), d.value(u"message").toString());
        else if (e == eventDiscoveryFinished())
            Q_EMIT discoveryFinished();
        else if (e == eventSettingsReloaded())
            Q_EMIT settingsReloaded();
        Q_EMIT eventReceived(e, d);
        // Every event may change what the status says (last and next runs, paused, state).
        if (e != eventPollProgress())
            refreshStatus();
        return;
    }
    if (message.id != 0 && message.id == m_waitingFor) {
        m_waited = message;
    }
    if (message.ok && message.id == m_statusId) {
        m_status = StatusReport::fromJson(message.result);
        m_hasStatus = true;
        Q_EMIT statusChanged();
    } else if (!message.ok) {
        Q_EMIT requestFailed(message.error);
    }
    Q_EMIT replied(message.id, message.ok, message.result, message.error);
}

} // namespace fleet::control
