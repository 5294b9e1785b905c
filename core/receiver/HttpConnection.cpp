#include "receiver/HttpConnection.h"

#include "receiver/ReceiverLog.h"

#include <QSslCertificate>
#include <algorithm>

namespace fleet::receiver {

namespace {
// Decrypted bytes waiting in the socket while a request is being answered: enough for a
// pipelined head, small enough that a client cannot park megabytes per connection.
constexpr qint64 kReadBufferSize = 256 * 1024;
} // namespace

HttpConnection::HttpConnection(QSslSocket *socket, ReceiverApi &api, ConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_api(api)
    , m_options(options)
    , m_parser(options.limits)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    m_peer = QStringLiteral("%1:%2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort());
    const QSslCertificate cert = m_socket->peerCertificate();
    if (!cert.isNull()) {
        m_certSha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
        m_certSubject = cert.subjectDisplayName();
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    startWait(Wait::Idle);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void HttpConnection::startWait(Wait wait)
{
    m_wait = wait;
    switch (wait) {
    case Wait::None:
        m_timer.stop();
        return;
    case Wait::Idle:
        m_timer.start(m_options.idleTimeoutMs);
        return;
    case Wait::Head:
        m_timer.start(m_options.headerTimeoutMs);
        return;
    case Wait::Body:
        m_timer.start(m_options.bodyTimeoutMs);
        return;
    case Wait::Drain:
        // Close once the client pauses for drainIdleMs, and after drainTimeoutMs in any case.
        m_timer.start(
            int(std::clamp<qint64>(m_options.drainTimeoutMs - m_drainClock.elapsed(), 0, m_options.drainIdleMs)));
        return;
    case Wait::Close:
        m_timer.start(m_options.bodyTimeoutMs);
        return;
    }
}

void HttpConnection::close()
{
    // disconnectFromHost() writes what is queued first; a client that never reads it is cut off.
    m_phase = Phase::Closing;
    startWait(Wait::Close);
    m_socket->disconnectFromHost();
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Draining) {
        m_socket->readAll();
        // Lingering close: wait while the client keeps sending, up to drainTimeoutMs in all.
        if (m_drainClock.elapsed() < m_options.drainTimeoutMs)
            startWait(Wait::Drain);
        return;
    }
    if (m_phase != Phase::Reading)
        return; // stays in the socket until the current request is answered
    m_buffer += m_socket->readAll();
    process();
}

void HttpConnection::onDisconnected()
{
    if (m_phase == Phase::Processing) {
        // The answer is still logged when it is ready (a payload may be stored meanwhile).
        m_peerGone = true;
        return;
    }
    if (m_phase == Phase::Reading && m_parser.started())
        log(0, 0, {}, QStringLiteral("the client closed the connection in the middle of a request"));
    m_phase = Phase::Closing;
    m_timer.stop();
    Q_EMIT finished();
    deleteLater();
}

void HttpConnection::onTimeout()
{
    switch (m_wait) {
    case Wait::Idle:
        close();
        return;
    case Wait::Head:
        refuse(408, QStringLiteral("the request head did not arrive within %1 ms").arg(m_options.headerTimeoutMs),
               false);
        return;
    case Wait::Body:
        refuse(408, QStringLiteral("the body made no progress for %1 ms").arg(m_options.bodyTimeoutMs), false);
        return;
    case Wait::Drain:
        close();
        return;
    case Wait::Close:
        m_socket->abort();
        return;
    case Wait::None:
        return;
    }
}

ApiRequest HttpConnection::apiRequest() const
{
    return {m_parser.request(), m_peer, m_certSha256, m_certSubject};
}

void HttpConnection::process()
{
    while (m_phase == Phase::Reading) {
        const bool wasStarted = m_parser.started();
        const auto state = m_parser.feed(m_buffer);
        if (!wasStarted && m_parser.started()) {
            m_requestClock.start();
            startWait(Wait::Head);
        }
        switch (state) {
        case HttpRequestParser::State::ReadingHead:
            return;
        case HttpRequestParser::State::Failed:
            refuse(m_parser.errorStatus(), m_parser.errorMessage(), true);
            return;
        case HttpRequestParser::State::HeadComplete: {
            if (auto refusal = m_api.checkHead(apiRequest())) {
                const bool bodyUnread = m_parser.request().contentLength > 0;
                m_request = m_parser.request();
                m_keepAlive = m_request.keepAlive() && !bodyUnread;
                send(*refusal, bodyUnread);
                return;
            }
            if (m_parser.request().header("expect").toLower() == "100-continue")
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_bodyBytesSeen = 0;
            m_parser.readBody();
            startWait(Wait::Body);
            continue;
        }
        case HttpRequestParser::State::ReadingBody: {
            const qint64 seen = m_parser.request().body.size();
            if (seen != m_bodyBytesSeen) {
                m_bodyBytesSeen = seen;
                startWait(Wait::Body);
            }
            return;
        }
        case HttpRequestParser::State::Complete: {
            m_phase = Phase::Processing;
            startWait(Wait::None);
            m_request = m_parser.takeRequest();
            m_keepAlive = m_request.keepAlive();
            const ApiRequest request{m_request, m_peer, m_certSha256, m_certSubject};
            QPointer<HttpConnection> self(this);
            m_api.handle(request, this, [self](const ApiReply &reply) {
                if (self)
                    self->finishRequest(reply);
            });
            return;
        }
        }
    }
}

void HttpConnection::refuse(int status, const QString &message, bool bodyUnread)
{
    m_request = m_parser.request();
    m_keepAlive = false;
    send({HttpResponse::error(status, message), {}, false}, bodyUnread);
}

void HttpConnection::finishRequest(const ApiReply &reply)
{
    if (m_options.delayMs > 0) {
        QTimer::singleShot(m_options.delayMs, this, [this, reply] { send(reply); });
        return;
    }
    send(reply);
}

void HttpConnection::send(const ApiReply &reply, bool drainAfter)
{
    if (m_peerGone) {
        log(reply.response.status, 0, reply.agentId,
            QStringLiteral("the client closed the connection before the answer"));
        m_phase = Phase::Closing;
        m_timer.stop();
        Q_EMIT finished();
        deleteLater();
        return;
    }
    if (reply.drop) {
        log(reply.response.status, 0, reply.agentId, QStringLiteral("answer dropped on purpose (--drop-after-store)"));
        m_phase = Phase::Closing;
        startWait(Wait::Close);
        m_socket->abort();
        return;
    }
    const QByteArray bytes = reply.response.serialize(m_keepAlive);
    m_socket->write(bytes);
    log(reply.response.status, bytes.size(), reply.agentId, reply.response.errorMessage());
    if (!m_keepAlive) {
        if (drainAfter) {
            // The client may still be sending the body we refused: read and drop it for a moment
            // before closing, or its TCP stack could discard our answer on the reset.
            m_phase = Phase::Draining;
            m_drainClock.start();
            startWait(Wait::Drain);
            return;
        }
        close();
        return;
    }
    m_parser.reset();
    m_phase = Phase::Reading;
    startWait(Wait::Idle);
    m_buffer += m_socket->readAll();
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::log(int status, qint64 bytesOut, const QString &agentId, const QString &error)
{
    RequestRecord r;
    r.at = QDateTime::currentDateTimeUtc();
    r.peer = m_peer;
    r.agentId = agentId;
    r.method = QString::fromLatin1(m_request.method);
    r.path = m_request.path.isEmpty() ? QString::fromLatin1(m_request.target) : m_request.path;
    if (r.method.isEmpty())
        r.method = QStringLiteral("-");
    if (r.path.isEmpty())
        r.path = QStringLiteral("-");
    r.status = status;
    r.bytesIn = m_request.headBytes + m_request.body.size();
    r.bytesOut = bytesOut;
    r.durationMs = m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
    r.error = error;
    Q_EMIT requestLogged(r);
}

} // namespace fleet::receiver
