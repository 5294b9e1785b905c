#pragma once
// One TLS connection after its handshake: reads requests with HttpRequestParser, hands them to
// ReceiverApi one at a time, writes the answers (keep-alive when the client wants it) and
// reports every request for the log. Slow clients are cut off: the head must arrive within
// headerTimeoutMs of its first byte, the body must make progress every bodyTimeoutMs, an idle
// keep-alive connection is closed after idleTimeoutMs.

#include "receiver/HttpRequestParser.h"
#include "receiver/ReceiverApi.h"
#include "receiver/ReceiverStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace fleet::receiver {

struct ConnectionOptions
{
    HttpLimits limits;
    int headerTimeoutMs = 10000;
    int bodyTimeoutMs = 30000;
    int idleTimeoutMs = 30000;
    // After refusing a request whose body is still coming, its bytes are read and dropped until
    // the client pauses for drainIdleMs, or for drainTimeoutMs at most, then the connection closes.
    int drainIdleMs = 500;
    int drainTimeoutMs = 5000;
    int delayMs = 0; // before every answer (--delay-ms)
};

class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    // Takes ownership of the encrypted socket.
    HttpConnection(QSslSocket *socket, ReceiverApi &api, ConnectionOptions options, QObject *parent = nullptr);
    ~HttpConnection() override;

Q_SIGNALS:
    void requestLogged(const fleet::receiver::RequestRecord &record);
    void finished(); // the connection is closed; the object deletes itself next

private:
    enum class Phase : quint8 { Reading, Processing, Draining, Closing };
    enum class Wait : quint8 { None, Idle, Head, Body, Drain, Close };

    void onReadyRead();
    void onDisconnected();
    void onTimeout();
    void process();
    void refuse(int status, const QString &message, bool bodyUnread);
    void finishRequest(const ApiReply &reply);
    void send(const ApiReply &reply, bool drainAfter = false);
    void close();
    void startWait(Wait wait);
    void log(int status, qint64 bytesOut, const QString &agentId, const QString &error);
    ApiRequest apiRequest() const;

    QSslSocket *m_socket;
    ReceiverApi &m_api;
    ConnectionOptions m_options;
    HttpRequestParser m_parser;
    QByteArray m_buffer;
    QTimer m_timer;
    Wait m_wait = Wait::None;
    Phase m_phase = Phase::Reading;
    QElapsedTimer m_requestClock;
    QElapsedTimer m_drainClock;
    qint64 m_bodyBytesSeen = 0;
    bool m_peerGone = false;
    bool m_keepAlive = true;
    HttpRequest m_request; // the complete request being answered
    QString m_peer;
    QString m_certSha256;
    QString m_certSubject;
};

} // namespace fleet::receiver
