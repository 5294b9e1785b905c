#include "control/ControlProtocol.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace fleet::control {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::control", s);
}

const QHash<QString, RequestType> &requestNames()
{
    static const QHash<QString, RequestType> names{
        {QStringLiteral("status"), RequestType::Status},
        {QStringLiteral("poll-now"), RequestType::PollNow},
        {QStringLiteral("pause"), RequestType::Pause},
        {QStringLiteral("resume"), RequestType::Resume},
        {QStringLiteral("reload-settings"), RequestType::ReloadSettings},
        {QStringLiteral("sync-now"), RequestType::SyncNow},
        {QStringLiteral("subscribe"), RequestType::Subscribe},
        {QStringLiteral("set-schedule"), RequestType::SetSchedule},
    };
    return names;
}

// Ids are whole numbers a double represents exactly; anything else is not an id.
std::optional<qint64> idFrom(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double kMaxExact = 9007199254740991.0; // 2^53 - 1
    if (!std::isfinite(d) || d != std::floor(d) || d < 0 || d > kMaxExact)
        return std::nullopt;
    return qint64(d);
}

Expected<QJsonObject> objectFrom(const QByteArray &line, qsizetype limit)
{
    if (line.size() > limit)
        return Expected<QJsonObject>::failure(tr("The message is longer than %1 bytes.").arg(limit));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        return Expected<QJsonObject>::failure(tr("The message is not JSON: %1.").arg(error.errorString()));
    if (!doc.isObject())
        return Expected<QJsonObject>::failure(tr("The message is not a JSON object."));
    return doc.object();
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QString requestName(RequestType type)
{
    return requestNames().key(type);
}

std::optional<RequestType> requestFromName(const QString &name)
{
    const auto it = requestNames().constFind(name);
    return it == requestNames().cend() ? std::nullopt : std::optional(*it);
}

Expected<Request> parseRequest(const QByteArray &text)
{
    auto object = objectFrom(text, kMaxRequestBytes);
    if (!object)
        return Expected<Request>::failure(object.error());
    const QJsonValue version = object->value(u"v");
    if (!version.isDouble() || version.toDouble() != kProtocolVersion)
        return Expected<Request>::failure(
            tr("Unsupported protocol version (this daemon speaks version %1).").arg(kProtocolVersion));
    const auto id = idFrom(object->value(u"id"));
    if (!id)
        return Expected<Request>::failure(tr("The request id is not a whole number."));
    const QJsonValue name = object->value(u"request");
    if (!name.isString())
        return Expected<Request>::failure(tr("The message names no request."));
    const auto type = requestFromName(name.toString());
    if (!type)
        return Expected<Request>::failure(tr("Unknown request \"%1\".").arg(name.toString().left(64)));
    Request request{*type, *id, {}};
    if (*type == RequestType::SetSchedule) {
        auto schedule = scheduleFromJson(object->value(u"schedule"));
        if (!schedule)
            return Expected<Request>::failure(schedule.error());
        request.schedule = *schedule;
    }
    return request;
}

qint64 requestIdOf(const QByteArray &text)
{
    auto object = objectFrom(text, kMaxRequestBytes);
    if (!object)
        return 0;
    return idFrom(object->value(u"id")).value_or(0);
}

QByteArray encodeRequest(const Request &request)
{
    QJsonObject object{{QStringLiteral("v"), kProtocolVersion},
                       {QStringLiteral("id"), double(request.id)},
                       {QStringLiteral("request"), requestName(request.type)}};
    if (request.type == RequestType::SetSchedule)
        object.insert(QStringLiteral("schedule"), scheduleToJson(request.schedule));
    return line(object);
}

QByteArray encodeResponse(qint64 id, const QJsonObject &result)
{
    return line({{QStringLiteral("v"), kProtocolVersion},
                 {QStringLiteral("id"), double(id)},
                 {QStringLiteral("ok"), true},
                 {QStringLiteral("result"), result}});
}

QByteArray encodeError(qint64 id, const QString &error)
{
    return line({{QStringLiteral("v"), kProtocolVersion},
                 {QStringLiteral("id"), double(id)},
                 {QStringLiteral("ok"), false},
                 {QStringLiteral("error"), error}});
}

QByteArray encodeEvent(const QString &event, const QJsonObject &data)
{
    return line(
        {{QStringLiteral("v"), kProtocolVersion}, {QStringLiteral("event"), event}, {QStringLiteral("data"), data}});
}

Expected<Message> parseMessage(const QByteArray &text)
{
    auto object = objectFrom(text, kMaxResponseBytes);
    if (!object)
        return Expected<Message>::failure(object.error());
    if (object->value(u"v").toDouble() != kProtocolVersion)
        return Expected<Message>::failure(
            tr("The daemon speaks another protocol version (%1).").arg(object->value(u"v").toVariant().toString()));
    Message m;
    if (object->contains(u"event")) {
        m.isEvent = true;
        m.event = object->value(u"event").toString();
        m.result = object->value(u"data").toObject();
        if (m.event.isEmpty())
            return Expected<Message>::failure(tr("An event without a name."));
        return m;
    }
    const auto id = idFrom(object->value(u"id"));
    if (!id || !object->value(u"ok").isBool())
        return Expected<Message>::failure(tr("A response without an id or status."));
    m.id = *id;
    m.ok = object->value(u"ok").toBool();
    m.result = object->value(u"result").toObject();
    m.error = object->value(u"error").toString();
    return m;
}

} // namespace fleet::control
