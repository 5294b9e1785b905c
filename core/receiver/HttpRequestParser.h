#pragma once
// Incremental, strict HTTP/1.1 request parser. It reads the head, stops so the caller can refuse
// the request before its body arrives (authentication, size, content type), then reads exactly
// Content-Length bytes. Anything ambiguous is refused rather than guessed: chunked or other
// transfer codings (411/400), a body without Content-Length (411), conflicting lengths, header
// folding, bytes outside the grammar (400), an oversized head (431) or request line (414).

#include "receiver/HttpMessage.h"

#include <QByteArray>
#include <QString>

namespace fleet::receiver {

struct HttpLimits
{
    qsizetype maxRequestLine = 8 * 1024;
    qsizetype maxHeadBytes = 16 * 1024; // request line and all headers
    int maxHeaders = 64;
    qint64 maxBodyBytes = qint64(64) * 1024 * 1024;
};

class HttpRequestParser final
{
public:
    enum class State : quint8 {
        ReadingHead,
        HeadComplete, // request() has the head; call readBody() to go on
        ReadingBody,
        Complete, // request() is complete; call reset() for the next one
        Failed    // errorStatus()/errorMessage() say why; the connection cannot be reused
    };

    explicit HttpRequestParser(HttpLimits limits = {});

    // Takes what it needs from the front of buffer and returns the new state. Bytes after a
    // complete request stay in buffer (pipelining).
    State feed(QByteArray &buffer);
    void readBody();
    void reset();

    State state() const { return m_state; }
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();
    int errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }
    // True once any byte of the current request arrived (an idle keep-alive connection has none).
    bool started() const { return m_started; }
    qint64 bodyBytesMissing() const { return m_request.contentLength - m_request.body.size(); }

private:
    State fail(int status, const QString &message);
    State parseHead(const QByteArray &head);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool checkFraming();

    HttpLimits m_limits;
    State m_state = State::ReadingHead;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorMessage;
    bool m_started = false;
};

} // namespace fleet::receiver
