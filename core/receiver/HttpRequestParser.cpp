#include "receiver/HttpRequestParser.h"

#include <QUrl>

namespace fleet::receiver {

namespace {
// RFC 9110 tchar: the characters of a token (method, header name).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Field values: visible ASCII, obs-text (bytes >= 0x80), space and tab; no other control byte.
bool isFieldValue(const QByteArray &s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

QByteArray trimOws(const QByteArray &s)
{
    qsizetype begin = 0, end = s.size();
    while (begin < end && (s[begin] == ' ' || s[begin] == '\t'))
        ++begin;
    while (end > begin && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        --end;
    return s.mid(begin, end - begin);
}

bool methodHasBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}
} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{}

void HttpRequestParser::reset()
{
    m_state = State::ReadingHead;
    m_request = {};
    m_errorStatus = 0;
    m_errorMessage.clear();
    m_started = false;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = {};
    return r;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    return m_state;
}

void HttpRequestParser::readBody()
{
    if (m_state == State::HeadComplete)
        m_state = m_request.contentLength > 0 ? State::ReadingBody : State::Complete;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_state == State::ReadingHead) {
        // RFC 9112 2.2: a server SHOULD ignore empty lines received before the request line.
        if (!m_started) {
            qsizetype skip = 0;
            while (skip + 1 < buffer.size() && buffer[skip] == '\r' && buffer[skip + 1] == '\n')
                skip += 2;
            buffer.remove(0, skip);
            m_started = !buffer.isEmpty();
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        const qsizetype firstLineEnd = buffer.indexOf("\r\n");
        const qsizetype firstLine = firstLineEnd < 0 ? buffer.size() : firstLineEnd;
        if (firstLine > m_limits.maxRequestLine)
            return fail(414, QStringLiteral("request line longer than %1 bytes").arg(m_limits.maxRequestLine));
        if (end < 0) {
            if (buffer.size() > m_limits.maxHeadBytes)
                return fail(431, QStringLiteral("request head larger than %1 bytes").arg(m_limits.maxHeadBytes));
            return m_state;
        }
        if (end + 4 > m_limits.maxHeadBytes)
            return fail(431, QStringLiteral("request head larger than %1 bytes").arg(m_limits.maxHeadBytes));
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        m_request.headBytes = end + 4;
        return parseHead(head);
    }
    if (m_state == State::ReadingBody) {
        const qint64 take = qMin<qint64>(bodyBytesMissing(), buffer.size());
        m_request.body.append(buffer.constData(), take);
        buffer.remove(0, take);
        if (bodyBytesMissing() == 0)
            m_state = State::Complete;
    }
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    // Every line ends in CRLF (the last one's CRLF is part of the terminator we cut off).
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &l = lines[i];
        const bool last = i == lines.size() - 1;
        const qsizetype body = last ? l.size() : l.size() - 1;
        if ((!last && !l.endsWith('\r')) || l.left(body).contains('\r'))
            return fail(400, QStringLiteral("bare CR or LF in the request head"));
    }
    if (!parseRequestLine(lines.first().endsWith('\r') ? lines.first().chopped(1) : lines.first()))
        return m_state;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        if (!parseHeaderLine(line))
            return m_state;
    }
    if (!checkFraming())
        return m_state;
    m_state = State::HeadComplete;
    return m_state;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3) {
        fail(400, QStringLiteral("malformed request line"));
        return false;
    }
    const QByteArray &method = parts[0], &target = parts[1], &version = parts[2];
    if (!isToken(method) || method.size() > 32) {
        fail(400, QStringLiteral("malformed method"));
        return false;
    }
    if (!target.startsWith('/')) {
        fail(400, QStringLiteral("the request target must be an absolute path"));
        return false;
    }
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c >= 0x7f) {
            fail(400, QStringLiteral("invalid byte in the request target"));
            return false;
        }
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9') {
        fail(400, QStringLiteral("malformed HTTP version"));
        return false;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(505, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are supported"));
        return false;
    }
    m_request.method = method;
    m_request.target = target;
    m_request.version = version;
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (m_request.path.contains(QChar(0))) {
        fail(400, QStringLiteral("invalid byte in the request target"));
        return false;
    }
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        fail(400, QStringLiteral("folded header lines are not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
    if (!isToken(name)) {
        fail(400, QStringLiteral("malformed header line"));
        return false;
    }
    const QByteArray value = trimOws(line.mid(colon + 1));
    if (!isFieldValue(value)) {
        fail(400, QStringLiteral("control character in header %1").arg(QString::fromLatin1(name)));
        return false;
    }
    if (m_request.headers.size() >= m_limits.maxHeaders) {
        fail(431, QStringLiteral("more than %1 header fields").arg(m_limits.maxHeaders));
        return false;
    }
    m_request.headers.append({name.toLower(), value});
    return true;
}

bool HttpRequestParser::checkFraming()
{
    if (m_request.version == "HTTP/1.1" && m_request.headerCount("host") != 1) {
        fail(400, QStringLiteral("an HTTP/1.1 request needs exactly one Host header"));
        return false;
    }
    const bool hasTransferEncoding = m_request.hasHeader("transfer-encoding");
    const bool hasLength = m_request.hasHeader("content-length");
    if (hasTransferEncoding && hasLength) {
        fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
        return false;
    }
    if (hasTransferEncoding) {
        const bool chunked = m_request.header("transfer-encoding").toLower().contains("chunked");
        fail(chunked ? 411 : 400, chunked
                                      ? QStringLiteral("chunked transfer coding is not accepted; send Content-Length")
                                      : QStringLiteral("transfer codings are not accepted"));
        return false;
    }
    if (!hasLength) {
        if (methodHasBody(m_request.method)) {
            fail(411, QStringLiteral("Content-Length is required"));
            return false;
        }
        m_request.contentLength = 0;
        return true;
    }
    QByteArray value;
    for (const auto &h : std::as_const(m_request.headers)) {
        if (h.first != "content-length")
            continue;
        if (!value.isNull() && h.second != value) {
            fail(400, QStringLiteral("conflicting Content-Length headers"));
            return false;
        }
        value = h.second;
    }
    bool digits = !value.isEmpty() && value.size() <= 18;
    for (char c : std::as_const(value))
        digits = digits && c >= '0' && c <= '9';
    if (!digits) {
        fail(400, QStringLiteral("malformed Content-Length"));
        return false;
    }
    m_request.contentLength = value.toLongLong();
    if (m_request.contentLength > m_limits.maxBodyBytes) {
        fail(413, QStringLiteral("the body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        return false;
    }
    return true;
}

} // namespace fleet::receiver
