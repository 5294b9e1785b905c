#include "control/ScheduleChange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace fleet::control {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::control", s);
}

const QString kPollInterval = QStringLiteral("pollIntervalMinutes");
const QString kDiscovery = QStringLiteral("discovery");
const QString kMode = QStringLiteral("mode");
const QString kIntervalHours = QStringLiteral("intervalHours");
const QString kDailyTime = QStringLiteral("dailyTime");
const QString kTargets = QStringLiteral("targets");
const QString kProfiles = QStringLiteral("credentialProfiles");
const QString kTimeFormat = QStringLiteral("HH:mm");

// The first field of object that is not among known; empty when there is none.
QString unknownField(const QJsonObject &object, const QSet<QString> &known)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return it.key().left(64);
    }
    return {};
}

Expected<int> wholeNumber(const QJsonValue &value, const QString &field, int min, int max)
{
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d))
        return Expected<int>::failure(tr("\"%1\" is not a whole number.").arg(field));
    if (d < min || d > max)
        return Expected<int>::failure(tr("\"%1\" must be between %2 and %3.").arg(field).arg(min).arg(max));
    return int(d);
}

Expected<QStringList> textList(const QJsonValue &value, const QString &field, int maxItems, int maxChars)
{
    if (!value.isArray())
        return Expected<QStringList>::failure(tr("\"%1\" is not a list.").arg(field));
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return Expected<QStringList>::failure(tr("\"%1\" has more than %2 entries.").arg(field).arg(maxItems));
    QStringList list;
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return Expected<QStringList>::failure(tr("An entry of \"%1\" is not text.").arg(field));
        if (item.toString().size() > maxChars)
            return Expected<QStringList>::failure(
                tr("An entry of \"%1\" is longer than %2 characters.").arg(field).arg(maxChars));
        list << item.toString();
    }
    return list;
}

Expected<DiscoverySettings> discoveryFromJson(const QJsonValue &value)
{
    using Result = Expected<DiscoverySettings>;
    if (!value.isObject())
        return Result::failure(tr("\"discovery\" is not a JSON object."));
    const QJsonObject object = value.toObject();
    if (const QString unknown = unknownField(object, {kMode, kIntervalHours, kDailyTime, kTargets, kProfiles});
        !unknown.isEmpty())
        return Result::failure(tr("Unknown discovery field \"%1\".").arg(unknown));
    // Every field is required: the settings are replaced as a whole, never merged with a guess.
    for (const QString &field : {kMode, kIntervalHours, kDailyTime, kTargets, kProfiles}) {
        if (!object.contains(field))
            return Result::failure(tr("The discovery settings lack \"%1\".").arg(field));
    }
    DiscoverySettings d;
    const QString mode = object.value(kMode).isString() ? object.value(kMode).toString() : QString();
    if (mode == AppSettings::discoveryModeName(DiscoveryMode::Off))
        d.mode = DiscoveryMode::Off;
    else if (mode == AppSettings::discoveryModeName(DiscoveryMode::Interval))
        d.mode = DiscoveryMode::Interval;
    else if (mode == AppSettings::discoveryModeName(DiscoveryMode::Daily))
        d.mode = DiscoveryMode::Daily;
    else
        return Result::failure(tr("The discovery mode must be \"off\", \"interval\" or \"daily\"."));
    const auto hours = wholeNumber(object.value(kIntervalHours), kIntervalHours, AppSettings::kMinDiscoveryHours,
                                   AppSettings::kMaxDiscoveryHours);
    if (!hours)
        return Result::failure(hours.error());
    d.intervalHours = *hours;
    const QJsonValue time = object.value(kDailyTime);
    d.dailyTime = time.isString() && time.toString().size() == kTimeFormat.size()
                      ? QTime::fromString(time.toString(), kTimeFormat)
                      : QTime();
    if (!d.dailyTime.isValid())
        return Result::failure(tr("\"dailyTime\" is not a time of day as HH:mm."));
    const auto targets = textList(object.value(kTargets), kTargets, kMaxScheduleTargets, kMaxScheduleTargetChars);
    if (!targets)
        return Result::failure(targets.error());
    d.targets = *targets;
    const auto profiles = textList(object.value(kProfiles), kProfiles, kMaxScheduleProfiles, kMaxScheduleProfileChars);
    if (!profiles)
        return Result::failure(profiles.error());
    d.credentialProfiles = *profiles;
    return d;
}

} // namespace

QJsonObject scheduleToJson(const ScheduleChange &change)
{
    QJsonObject object;
    if (change.pollIntervalMinutes)
        object.insert(kPollInterval, *change.pollIntervalMinutes);
    if (const auto &d = change.discovery) {
        object.insert(kDiscovery, QJsonObject{{kMode, AppSettings::discoveryModeName(d->mode)},
                                              {kIntervalHours, d->intervalHours},
                                              {kDailyTime, d->dailyTime.isValid() ? d->dailyTime.toString(kTimeFormat)
                                                                                  : QStringLiteral("02:00")},
                                              {kTargets, QJsonArray::fromStringList(d->targets)},
                                              {kProfiles, QJsonArray::fromStringList(d->credentialProfiles)}});
    }
    return object;
}

Expected<ScheduleChange> scheduleFromJson(const QJsonValue &value)
{
    using Result = Expected<ScheduleChange>;
    if (!value.isObject())
        return Result::failure(tr("set-schedule needs a \"schedule\" object."));
    const QJsonObject object = value.toObject();
    if (const QString unknown = unknownField(object, {kPollInterval, kDiscovery}); !unknown.isEmpty())
        return Result::failure(tr("Unknown schedule field \"%1\".").arg(unknown));
    ScheduleChange change;
    if (object.contains(kPollInterval)) {
        const auto minutes = wholeNumber(object.value(kPollInterval), kPollInterval, AppSettings::kMinPollMinutes,
                                         AppSettings::kMaxPollMinutes);
        if (!minutes)
            return Result::failure(minutes.error());
        change.pollIntervalMinutes = *minutes;
    }
    if (object.contains(kDiscovery)) {
        auto discovery = discoveryFromJson(object.value(kDiscovery));
        if (!discovery)
            return Result::failure(discovery.error());
        change.discovery = *discovery;
    }
    if (change.isEmpty())
        return Result::failure(tr("The schedule names nothing to change."));
    return change;
}

} // namespace fleet::control
