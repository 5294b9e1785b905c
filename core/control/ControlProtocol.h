#pragma once
// The control protocol spoken on the daemon's local socket: one JSON object per line (UTF-8,
// '\n'-terminated), each carrying the protocol version "v".
//
//   request   {"v":1,"id":7,"request":"status"}
//             {"v":1,"id":8,"request":"set-schedule","schedule":{"pollIntervalMinutes":15}}
//   response  {"v":1,"id":7,"ok":true,"result":{...}}    or   {"v":1,"id":7,"ok":false,"error":"..."}
//   event     {"v":1,"event":"poll-finished","data":{...}}   (only to connections that subscribed)
//
// Everything a peer sends is untrusted: lines are bounded, unknown fields are ignored, anything
// else that is not a well-formed request gets an error response (the connection stays usable
// unless the line was oversized, which closes it). Names and roles a peer claims are ignored: the
// daemon decides who acts from the socket's peer credentials.

#include "control/ScheduleChange.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace fleet::control {

constexpr int kProtocolVersion = 1;
// A request is a few dozen bytes, set-schedule with its discovery targets a few kilobytes; anything
// near this is not one.
constexpr qsizetype kMaxRequestBytes = 16 * 1024;
// Status with its recent errors stays far below; a client drops a daemon that sends more.
constexpr qsizetype kMaxResponseBytes = 1024 * 1024;
// Concurrent connections the daemon serves (the app, a CLI or two).
constexpr int kMaxConnections = 16;

enum class RequestType : quint8 { Status, PollNow, Pause, Resume, ReloadSettings, SyncNow, Subscribe, SetSchedule };

QString requestName(RequestType type);
std::optional<RequestType> requestFromName(const QString &name);

struct Request
{
    RequestType type = RequestType::Status;
    qint64 id = 0;           // echoed in the response; 0 when the client sent none
    ScheduleChange schedule; // set-schedule: what to apply (the "schedule" object); empty otherwise
};

// A request line (without the newline). The error is a sentence for the error response.
Expected<Request> parseRequest(const QByteArray &line);
// The id of a line that failed to parse, when one can be read (so the error answers it).
qint64 requestIdOf(const QByteArray &line);

QByteArray encodeRequest(const Request &request);
QByteArray encodeResponse(qint64 id, const QJsonObject &result);
QByteArray encodeError(qint64 id, const QString &error);
QByteArray encodeEvent(const QString &event, const QJsonObject &data);

// One line a client received: a response (id, ok, result or error) or an event.
struct Message
{
    bool isEvent = false;
    qint64 id = 0;
    bool ok = false;
    QJsonObject result; // response: result; event: data
    QString error;
    QString event;
};
Expected<Message> parseMessage(const QByteArray &line);

// Event names.
inline QString eventPollStarted()
{
    return QStringLiteral("poll-started");
}
inline QString eventPollProgress()
{
    return QStringLiteral("poll-progress");
}
inline QString eventPollFinished()
{
    return QStringLiteral("poll-finished");
}
inline QString eventDiscoveryStarted()
{
    return QStringLiteral("discovery-started");
}
inline QString eventDiscoveryFinished()
{
    return QStringLiteral("discovery-finished");
}
inline QString eventPausedChanged()
{
    return QStringLiteral("paused-changed");
}
inline QString eventScheduleChanged()
{
    return QStringLiteral("schedule-changed");
}
inline QString eventSettingsReloaded()
{
    return QStringLiteral("settings-reloaded");
}
inline QString eventSyncFinished()
{
    return QStringLiteral("sync-finished");
}

} // namespace fleet::control
