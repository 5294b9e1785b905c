#pragma once
// The alert profiles: who hears of which conditions, of which devices, and how. A list on the
// left, the selected profile's form on the right (conditions, alert categories, minimum severity,
// devices: all, by location, by model or a list; recipients; at once or in a daily digest at an
// hour; quiet hours; mail on clear; reminder interval). Profiles the remote-services server set
// ("remote:" names) are shown read-only: the next sync would undo any local change.
// "Send test e-mail" sends the selected profile's test message through SmtpSender on the worker
// thread and shows what the server said. Every read and write runs on a database worker.

#include "alerting/AlertProfile.h"
#include "security/Permissions.h"
#include "util/ProfileRoot.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class AlertProfilesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AlertProfilesDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~AlertProfilesDialog() override;
    Q_DISABLE_COPY_MOVE(AlertProfilesDialog)

    static bool isRemote(const alerting::AlertProfile &p);
    const QList<alerting::AlertProfile> &profiles() const { return m_profiles; }
    // The form's content as a profile (id of the profile being edited, 0 for a new one).
    alerting::AlertProfile formProfile() const;
    bool isBusy() const { return m_busy; }
    // Seam for tests: asked before a profile is removed (default: a message box).
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // Who saves and removes profiles: the core checks change-settings and audits it. Without one the
    // dialog acts as an anonymous Customer and is refused.
    void setActor(const security::Actor &actor) { m_actor = actor; }

Q_SIGNALS:
    void loaded(int profiles);
    void saved(const QString &name);
    void removed(const QString &name);
    void failed(const QString &message);
    void testMailFinished(bool ok, const QString &message);

public Q_SLOTS:
    void reload();
    void newProfile();
    void saveProfile();
    void removeProfile();
    void sendTestMail();

private:
    void buildForm();
    void showProfile(int row);
    void setStatus(const QString &text);
    void setBusy(bool busy);
    void updateButtons();

    ProfileRoot m_profile;
    storage::DatabaseWorker *m_worker;
    security::Actor m_actor;
    QList<alerting::AlertProfile> m_profiles;
    qint64 m_editingId = 0;
    bool m_busy = false;
    std::function<bool(const QString &)> m_confirm;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QPushButton *m_save;
    QLabel *m_status;
    QLabel *m_remoteNote;
    QGroupBox *m_editor;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QListWidget *m_kinds;
    QListWidget *m_categories;
    QComboBox *m_minSeverity;
    QComboBox *m_scope;
    QLineEdit *m_scopeValues;
    QLineEdit *m_recipients;
    QComboBox *m_delivery;
    QSpinBox *m_digestHour;
    QCheckBox *m_quiet;
    QTimeEdit *m_quietStart;
    QTimeEdit *m_quietEnd;
    QCheckBox *m_notifyClear;
    QSpinBox *m_reminderHours;
};

} // namespace fleet::ui
