#include "util/AppSettings.h"

#include <QCoreApplication>

namespace fleet {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::AppSettings", s);
}

const QString kPollInterval = QStringLiteral("poll/intervalMinutes");
const QString kPaused = QStringLiteral("schedule/paused");
const QString kDiscoveryMode = QStringLiteral("discovery/mode");
const QString kDiscoveryHours = QStringLiteral("discovery/intervalHours");
const QString kDiscoveryTime = QStringLiteral("discovery/dailyTime");
const QString kDiscoveryTargets = QStringLiteral("discovery/targets");
const QString kDiscoveryProfiles = QStringLiteral("discovery/credentialProfiles");
const QString kLanguage = QStringLiteral("ui/language");
const QString kNotReporting = QStringLiteral("health/notReportingHours");
const QString kStartMinimised = QStringLiteral("ui/startMinimised");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");

const QString kTimeFormat = QStringLiteral("HH:mm");

// QSettings hands a one-element list back as a plain string.
QStringList listValue(const QSettings &settings, const QString &key)
{
    const QVariant v = settings.value(key);
    QStringList out = v.typeId() == QMetaType::QStringList ? v.toStringList() : QStringList{v.toString()};
    out.removeAll(QString());
    return out;
}

} // namespace

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

AppSettings::AppSettings(const ProfileRoot &profile)
    : AppSettings(profile.settingsPath())
{}

QString AppSettings::discoveryModeName(DiscoveryMode mode)
{
    switch (mode) {
    case DiscoveryMode::Off:
        return QStringLiteral("off");
    case DiscoveryMode::Interval:
        return QStringLiteral("interval");
    case DiscoveryMode::Daily:
        return QStringLiteral("daily");
    }
    return QStringLiteral("off");
}

int AppSettings::boundedInt(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int v = m_settings.value(key, fallback).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

QString AppSettings::write(std::initializer_list<std::pair<QString, QVariant>> values)
{
    for (const auto &[key, value] : values)
        m_settings.setValue(key, value);
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return tr("The settings could not be saved to %1.").arg(m_settings.fileName());
    return {};
}

std::chrono::minutes AppSettings::pollInterval() const
{
    return std::chrono::minutes(boundedInt(kPollInterval, kDefaultPollMinutes, kMinPollMinutes, kMaxPollMinutes));
}

QString AppSettings::checkPollInterval(std::chrono::minutes interval)
{
    if (interval.count() < kMinPollMinutes || interval.count() > kMaxPollMinutes)
        return tr("The poll interval must be between 1 minute and 24 hours.");
    return {};
}

QString AppSettings::setPollInterval(std::chrono::minutes interval)
{
    if (QString problem = checkPollInterval(interval); !problem.isEmpty())
        return problem;
    return write({{kPollInterval, int(interval.count())}});
}

bool AppSettings::schedulePaused() const
{
    return m_settings.value(kPaused, false).toBool();
}

QString AppSettings::setSchedulePaused(bool paused)
{
    return write({{kPaused, paused}});
}

DiscoverySettings AppSettings::discovery() const
{
    DiscoverySettings d;
    const QString mode = m_settings.value(kDiscoveryMode).toString();
    if (mode == discoveryModeName(DiscoveryMode::Interval))
        d.mode = DiscoveryMode::Interval;
    else if (mode == discoveryModeName(DiscoveryMode::Daily))
        d.mode = DiscoveryMode::Daily;
    d.intervalHours = boundedInt(kDiscoveryHours, d.intervalHours, kMinDiscoveryHours, kMaxDiscoveryHours);
    const QTime time = QTime::fromString(m_settings.value(kDiscoveryTime).toString(), kTimeFormat);
    if (time.isValid())
        d.dailyTime = time;
    d.targets = listValue(m_settings, kDiscoveryTargets);
    d.credentialProfiles = listValue(m_settings, kDiscoveryProfiles);
    return d;
}

QString AppSettings::checkDiscovery(const DiscoverySettings &d)
{
    if (d.mode == DiscoveryMode::Interval &&
        (d.intervalHours < kMinDiscoveryHours || d.intervalHours > kMaxDiscoveryHours))
        return tr("The discovery interval must be between 1 hour and 7 days.");
    if (d.mode == DiscoveryMode::Daily && !d.dailyTime.isValid())
        return tr("The discovery needs a valid time of day.");
    if (d.mode != DiscoveryMode::Off && d.targets.isEmpty())
        return tr("A scheduled discovery needs at least one target.");
    return {};
}

QString AppSettings::setDiscovery(const DiscoverySettings &d)
{
    if (QString problem = checkDiscovery(d); !problem.isEmpty())
        return problem;
    // Times are stored to the minute: what the dialog shows is what runs.
    return write({{kDiscoveryMode, discoveryModeName(d.mode)},
                  {kDiscoveryHours, d.intervalHours},
                  {kDiscoveryTime, d.dailyTime.isValid() ? d.dailyTime.toString(kTimeFormat) : QString()},
                  {kDiscoveryTargets, d.targets},
                  {kDiscoveryProfiles, d.credentialProfiles}});
}

QString AppSettings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

QString AppSettings::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !supportedLanguages().contains(code))
        return tr("The language %1 is not available.").arg(code);
    return write({{kLanguage, code}});
}

std::chrono::hours AppSettings::notReportingAfter() const
{
    return std::chrono::hours(
        boundedInt(kNotReporting, kDefaultNotReportingHours, kMinNotReportingHours, kMaxNotReportingHours));
}

QString AppSettings::checkNotReportingAfter(std::chrono::hours after)
{
    if (after.count() < kMinNotReportingHours || after.count() > kMaxNotReportingHours)
        return tr("The \"not reporting\" threshold must be between 1 hour and 30 days.");
    return {};
}

QString AppSettings::setNotReportingAfter(std::chrono::hours after)
{
    if (QString problem = checkNotReportingAfter(after); !problem.isEmpty())
        return problem;
    return write({{kNotReporting, int(after.count())}});
}

bool AppSettings::startMinimised() const
{
    return m_settings.value(kStartMinimised, false).toBool();
}

QString AppSettings::setStartMinimised(bool minimised)
{
    return write({{kStartMinimised, minimised}});
}

std::chrono::minutes AppSettings::autoLockAfter() const
{
    return std::chrono::minutes(boundedInt(kAutoLock, kDefaultAutoLockMinutes, 0, kMaxAutoLockMinutes));
}

QString AppSettings::checkAutoLockAfter(std::chrono::minutes after)
{
    if (after.count() < 0 || after.count() > kMaxAutoLockMinutes)
        return tr("The automatic lock must be between 1 minute and 24 hours, or 0 for never.");
    return {};
}

QString AppSettings::setAutoLockAfter(std::chrono::minutes after)
{
    if (QString problem = checkAutoLockAfter(after); !problem.isEmpty())
        return problem;
    return write({{kAutoLock, int(after.count())}});
}

} // namespace fleet
