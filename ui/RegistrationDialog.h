#pragma once
// Registration with a remote-services server (R3.2): the server and the registration key from the
// provider, who this agent is for, how it trusts the server (CA bundle or the system CAs, an
// optional pin), the client certificate it proves itself with and the proxy. The settings go to
// fleetkeeper.ini and the two local secrets to the secrets file, as `fleetkeeper-cli register`
// does; registering runs off the GUI thread and ends with the agent id or the classified error.

#include "security/Permissions.h"
#include "sync/SyncClient.h"
#include "sync/SyncError.h"
#include "sync/SyncSettings.h"
#include "util/ProfileRoot.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fleet::ui {

class SyncAgentRunner;

class RegistrationDialog final : public QDialog
{
    Q_OBJECT
public:
    // actor registers (register-server, checked by the core and audited).
    RegistrationDialog(const ProfileRoot &profile, const security::Actor &actor, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    // Every problem with the fields, one per line; empty when Register may go ahead.
    QString problems() const;
    QString message() const;

public Q_SLOTS:
    void registerAgent();

Q_SIGNALS:
    void ready(); // the saved settings are in the fields
    void registered(const QString &agentId);
    void registrationFailed(const fleet::sync::SyncError &error);

private:
    void fill(const sync::SyncSettings &settings);
    void apply(sync::SyncSettings &settings) const;
    sync::RegistrationRequest request() const;
    void updateEnabled();
    void showMessage(const QString &text, bool error);
    QPushButton *browseButton(QLineEdit *target, const QString &title, const QString &filter);

    ProfileRoot m_profile;
    security::Actor m_actor;
    SyncAgentRunner *m_runner;
    QLineEdit *m_server;
    QLineEdit *m_key;
    QLineEdit *m_account;
    QLineEdit *m_site;
    QLineEdit *m_email;
    QCheckBox *m_systemCas;
    QLineEdit *m_caFile;
    QLineEdit *m_pin;
    QComboBox *m_certKind;
    QLineEdit *m_certFile;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QLabel *m_message;
    QPushButton *m_register;
    QList<QWidget *> m_caWidgets;
    QList<QWidget *> m_keyWidgets;
    QList<QWidget *> m_proxyWidgets;
    sync::SecurityMode m_mode = sync::SecurityMode::Normal;
    bool m_ready = false;
    bool m_busy = false;
};

} // namespace fleet::ui
