#pragma once
// The SMTP server the notifications go through: host, port, STARTTLS or implicit TLS, login,
// password (kept in the secrets file, never in the database), sender and CA bundle. "Test
// connection" sends a short message to the sender address with what the form says now, so a
// set-up is proved before it is saved. Reading, saving and SMTP run on a worker thread. OK saves
// through alerting::changeSmtpSettings as the acting user, so the core checks and audits it.

#include "GuardedSettingsDialog.h"
#include "alerting/SmtpSettings.h"
#include "util/ProfileRoot.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::ui {

class SmtpSettingsDialog final : public GuardedSettingsDialog
{
    Q_OBJECT
public:
    explicit SmtpSettingsDialog(const ProfileRoot &profile, QWidget *parent = nullptr);
    ~SmtpSettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SmtpSettingsDialog)

    // What the form says (the password is separate: it goes to the secrets file).
    alerting::SmtpSettings settings() const;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

public Q_SLOTS:
    void testConnection();
    void accept() override; // saves, then closes

private:
    void showSettings(const alerting::SmtpSettings &s, bool passwordSet);
    void updateControls() override;
    void browseCaFile();

    ProfileRoot m_profile;
    storage::DatabaseWorker *m_worker;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_caFile;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace fleet::ui
