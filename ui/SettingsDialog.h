#pragma once
// The agent's settings: poll interval, the scheduled discovery (off, every N hours or daily at a
// time; targets; which stored credential profiles), the language (after a restart), when a silent
// printer counts as "not reporting", and starting in the tray. OK checks everything first and
// applies through the FleetService and its AppSettings; an invalid value keeps the dialog open with
// the reason shown and nothing changed. The stored profile names are read off the GUI thread.
// Attached to the service (fleetkeeperd), the poll interval and the scheduled discovery go to the
// service (set-schedule, on a connection of the dialog's own): it checks, audits, saves and
// reschedules, and its refusal is shown like any other. The other settings are the desktop's and
// written here.

#include "util/AppSettings.h"
#include "util/ProfileRoot.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace fleet::schedule {
class FleetService;
}
namespace fleet::control {
class DaemonClient;
struct ScheduleChange;
} // namespace fleet::control
namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::security {
class Session;
}

namespace fleet::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // service must outlive the dialog.
    explicit SettingsDialog(schedule::FleetService *service, QWidget *parent = nullptr);
    // Attached to the service (fleetkeeperd): OK sends the schedule to the service and writes the
    // other settings to the profile's ini; the caller then asks the service to reload it. The
    // dialog closes once the service has applied the schedule.
    explicit SettingsDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    // Who presses OK: the change needs change-settings (the core checks it again). Without a
    // session nobody may change anything.
    void setSession(security::Session *session) { m_session = session; }
    void accept() override;
    // Why the last OK was refused; empty when it was not.
    QString errorText() const;

Q_SIGNALS:
    // The stored credential profiles are listed (or could not be read).
    void profilesLoaded();

private:
    SettingsDialog(schedule::FleetService *service, std::unique_ptr<AppSettings> own, const ProfileRoot &profile,
                   QWidget *parent);
    AppSettings &currentSettings();
    QWidget *buildPolling();
    QWidget *buildDiscovery();
    QWidget *buildDesktop();
    void loadValues();
    void loadProfiles();
    void showProfiles(const QStringList &stored, const QString &error);
    void updateDiscoveryFields();
    DiscoverySettings discoveryFromFields() const;
    std::chrono::minutes pollIntervalFromFields() const;
    void refuse(const QString &problem, QWidget *field);
    // After the schedule is applied: the desktop's own settings, then close.
    void applyDesktopSettings();
    // Attached: asks the service to apply change; applyDesktopSettings() follows its yes.
    void sendSchedule(const control::ScheduleChange &change);
    void scheduleAnswered(bool ok, const QString &error);

    schedule::FleetService *m_service;
    security::Session *m_session = nullptr;
    std::unique_ptr<AppSettings> m_ownSettings; // attached: no service here, the ini itself
    ProfileRoot m_profile;
    std::unique_ptr<control::DaemonClient> m_daemon; // attached: while set-schedule is answered
    QString m_secretsPath;
    std::unique_ptr<storage::DatabaseWorker> m_worker;
    QSpinBox *m_pollValue = nullptr;
    QComboBox *m_pollUnit = nullptr;
    QComboBox *m_discoveryMode = nullptr;
    QSpinBox *m_discoveryHours = nullptr;
    QTimeEdit *m_discoveryTime = nullptr;
    QPlainTextEdit *m_targets = nullptr;
    QListWidget *m_profiles = nullptr;
    QLabel *m_profilesNote = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_notReporting = nullptr;
    QCheckBox *m_startMinimised = nullptr;
    QCheckBox *m_autostart = nullptr;
    QSpinBox *m_autoLock = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace fleet::ui
