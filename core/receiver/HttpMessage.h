#pragma once
// HTTP/1.1 messages as the receiver sees them: a parsed request (head and body) and the response
// it writes. Only what the protocol needs: origin-form targets, Content-Length bodies, no
// trailers, no chunked coding.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace fleet::receiver {

struct HttpRequest
{
    QByteArray method;                            // as sent, case-sensitive ("GET", "POST")
    QByteArray target;                            // origin-form: path plus optional "?query"
    QString path;                                 // the percent-decoded path part of target
    QByteArray query;                             // after '?', undecoded
    QByteArray version;                           // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed, in order
    qint64 contentLength = 0;
    QByteArray body;
    qint64 headBytes = 0; // size of the request line and headers on the wire

    // First value of the header (name in any case); a null QByteArray when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    int headerCount(const QByteArray &name) const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; 1.0 only with "keep-alive".
    bool keepAlive() const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers; Content-Length etc. are added
    QByteArray body;
    QByteArray contentType; // empty when there is no body

    static HttpResponse json(int status, const QByteArray &jsonBody);
    // {"error": message}: every 4xx/5xx of the receiver has this body.
    static HttpResponse error(int status, const QString &message);
    static HttpResponse empty(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    // The message on the wire. HEAD-style bodiless statuses (204, 304) never carry a body.
    QByteArray serialize(bool keepAlive) const;
    // The "error" member of an error body, for the request log; empty for other bodies.
    QString errorMessage() const;
};

QByteArray reasonPhrase(int status);

} // namespace fleet::receiver
