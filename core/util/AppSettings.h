#pragma once
// Typed access to the profile's fleetkeeper.ini for the desktop app and the schedule: one place
// that knows each key, its default and its valid range. A value that is missing or out of range
// in the file (edited by hand, written by an older version) reads as the default; a setter
// refuses an invalid value with a readable message and writes nothing. The remote-services
// group ("sync") has its own typed class, core/sync/SyncSettings.

#include "util/ProfileRoot.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>

#include <chrono>

namespace fleet {

enum class DiscoveryMode : quint8 { Off, Interval, Daily };

// The scheduled discovery: which targets, with which stored credential profiles, how often.
struct DiscoverySettings
{
    DiscoveryMode mode = DiscoveryMode::Off; // off by default: a sweep is network traffic the admin asks for
    int intervalHours = 24;                  // Interval: hours between the starts of two sweeps
    QTime dailyTime{2, 0};                   // Daily: local time of day
    QStringList targets;                     // specs as typed ("10.0.0.0/24", "printer.example:1161")
    QStringList credentialProfiles;          // stored profile names in trial order; empty: every stored profile

    bool operator==(const DiscoverySettings &other) const = default;
};

class AppSettings final
{
public:
    explicit AppSettings(const QString &iniPath);
    explicit AppSettings(const ProfileRoot &profile);
    Q_DISABLE_COPY_MOVE(AppSettings)

    static constexpr int kMinPollMinutes = 1;
    static constexpr int kMaxPollMinutes = 24 * 60;
    static constexpr int kDefaultPollMinutes = 60;
    static constexpr int kMinDiscoveryHours = 1;
    static constexpr int kMaxDiscoveryHours = 24 * 7;
    static constexpr int kMinNotReportingHours = 1;
    static constexpr int kMaxNotReportingHours = 24 * 30;
    static constexpr int kDefaultNotReportingHours = 24;

    // poll/intervalMinutes
    std::chrono::minutes pollInterval() const;
    QString setPollInterval(std::chrono::minutes interval);
    static QString checkPollInterval(std::chrono::minutes interval);

    // schedule/paused: no job starts on schedule; survives a restart.
    bool schedulePaused() const;
    QString setSchedulePaused(bool paused);

    // discovery/mode, discovery/intervalHours, discovery/dailyTime, discovery/targets,
    // discovery/credentialProfiles. The check covers the ranges only; the targets' syntax is
    // checked by whoever runs them (schedule::ScheduledDiscovery::check).
    DiscoverySettings discovery() const;
    QString setDiscovery(const DiscoverySettings &discovery);
    static QString checkDiscovery(const DiscoverySettings &discovery);

    // ui/language: "" follows the system, else one of supportedLanguages(). Read at start-up only.
    QString language() const;
    QString setLanguage(const QString &code);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("nl")}; }

    // health/notReportingHours: a device without a successful poll for this long is "not reporting".
    std::chrono::hours notReportingAfter() const;
    QString setNotReportingAfter(std::chrono::hours after);
    static QString checkNotReportingAfter(std::chrono::hours after);

    // ui/startMinimised: start in the tray without showing the window (when there is a tray).
    bool startMinimised() const;
    QString setStartMinimised(bool minimised);

    // security/autoLockMinutes: the desktop app locks after this long without input; 0 = never.
    static constexpr int kMaxAutoLockMinutes = 24 * 60;
    static constexpr int kDefaultAutoLockMinutes = 15;
    std::chrono::minutes autoLockAfter() const;
    QString setAutoLockAfter(std::chrono::minutes after);
    static QString checkAutoLockAfter(std::chrono::minutes after);

    // For the groups with their own typed class (SyncSettings::load/save).
    QSettings &settings() { return m_settings; }
    QString filePath() const { return m_settings.fileName(); }

    static QString discoveryModeName(DiscoveryMode mode); // "off", "interval", "daily"

private:
    QString write(std::initializer_list<std::pair<QString, QVariant>> values);
    int boundedInt(const QString &key, int fallback, int min, int max) const;

    QSettings m_settings;
};

} // namespace fleet
