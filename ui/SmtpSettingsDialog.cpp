#include "SmtpSettingsDialog.h"

#include "alerting/SmtpSettingsChange.h"
#include "alerting/TestMail.h"
#include "storage/DatabaseWorker.h"
#include "storage/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet::ui {

using alerting::SmtpSecurity;
using alerting::SmtpSettings;

namespace {

struct Loaded
{
    SmtpSettings settings;
    bool passwordSet = false;
};

// The password the form means: what was typed, else the stored one.
QString passwordFor(const QString &typed, const QString &secretsPath)
{
    if (!typed.isEmpty())
        return typed;
    storage::SecretStore secrets(secretsPath);
    if (secrets.load())
        return {};
    return secrets.value(alerting::kSmtpPasswordKey).value_or(QString());
}

} // namespace

SmtpSettingsDialog::SmtpSettingsDialog(const ProfileRoot &profile, QWidget *parent)
    : GuardedSettingsDialog(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("smtp-settings"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("smtpSettingsDialog"));
    setWindowTitle(tr("SMTP server"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_host->setPlaceholderText(tr("smtp.example.com"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_security->addItem(tr("STARTTLS (required)"), int(SmtpSecurity::StartTls));
    m_security->addItem(tr("Implicit TLS"), int(SmtpSecurity::ImplicitTls));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_user->setPlaceholderText(tr("empty: no login"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_from->setPlaceholderText(tr("fleetkeeper@example.com"));
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("smtpCaBrowse"));
    browse->setAccessibleName(tr("Choose a CA bundle"));
    m_test->setObjectName(QStringLiteral("smtpTest"));
    m_test->setToolTip(tr("Sends a short message to the sender address with the settings above."));
    m_result->setObjectName(QStringLiteral("smtpResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("smtpButtons"));

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Sen&der:"), m_from);
    form->addRow(tr("&CA bundle:"), caRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    // The usual port follows the security, unless someone chose another one.
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        const bool tls = SmtpSecurity(m_security->currentData().toInt()) == SmtpSecurity::ImplicitTls;
        if (m_port->value() == (tls ? 587 : 465))
            m_port->setValue(tls ? 465 : 587);
    });
    connect(browse, &QPushButton::clicked, this, &SmtpSettingsDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, &SmtpSettingsDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SmtpSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setBusy(true);
    const QString secretsPath = profile.secretsPath();
    m_worker->run<Loaded>(
        [secretsPath](storage::Database &db) -> storage::Result<Loaded> {
            auto s = SmtpSettings::load(db);
            if (!s)
                return s.error();
            storage::SecretStore secrets(secretsPath);
            const bool set = !secrets.load() && secrets.value(alerting::kSmtpPasswordKey).has_value();
            return Loaded{*s, set};
        },
        this,
        [this](storage::Result<Loaded> r) {
            setBusy(false);
            if (!r) {
                m_result->setText(tr("Cannot read the SMTP settings: %1").arg(r.error().message));
                return;
            }
            showSettings(r->settings, r->passwordSet);
            markLoaded();
        });
}

SmtpSettingsDialog::~SmtpSettingsDialog()
{
    delete m_worker; // waits for a test in progress before the widgets go
}

void SmtpSettingsDialog::showSettings(const SmtpSettings &s, bool passwordSet)
{
    m_host->setText(s.host);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_port->setValue(s.port);
    m_user->setText(s.username);
    m_password->clear();
    m_password->setPlaceholderText(passwordSet ? tr("unchanged (a password is stored)") : tr("none stored"));
    m_from->setText(s.from);
    m_caFile->setText(s.caFile);
}

SmtpSettings SmtpSettingsDialog::settings() const
{
    SmtpSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SmtpSecurity(m_security->currentData().toInt());
    s.username = m_user->text().trimmed();
    s.from = m_from->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    return s;
}

void SmtpSettingsDialog::updateControls()
{
    // A test needs no stored settings: it uses what the form says.
    m_test->setEnabled(!isBusy());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isBusy());
}

void SmtpSettingsDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA bundle"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void SmtpSettingsDialog::testConnection()
{
    if (isBusy())
        return;
    setBusy(true);
    m_result->setText(tr("Sending a test message to %1…").arg(m_from->text().trimmed()));
    const SmtpSettings s = settings();
    const QString typed = m_password->text();
    const QString secretsPath = m_profile.secretsPath();
    m_worker->run<alerting::SmtpResult>(
        [s, typed, secretsPath](storage::Database &) -> storage::Result<alerting::SmtpResult> {
            return alerting::testSmtpConnection(s, s.username.isEmpty() ? QString() : passwordFor(typed, secretsPath),
                                                QDateTime::currentDateTimeUtc());
        },
        this,
        [this](storage::Result<alerting::SmtpResult> r) {
            setBusy(false);
            const bool ok = r && r->ok();
            const QString message =
                !r   ? r.error().message
                : ok ? tr("The server accepted a test message to %1.").arg(settings().from)
                     : tr("The test failed (%1): %2").arg(alerting::smtpErrorKindName(r->kind), r->message);
            m_result->setText(message);
            Q_EMIT testFinished(ok, message);
        });
}

void SmtpSettingsDialog::accept()
{
    if (isBusy())
        return;
    const SmtpSettings s = settings();
    if (s.host.isEmpty() != s.from.isEmpty()) {
        m_result->setText(tr("Enter both the server and the sender address (or neither, to send no mail)."));
        Q_EMIT saveFailed(m_result->text());
        return;
    }
    setBusy(true);
    const QString typed = m_password->text();
    const QString secretsPath = m_profile.secretsPath();
    m_worker->run<security::SecurityError>(
        [s, typed, secretsPath,
         actor = actingUser()](storage::Database &db) -> storage::Result<security::SecurityError> {
            storage::SecretStore secrets(secretsPath);
            // An empty field keeps the stored password; the store is only read when it changes.
            std::optional<QString> password;
            if (!typed.isEmpty()) {
                if (auto error = secrets.load())
                    return error;
                password = typed;
            }
            return alerting::changeSmtpSettings(db, secrets, actor, s, password);
        },
        this,
        [this](storage::Result<security::SecurityError> r) {
            setBusy(false);
            const QString failure = !r ? r.error().message : r->message;
            if (!r || r->isError()) {
                m_result->setText(tr("Cannot save the SMTP settings: %1").arg(failure));
                Q_EMIT saveFailed(m_result->text());
                return;
            }
            Q_EMIT saved();
            QDialog::accept();
        });
}

} // namespace fleet::ui
