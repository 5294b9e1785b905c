#include "RegistrationDialog.h"

#include "SyncAgentRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
enum CertKind { Pkcs12, Pem };

QLineEdit *lineEdit(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *child : widgets)
        layout->addWidget(child, child->inherits("QLineEdit") ? 1 : 0);
    return w;
}
} // namespace

RegistrationDialog::RegistrationDialog(const ProfileRoot &profile, const security::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_actor(actor)
    , m_runner(new SyncAgentRunner(profile, this))
    , m_server(lineEdit(QStringLiteral("serverUrl"), tr("Server URL"), this))
    , m_key(lineEdit(QStringLiteral("registrationKey"), tr("Registration key"), this))
    , m_account(lineEdit(QStringLiteral("account"), tr("Account"), this))
    , m_site(lineEdit(QStringLiteral("site"), tr("Site"), this))
    , m_email(lineEdit(QStringLiteral("contactEmail"), tr("Contact e-mail"), this))
    , m_systemCas(new QCheckBox(tr("Trust the &system CAs"), this))
    , m_caFile(lineEdit(QStringLiteral("caFile"), tr("CA bundle file"), this))
    , m_pin(lineEdit(QStringLiteral("pin"), tr("Server public-key pin"), this))
    , m_certKind(new QComboBox(this))
    , m_certFile(lineEdit(QStringLiteral("clientCertFile"), tr("Client certificate file"), this))
    , m_keyFile(lineEdit(QStringLiteral("clientKeyFile"), tr("Client private key file"), this))
    , m_passphrase(lineEdit(QStringLiteral("clientKeyPassphrase"), tr("Passphrase of the certificate or key"), this))
    , m_proxyMode(new QComboBox(this))
    , m_proxyHost(lineEdit(QStringLiteral("proxyHost"), tr("Proxy host"), this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(lineEdit(QStringLiteral("proxyUser"), tr("Proxy user"), this))
    , m_proxyPassword(lineEdit(QStringLiteral("proxyPassword"), tr("Proxy password"), this))
    , m_message(new QLabel(this))
    , m_register(new QPushButton(tr("&Register"), this))
{
    setObjectName(QStringLiteral("registrationDialog"));
    setWindowTitle(tr("Register with remote services"));
    m_server->setPlaceholderText(tr("https://rs.example.net/fleetkeeper"));
    m_key->setPlaceholderText(tr("from your service provider"));
    m_email->setPlaceholderText(tr("print-admin@example.com"));
    m_systemCas->setObjectName(QStringLiteral("systemCas"));
    m_systemCas->setChecked(true);
    m_caFile->setPlaceholderText(tr("PEM bundle that replaces the system CAs"));
    m_pin->setPlaceholderText(tr("optional: base64 SHA-256 of the server's public key"));
    m_certKind->setObjectName(QStringLiteral("clientCertKind"));
    m_certKind->setAccessibleName(tr("Client certificate format"));
    m_certKind->addItem(tr("PKCS#12 file (.p12/.pfx) with its key"), Pkcs12);
    m_certKind->addItem(tr("PEM certificate and private key"), Pem);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("empty: keep the stored one, or none"));
    m_proxyMode->setObjectName(QStringLiteral("proxyMode"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("No proxy"), int(sync::ProxyMode::None));
    m_proxyMode->addItem(tr("System proxy settings"), int(sync::ProxyMode::System));
    m_proxyMode->addItem(tr("This HTTP proxy:"), int(sync::ProxyMode::Explicit));
    m_proxyPort->setObjectName(QStringLiteral("proxyPort"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("port"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("empty: keep the stored one, or none"));
    m_message->setObjectName(QStringLiteral("registrationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_register->setObjectName(QStringLiteral("register"));
    m_register->setDefault(true);

    auto *caBrowse = browseButton(m_caFile, tr("CA bundle"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
    auto *certBrowse =
        browseButton(m_certFile, tr("Client certificate"), tr("Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)"));
    auto *keyBrowse = browseButton(m_keyFile, tr("Private key"), tr("PEM keys (*.pem *.key);;All files (*)"));
    m_caWidgets = {m_caFile, caBrowse};
    m_keyWidgets = {m_keyFile, keyBrowse};
    m_proxyWidgets = {m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword};

    auto *server = new QGroupBox(tr("Server"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server &URL:"), m_server);
    serverForm->addRow(tr("Registration &key:"), m_key);
    serverForm->addRow(tr("&Account:"), m_account);
    serverForm->addRow(tr("S&ite:"), m_site);
    serverForm->addRow(tr("Contact &e-mail:"), m_email);

    auto *trust = new QGroupBox(tr("Certificates"), this);
    auto *trustForm = new QFormLayout(trust);
    trustForm->addRow(m_systemCas);
    trustForm->addRow(tr("CA &bundle:"), row(trust, {m_caFile, caBrowse}));
    trustForm->addRow(tr("P&in:"), m_pin);
    trustForm->addRow(tr("Client &certificate:"), m_certKind);
    trustForm->addRow(tr("Certificate &file:"), row(trust, {m_certFile, certBrowse}));
    trustForm->addRow(tr("Private ke&y file:"), row(trust, {m_keyFile, keyBrowse}));
    trustForm->addRow(tr("Pa&ssphrase:"), m_passphrase);

    auto *proxy = new QGroupBox(tr("Proxy"), this);
    auto *proxyForm = new QFormLayout(proxy);
    proxyForm->addRow(tr("&Proxy:"), m_proxyMode);
    proxyForm->addRow(tr("&Host and port:"), row(proxy, {m_proxyHost, m_proxyPort}));
    proxyForm->addRow(tr("User &name:"), m_proxyUser);
    proxyForm->addRow(tr("Pass&word:"), m_proxyPassword);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("registrationButtons"));
    buttons->addButton(m_register, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_register, &QPushButton::clicked, this, &RegistrationDialog::registerAgent);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(trust);
    layout->addWidget(proxy);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_systemCas, &QCheckBox::toggled, this, &RegistrationDialog::updateEnabled);
    connect(m_certKind, &QComboBox::currentIndexChanged, this, &RegistrationDialog::updateEnabled);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &RegistrationDialog::updateEnabled);
    updateEnabled();

    // The fields stay disabled until the saved settings are in them, so nothing typed is overwritten.
    setEnabled(false);
    m_runner->loadSettings(this, [this](const sync::SyncSettings &settings) {
        fill(settings);
        setEnabled(true);
        m_ready = true;
        updateEnabled();
        Q_EMIT ready();
    });
}

QPushButton *RegistrationDialog::browseButton(QLineEdit *target, const QString &title, const QString &filter)
{
    auto *button = new QPushButton(tr("Browse…"), this);
    button->setObjectName(target->objectName() + QStringLiteral("Browse"));
    button->setAccessibleName(tr("Browse for %1").arg(target->accessibleName()));
    connect(button, &QPushButton::clicked, this, [this, target, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, target->text(), filter);
        if (!file.isEmpty())
            target->setText(file);
    });
    return button;
}

void RegistrationDialog::fill(const sync::SyncSettings &s)
{
    if (!s.serverUrl.isEmpty())
        m_server->setText(s.serverUrl.toString());
    m_account->setText(s.account);
    m_site->setText(s.site);
    m_email->setText(s.contactEmail);
    m_systemCas->setChecked(s.caFile.isEmpty());
    m_caFile->setText(s.caFile);
    m_pin->setText(s.pin);
    m_certKind->setCurrentIndex(s.clientCertFile.isEmpty() || s.clientCertIsPkcs12() ? Pkcs12 : Pem);
    m_certFile->setText(s.clientCertFile);
    m_keyFile->setText(s.clientKeyFile);
    m_proxyMode->setCurrentIndex(m_proxyMode->findData(int(s.proxyMode)));
    m_proxyHost->setText(s.proxyHost);
    m_proxyPort->setValue(s.proxyPort);
    m_proxyUser->setText(s.proxyUser);
    m_mode = s.securityMode;
    if (s.isRegistered())
        showMessage(tr("Registered as agent %1. Registering again with the same certificate and key keeps this id.")
                        .arg(s.agentId),
                    false);
}

void RegistrationDialog::updateEnabled()
{
    for (QWidget *w : std::as_const(m_caWidgets))
        w->setEnabled(!m_systemCas->isChecked());
    for (QWidget *w : std::as_const(m_keyWidgets))
        w->setEnabled(m_certKind->currentData().toInt() == Pem);
    const bool explicitProxy = m_proxyMode->currentData().toInt() == int(sync::ProxyMode::Explicit);
    for (QWidget *w : std::as_const(m_proxyWidgets))
        w->setEnabled(explicitProxy);
    m_register->setEnabled(m_ready && !m_busy);
}

void RegistrationDialog::apply(sync::SyncSettings &s) const
{
    s.serverUrl = QUrl(m_server->text().trimmed());
    s.caFile = m_systemCas->isChecked() ? QString() : QFileInfo(m_caFile->text().trimmed()).absoluteFilePath();
    s.pin = m_pin->text().trimmed();
    const QString cert = m_certFile->text().trimmed();
    s.clientCertFile = cert.isEmpty() ? QString() : QFileInfo(cert).absoluteFilePath();
    const QString key = m_keyFile->text().trimmed();
    s.clientKeyFile =
        m_certKind->currentData().toInt() == Pem && !key.isEmpty() ? QFileInfo(key).absoluteFilePath() : QString();
    s.proxyMode = sync::ProxyMode(m_proxyMode->currentData().toInt());
    s.proxyHost = s.proxyMode == sync::ProxyMode::Explicit ? m_proxyHost->text().trimmed() : QString();
    s.proxyPort = s.proxyMode == sync::ProxyMode::Explicit ? quint16(m_proxyPort->value()) : 0;
    s.proxyUser = s.proxyMode == sync::ProxyMode::Explicit ? m_proxyUser->text().trimmed() : QString();
}

sync::RegistrationRequest RegistrationDialog::request() const
{
    sync::RegistrationRequest r;
    r.registrationKey = m_key->text().trimmed();
    r.account = m_account->text().trimmed();
    r.site = m_site->text().trimmed();
    r.contactEmail = m_email->text().trimmed();
    // R4: in locked-down mode the host name is not reported.
    r.agentName = m_mode == sync::SecurityMode::LockedDown
                      ? QStringLiteral("fleetkeeper")
                      : QStringLiteral("fleetkeeper on %1").arg(QHostInfo::localHostName());
    return r;
}

QString RegistrationDialog::problems() const
{
    QStringList found;
    if (m_key->text().trimmed().isEmpty())
        found << tr("Enter the registration key your service provider gave you.");
    if (const QString p = request().validate(); !p.isEmpty() && !m_key->text().trimmed().isEmpty())
        found << p;
    if (!m_systemCas->isChecked() && m_caFile->text().trimmed().isEmpty())
        found << tr("Choose a CA bundle, or trust the system CAs.");
    const QString cert = m_certFile->text().trimmed();
    if (m_certKind->currentData().toInt() == Pkcs12 && !cert.isEmpty() &&
        !cert.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) &&
        !cert.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive))
        found << tr("A PKCS#12 file must be named *.p12 or *.pfx; for a PEM certificate choose “PEM certificate "
                    "and private key”.");
    sync::SyncSettings s;
    apply(s);
    if (const QString p = s.validate(); !p.isEmpty())
        found << p;
    found.removeDuplicates();
    return found.join(u'\n');
}

QString RegistrationDialog::message() const
{
    return m_message->text();
}

void RegistrationDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleDescription(error ? tr("Error") : QString());
    // Bold instead of a fixed colour: readable on light and dark palettes.
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
}

void RegistrationDialog::registerAgent()
{
    if (!m_ready || m_busy)
        return;
    if (const QString p = problems(); !p.isEmpty()) {
        showMessage(p, true);
        return;
    }
    m_busy = true;
    updateEnabled();
    showMessage(tr("Registering with %1…").arg(m_server->text().trimmed()), false);
    sync::SyncSettings edited;
    apply(edited);
    const auto edit = [edited](sync::SyncSettings &s) {
        s.serverUrl = edited.serverUrl;
        s.caFile = edited.caFile;
        s.pin = edited.pin;
        s.clientCertFile = edited.clientCertFile;
        s.clientKeyFile = edited.clientKeyFile;
        s.proxyMode = edited.proxyMode;
        s.proxyHost = edited.proxyHost;
        s.proxyPort = edited.proxyPort;
        s.proxyUser = edited.proxyUser;
    };
    const auto secret = [](QLineEdit *edit) {
        return edit->text().isEmpty() ? std::nullopt : std::optional<QString>(edit->text());
    };
    m_runner->registerAgent(
        m_actor, edit, secret(m_passphrase), secret(m_proxyPassword), request(), this,
        [this](const sync::SyncError &error, const sync::RegistrationResult &result) {
            m_busy = false;
            updateEnabled();
            if (error) {
                QString text =
                    tr("Registration failed (%1): %2").arg(sync::syncErrorKindName(error.kind), error.message);
                if (!error.serverMessage.isEmpty() && !error.message.contains(error.serverMessage))
                    text += u'\n' + tr("The server said: %1").arg(error.serverMessage);
                showMessage(text, true);
                Q_EMIT registrationFailed(error);
                return;
            }
            showMessage(result.alreadyRegistered ? tr("Already registered as agent %1.").arg(result.agentId)
                                                 : tr("Registered as agent %1.").arg(result.agentId),
                        false);
            Q_EMIT registered(result.agentId);
        });
}

} // namespace fleet::ui
