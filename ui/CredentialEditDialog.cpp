#include "CredentialEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet::ui {

using snmp::AuthProtocol;
using snmp::PrivProtocol;
using snmp::SecurityLevel;
using snmp::Version;

namespace {
template <typename E> E currentEnum(const QComboBox *combo)
{
    return E(combo->currentData().toInt());
}

template <typename E> void selectEnum(QComboBox *combo, E value)
{
    const int i = combo->findData(int(value));
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    // Device answers (sysDescr...) are untrusted text: never let a label read them as HTML.
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

CredentialEditDialog::CredentialEditDialog(const snmp::Credential &credential, const QStringList &otherNames,
                                           QWidget *parent)
    : QDialog(parent)
    , m_otherNames(otherNames)
{
    setWindowTitle(credential.name.isEmpty() ? tr("New credential profile")
                                             : tr("Credential profile %1").arg(credential.name));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->addItem(tr("SNMPv1"), int(Version::V1));
    m_version->addItem(tr("SNMPv2c"), int(Version::V2c));
    m_version->addItem(tr("SNMPv3"), int(Version::V3));

    auto *top = new QFormLayout;
    top->addRow(tr("&Name:"), m_name);
    top->addRow(tr("&Version:"), m_version);

    m_problem = plainLabel(this, QStringLiteral("problemLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CredentialEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buildCommunityGroup());
    layout->addWidget(buildUserGroup());
    layout->addWidget(buildTimingGroup());
    layout->addWidget(buildTestGroup());
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(&m_tester, &discovery::CredentialTester::finished, this, &CredentialEditDialog::onTestFinished);
    load(credential);

    for (QLineEdit *edit : {m_name, m_community, m_user, m_authPassphrase, m_privPassphrase, m_context, m_testHost})
        connect(edit, &QLineEdit::textChanged, this, &CredentialEditDialog::updateState);
    for (QComboBox *combo : {m_version, m_level, m_authProtocol, m_privProtocol})
        connect(combo, &QComboBox::currentIndexChanged, this, &CredentialEditDialog::updateState);
    for (QSpinBox *spin : {m_timeout, m_retries, m_maxRepetitions})
        connect(spin, &QSpinBox::valueChanged, this, &CredentialEditDialog::updateState);
    for (QCheckBox *check : {m_showCommunity, m_showPassphrases})
        connect(check, &QCheckBox::toggled, this, &CredentialEditDialog::updateState);
    updateState();
}

QGroupBox *CredentialEditDialog::buildCommunityGroup()
{
    m_communityGroup = new QGroupBox(tr("SNMPv1 and v2c"), this);
    m_community = new QLineEdit(this);
    m_community->setObjectName(QStringLiteral("communityEdit"));
    m_showCommunity = new QCheckBox(tr("&Show community"), this);
    m_showCommunity->setObjectName(QStringLiteral("showCommunityCheck"));
    auto *form = new QFormLayout(m_communityGroup);
    form->addRow(tr("&Community:"), m_community);
    form->addRow(QString(), m_showCommunity);
    return m_communityGroup;
}

QGroupBox *CredentialEditDialog::buildUserGroup()
{
    m_userGroup = new QGroupBox(tr("SNMPv3"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->addItem(tr("No authentication, no privacy (noAuthNoPriv)"), int(SecurityLevel::NoAuthNoPriv));
    m_level->addItem(tr("Authentication, no privacy (authNoPriv)"), int(SecurityLevel::AuthNoPriv));
    m_level->addItem(tr("Authentication and privacy (authPriv)"), int(SecurityLevel::AuthPriv));
    m_authProtocol = new QComboBox(this);
    m_authProtocol->setObjectName(QStringLiteral("authProtocolCombo"));
    for (AuthProtocol p : {AuthProtocol::MD5, AuthProtocol::SHA1, AuthProtocol::SHA224, AuthProtocol::SHA256,
                           AuthProtocol::SHA384, AuthProtocol::SHA512})
        m_authProtocol->addItem(snmp::authProtocolName(p), int(p));
    m_authPassphrase = new QLineEdit(this);
    m_authPassphrase->setObjectName(QStringLiteral("authPassphraseEdit"));
    m_privProtocol = new QComboBox(this);
    m_privProtocol->setObjectName(QStringLiteral("privProtocolCombo"));
    for (PrivProtocol p : {PrivProtocol::DES, PrivProtocol::AES128, PrivProtocol::AES192, PrivProtocol::AES256,
                           PrivProtocol::AES192C, PrivProtocol::AES256C})
        m_privProtocol->addItem(snmp::privProtocolName(p), int(p));
    // Both key extensions are found in the field and are not interchangeable: say which is which.
    const QString blumenthal = tr("Blumenthal key extension (Net-SNMP “AES-192”/“AES-256”, most agents)");
    const QString reeder = tr("Reeder key extension (Cisco and some printers)");
    m_privProtocol->setItemData(m_privProtocol->findData(int(PrivProtocol::AES192)), blumenthal, Qt::ToolTipRole);
    m_privProtocol->setItemData(m_privProtocol->findData(int(PrivProtocol::AES256)), blumenthal, Qt::ToolTipRole);
    m_privProtocol->setItemData(m_privProtocol->findData(int(PrivProtocol::AES192C)), reeder, Qt::ToolTipRole);
    m_privProtocol->setItemData(m_privProtocol->findData(int(PrivProtocol::AES256C)), reeder, Qt::ToolTipRole);
    m_privPassphrase = new QLineEdit(this);
    m_privPassphrase->setObjectName(QStringLiteral("privPassphraseEdit"));
    m_showPassphrases = new QCheckBox(tr("Show &passphrases"), this);
    m_showPassphrases->setObjectName(QStringLiteral("showPassphrasesCheck"));
    m_context = new QLineEdit(this);
    m_context->setObjectName(QStringLiteral("contextEdit"));
    m_context->setPlaceholderText(tr("usually empty"));

    auto *form = new QFormLayout(m_userGroup);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Security &level:"), m_level);
    form->addRow(tr("&Authentication:"), m_authProtocol);
    form->addRow(tr("Authentication pa&ssphrase:"), m_authPassphrase);
    form->addRow(tr("P&rivacy:"), m_privProtocol);
    form->addRow(tr("Privac&y passphrase:"), m_privPassphrase);
    form->addRow(QString(), m_showPassphrases);
    form->addRow(tr("Conte&xt name:"), m_context);
    return m_userGroup;
}

QGroupBox *CredentialEditDialog::buildTimingGroup()
{
    auto *group = new QGroupBox(tr("Timing"), this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(10, 120000);
    m_timeout->setSingleStep(100);
    m_timeout->setSuffix(tr(" ms"));
    m_retries = new QSpinBox(this);
    m_retries->setObjectName(QStringLiteral("retriesSpin"));
    m_retries->setRange(0, 10);
    m_maxRepetitions = new QSpinBox(this);
    m_maxRepetitions->setObjectName(QStringLiteral("maxRepetitionsSpin"));
    m_maxRepetitions->setRange(1, 1000);
    auto *form = new QFormLayout(group);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("R&etries:"), m_retries);
    form->addRow(tr("&Max repetitions:"), m_maxRepetitions);
    return group;
}

QGroupBox *CredentialEditDialog::buildTestGroup()
{
    auto *group = new QGroupBox(tr("Test against a host"), this);
    m_testHost = new QLineEdit(this);
    m_testHost->setObjectName(QStringLiteral("testHostEdit"));
    m_testHost->setPlaceholderText(tr("name, IPv4 or IPv6 address, optionally :port"));
    m_testHost->setAccessibleName(tr("Host to test"));
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_cancelTestButton = new QPushButton(tr("Stop test"), this);
    m_cancelTestButton->setObjectName(QStringLiteral("cancelTestButton"));
    m_cancelTestButton->setAutoDefault(false);
    m_testResult = plainLabel(this, QStringLiteral("testResultLabel"));
    m_testResult->setAccessibleName(tr("Test result"));
    connect(m_testButton, &QPushButton::clicked, this, &CredentialEditDialog::startTest);
    connect(m_cancelTestButton, &QPushButton::clicked, this, &CredentialEditDialog::cancelTest);
    connect(m_testHost, &QLineEdit::returnPressed, this, &CredentialEditDialog::startTest);

    auto *row = new QHBoxLayout;
    row->addWidget(m_testHost, 1);
    row->addWidget(m_testButton);
    row->addWidget(m_cancelTestButton);
    auto *layout = new QVBoxLayout(group);
    layout->addLayout(row);
    layout->addWidget(m_testResult);
    return group;
}

void CredentialEditDialog::load(const snmp::Credential &c)
{
    m_name->setText(c.name);
    selectEnum(m_version, c.version);
    m_community->setText(c.community);
    m_user->setText(c.user);
    selectEnum(m_level, c.level);
    // A profile that never had a protocol gets today's common choice, not the oldest one.
    selectEnum(m_authProtocol, c.authProtocol == AuthProtocol::None ? AuthProtocol::SHA256 : c.authProtocol);
    selectEnum(m_privProtocol, c.privProtocol == PrivProtocol::None ? PrivProtocol::AES128 : c.privProtocol);
    m_authPassphrase->setText(c.authPassword);
    m_privPassphrase->setText(c.privPassword);
    m_context->setText(c.contextName);
    m_timeout->setValue(c.timeoutMs);
    m_retries->setValue(c.retries);
    m_maxRepetitions->setValue(c.maxRepetitions);
}

snmp::Credential CredentialEditDialog::credential() const
{
    snmp::Credential c;
    c.name = m_name->text().trimmed();
    c.version = currentEnum<Version>(m_version);
    c.timeoutMs = m_timeout->value();
    c.retries = m_retries->value();
    c.maxRepetitions = m_maxRepetitions->value();
    if (c.version != Version::V3) {
        c.community = m_community->text();
        return c;
    }
    c.community.clear();
    c.user = m_user->text();
    c.level = currentEnum<SecurityLevel>(m_level);
    c.contextName = m_context->text();
    if (c.level != SecurityLevel::NoAuthNoPriv) {
        c.authProtocol = currentEnum<AuthProtocol>(m_authProtocol);
        c.authPassword = m_authPassphrase->text();
    }
    if (c.level == SecurityLevel::AuthPriv) {
        c.privProtocol = currentEnum<PrivProtocol>(m_privProtocol);
        c.privPassword = m_privPassphrase->text();
    }
    return c;
}

QString CredentialEditDialog::problem() const
{
    const snmp::Credential c = credential();
    if (c.name.isEmpty())
        return tr("Give the profile a name.");
    if (c.name.contains(u'/'))
        return tr("A profile name cannot contain “/”.");
    for (const QString &other : m_otherNames)
        // Names differing only in case would confuse whoever picks one from a list.
        if (other.compare(c.name, Qt::CaseInsensitive) == 0)
            return tr("Another profile is already named “%1”.").arg(other);
    return c.validate();
}

void CredentialEditDialog::updateState()
{
    const bool v3 = currentEnum<Version>(m_version) == Version::V3;
    const auto level = currentEnum<SecurityLevel>(m_level);
    m_communityGroup->setEnabled(!v3);
    m_userGroup->setEnabled(v3);
    m_authProtocol->setEnabled(level != SecurityLevel::NoAuthNoPriv);
    m_authPassphrase->setEnabled(level != SecurityLevel::NoAuthNoPriv);
    m_privProtocol->setEnabled(level == SecurityLevel::AuthPriv);
    m_privPassphrase->setEnabled(level == SecurityLevel::AuthPriv);
    m_showPassphrases->setEnabled(level != SecurityLevel::NoAuthNoPriv);
    m_community->setEchoMode(m_showCommunity->isChecked() ? QLineEdit::Normal : QLineEdit::Password);
    const auto passphraseMode = m_showPassphrases->isChecked() ? QLineEdit::Normal : QLineEdit::Password;
    m_authPassphrase->setEchoMode(passphraseMode);
    m_privPassphrase->setEchoMode(passphraseMode);

    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());

    const bool testing = m_tester.isRunning();
    // A test needs a usable credential, not a unique name: testing a copy of a profile is fine.
    m_testButton->setEnabled(!testing && credential().validate().isEmpty() && !m_testHost->text().trimmed().isEmpty());
    m_cancelTestButton->setEnabled(testing);
}

void CredentialEditDialog::startTest()
{
    if (!m_testButton->isEnabled())
        return;
    m_lastTest.reset();
    m_testResult->setText(tr("Testing %1…").arg(m_testHost->text().trimmed()));
    m_tester.start(m_testHost->text(), credential());
    updateState();
}

void CredentialEditDialog::cancelTest()
{
    m_tester.cancel(); // reports "cancelled" through onTestFinished
}

void CredentialEditDialog::reject()
{
    m_tester.cancel();
    QDialog::reject();
}

QString CredentialEditDialog::describeTestResult(const discovery::CredentialTestResult &r)
{
    if (r.error.cls == snmp::ErrorClass::Cancelled)
        return tr("Test stopped.");
    if (!r.answered)
        return tr("Failed (%1): %2").arg(snmp::errorClassName(r.error.cls), r.error.message);
    QStringList lines;
    lines << tr("OK: %1 answered in %2 ms.").arg(r.address).arg(r.durationMs);
    lines << tr("sysName: %1").arg(r.sysName.isEmpty() ? tr("(empty)") : r.sysName);
    lines << tr("sysDescr: %1").arg(r.sysDescr.simplified().left(200));
    lines << (r.printer ? tr("Looks like a printer.") : tr("Answers SNMP, but does not look like a printer."));
    if (r.error)
        lines << tr("The poll ended early (%1): %2").arg(snmp::errorClassName(r.error.cls), r.error.message);
    return lines.join(u'\n');
}

void CredentialEditDialog::onTestFinished(const discovery::CredentialTestResult &result)
{
    m_lastTest = result;
    m_testResult->setText(describeTestResult(result));
    updateState();
    Q_EMIT testFinished(result);
}

} // namespace fleet::ui
