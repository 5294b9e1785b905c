#include "receiver/HttpMessage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace fleet::receiver {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers)
        if (h.first == lower)
            return h.second;
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return headerCount(name) > 0;
}

int HttpRequest::headerCount(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    int n = 0;
    for (const auto &h : headers)
        n += h.first == lower ? 1 : 0;
    return n;
}

bool HttpRequest::keepAlive() const
{
    // Connection is a comma-separated list of tokens, case-insensitive.
    bool close = false, keep = false;
    for (const auto &h : headers) {
        if (h.first != "connection")
            continue;
        for (const QByteArray &token : h.second.split(',')) {
            const QByteArray t = token.trimmed().toLower();
            close = close || t == "close";
            keep = keep || t == "keep-alive";
        }
    }
    if (close)
        return false;
    return version == "HTTP/1.1" || keep;
}

HttpResponse HttpResponse::json(int status, const QByteArray &jsonBody)
{
    HttpResponse r;
    r.status = status;
    r.body = jsonBody;
    r.contentType = "application/json";
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QByteArray HttpResponse::serialize(bool keepAlive) const
{
    const bool bodiless = status == 204 || status == 304 || (status >= 100 && status < 200);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    // RFC 9110 IMF-fixdate, always in English.
    out += "Date: " +
           QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
               .toLatin1() +
           "\r\n";
    out += "Server: fleetkeeper-receiver\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (!bodiless) {
        if (!contentType.isEmpty() && !body.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!bodiless)
        out += body;
    return out;
}

QString HttpResponse::errorMessage() const
{
    if (status < 400 || contentType != "application/json")
        return {};
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace fleet::receiver
