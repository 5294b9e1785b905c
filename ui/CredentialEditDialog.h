#pragma once
// Edits one credential profile: version, community or SNMPv3 user with its protocols and
// passphrases, and the timing. Only the fields the version and security level use are enabled; OK
// stays disabled while the profile is unusable, with the reason shown. "Test" asks one host with
// the profile as it stands (asynchronously, cancel-able) and shows the classified outcome.

#include "discovery/CredentialTester.h"
#include "snmp/Credential.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fleet::ui {

class CredentialEditDialog final : public QDialog
{
    Q_OBJECT
public:
    // otherNames: the names of the other profiles, which this one must not take.
    explicit CredentialEditDialog(const snmp::Credential &credential, const QStringList &otherNames,
                                  QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialEditDialog)

    // The profile as the fields describe it; fields the version or level does not use are cleared,
    // so no unused secret is ever stored.
    snmp::Credential credential() const;
    // Empty when the profile can be saved; otherwise why not, as shown in the dialog.
    QString problem() const;

    bool isTesting() const { return m_tester.isRunning(); }
    const std::optional<discovery::CredentialTestResult> &lastTestResult() const { return m_lastTest; }
    // The text shown for a test outcome (also for tests and accessibility).
    static QString describeTestResult(const discovery::CredentialTestResult &result);

Q_SIGNALS:
    void testFinished(const fleet::discovery::CredentialTestResult &result);

public Q_SLOTS:
    void startTest();
    void cancelTest();
    void reject() override;

private:
    QGroupBox *buildCommunityGroup();
    QGroupBox *buildUserGroup();
    QGroupBox *buildTimingGroup();
    QGroupBox *buildTestGroup();
    void load(const snmp::Credential &c);
    void updateState();
    void onTestFinished(const discovery::CredentialTestResult &result);

    QStringList m_otherNames;
    discovery::CredentialTester m_tester;
    std::optional<discovery::CredentialTestResult> m_lastTest;

    QLineEdit *m_name = nullptr;
    QComboBox *m_version = nullptr;
    QGroupBox *m_communityGroup = nullptr;
    QLineEdit *m_community = nullptr;
    QCheckBox *m_showCommunity = nullptr;
    QGroupBox *m_userGroup = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_authProtocol = nullptr;
    QLineEdit *m_authPassphrase = nullptr;
    QComboBox *m_privProtocol = nullptr;
    QLineEdit *m_privPassphrase = nullptr;
    QCheckBox *m_showPassphrases = nullptr;
    QLineEdit *m_context = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QSpinBox *m_maxRepetitions = nullptr;
    QLineEdit *m_testHost = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelTestButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fleet::ui
