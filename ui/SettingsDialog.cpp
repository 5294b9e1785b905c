#include "SettingsDialog.h"

#include "control/DaemonClient.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/SecretStore.h"
#include "util/Autostart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {

enum PollUnit { Minutes, Hours };

// The service's socket answers at once or not at all; applying a schedule takes a moment.
constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 15000;

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText); // secondary text, readable in dark palettes too
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(schedule::FleetService *service, QWidget *parent)
    : SettingsDialog(service, nullptr, service->profile(), parent)
{}

SettingsDialog::SettingsDialog(const ProfileRoot &profile, QWidget *parent)
    : SettingsDialog(nullptr, std::make_unique<AppSettings>(profile), profile, parent)
{}

SettingsDialog::SettingsDialog(schedule::FleetService *service, std::unique_ptr<AppSettings> own,
                               const ProfileRoot &profile, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_ownSettings(std::move(own))
    , m_profile(profile)
    , m_secretsPath(profile.secretsPath())
    , m_worker(std::make_unique<storage::DatabaseWorker>(profile.databasePath(), QStringLiteral("settings-dialog")))
{
    setWindowTitle(tr("Fleetkeeper settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildPolling());
    layout->addWidget(buildDiscovery());
    layout->addWidget(buildDesktop());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Problem with the settings"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    loadValues();
    loadProfiles();
}

SettingsDialog::~SettingsDialog() = default;

AppSettings &SettingsDialog::currentSettings()
{
    return m_service ? m_service->settings() : *m_ownSettings;
}

QWidget *SettingsDialog::buildPolling()
{
    auto *box = new QGroupBox(tr("Polling"), this);
    auto *form = new QFormLayout(box);
    auto *row = new QHBoxLayout;
    m_pollValue = new QSpinBox(box);
    m_pollValue->setObjectName(QStringLiteral("pollInterval"));
    m_pollValue->setRange(1, 999); // the service says which values it accepts
    m_pollUnit = new QComboBox(box);
    m_pollUnit->setObjectName(QStringLiteral("pollIntervalUnit"));
    m_pollUnit->setAccessibleName(tr("Poll interval unit"));
    m_pollUnit->addItem(tr("minutes"), Minutes);
    m_pollUnit->addItem(tr("hours"), Hours);
    row->addWidget(m_pollValue);
    row->addWidget(m_pollUnit);
    row->addStretch();
    form->addRow(tr("Poll the fleet &every"), row);
    qobject_cast<QLabel *>(form->labelForField(row))->setBuddy(m_pollValue);
    return box;
}

QWidget *SettingsDialog::buildDiscovery()
{
    auto *box = new QGroupBox(tr("Scheduled discovery"), this);
    auto *form = new QFormLayout(box);
    m_discoveryMode = new QComboBox(box);
    m_discoveryMode->setObjectName(QStringLiteral("discoveryMode"));
    m_discoveryMode->addItem(tr("Off"), int(DiscoveryMode::Off));
    m_discoveryMode->addItem(tr("Every few hours"), int(DiscoveryMode::Interval));
    m_discoveryMode->addItem(tr("Daily at a set time"), int(DiscoveryMode::Daily));
    form->addRow(tr("&Discover printers"), m_discoveryMode);

    m_discoveryHours = new QSpinBox(box);
    m_discoveryHours->setObjectName(QStringLiteral("discoveryHours"));
    m_discoveryHours->setRange(AppSettings::kMinDiscoveryHours, AppSettings::kMaxDiscoveryHours);
    m_discoveryHours->setSuffix(tr(" h"));
    form->addRow(tr("Every"), m_discoveryHours);

    m_discoveryTime = new QTimeEdit(box);
    m_discoveryTime->setObjectName(QStringLiteral("discoveryTime"));
    m_discoveryTime->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("At"), m_discoveryTime);

    m_targets = new QPlainTextEdit(box);
    m_targets->setObjectName(QStringLiteral("discoveryTargets"));
    m_targets->setTabChangesFocus(true);
    m_targets->setPlaceholderText(tr("10.0.0.0/24\n10.0.1.10-50\nprinter.example.com:161"));
    m_targets->setMaximumHeight(m_targets->fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Targets"), m_targets);
    form->addRow(QString(), note(tr("One address, range, subnet or host name per line."), box));

    m_profiles = new QListWidget(box);
    m_profiles->setObjectName(QStringLiteral("discoveryProfiles"));
    m_profiles->setMaximumHeight(m_profiles->fontMetrics().lineSpacing() * 6);
    form->addRow(tr("&Credential profiles"), m_profiles);
    m_profilesNote = note(tr("None ticked: every stored profile, in their stored order."), box);
    m_profilesNote->setObjectName(QStringLiteral("discoveryProfilesNote"));
    form->addRow(QString(), m_profilesNote);

    connect(m_discoveryMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateDiscoveryFields);
    return box;
}

QWidget *SettingsDialog::buildDesktop()
{
    auto *box = new QGroupBox(tr("Desktop"), this);
    auto *form = new QFormLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words: whoever cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), note(tr("A new language takes effect after Fleetkeeper is restarted."), box));

    m_notReporting = new QSpinBox(box);
    m_notReporting->setObjectName(QStringLiteral("notReportingHours"));
    m_notReporting->setRange(AppSettings::kMinNotReportingHours, AppSettings::kMaxNotReportingHours);
    m_notReporting->setSuffix(tr(" h"));
    form->addRow(tr("&Not reporting after"), m_notReporting);
    form->addRow(QString(),
                 note(tr("A printer without a successful poll for this long counts as not reporting."), box));

    m_startMinimised = new QCheckBox(tr("&Start minimised to the tray"), box);
    m_startMinimised->setObjectName(QStringLiteral("startMinimised"));
    form->addRow(QString(), m_startMinimised);
    m_autostart = new QCheckBox(tr("Start Fleetkeeper when I &log in"), box);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    form->addRow(QString(), m_autostart);

    m_autoLock = new QSpinBox(box);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(0, AppSettings::kMaxAutoLockMinutes);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    form->addRow(tr("Loc&k after inactivity"), m_autoLock);
    form->addRow(QString(), note(tr("Signed-in users type their password again after this long without input."), box));
    return box;
}

void SettingsDialog::loadValues()
{
    const AppSettings &settings = currentSettings();
    const int minutes = int(settings.pollInterval().count());
    const bool hours = minutes % 60 == 0;
    m_pollValue->setValue(hours ? minutes / 60 : minutes);
    m_pollUnit->setCurrentIndex(m_pollUnit->findData(hours ? Hours : Minutes));

    const DiscoverySettings d = settings.discovery();
    m_discoveryMode->setCurrentIndex(m_discoveryMode->findData(int(d.mode)));
    m_discoveryHours->setValue(d.intervalHours);
    m_discoveryTime->setTime(d.dailyTime);
    m_targets->setPlainText(d.targets.join(u'\n'));
    // The saved choice stands until the stored list arrives, so an early OK keeps it.
    for (const QString &name : d.credentialProfiles) {
        auto *item = new QListWidgetItem(name, m_profiles);
        item->setData(Qt::UserRole, name);
        item->setCheckState(Qt::Checked);
    }
    updateDiscoveryFields();

    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_notReporting->setValue(int(settings.notReportingAfter().count()));
    m_startMinimised->setChecked(settings.startMinimised());
    m_autostart->setChecked(Autostart(QCoreApplication::applicationFilePath()).isEnabled());
    m_autoLock->setValue(int(settings.autoLockAfter().count()));
}

void SettingsDialog::loadProfiles()
{
    const QString secretsPath = m_secretsPath;
    m_worker->run<QStringList>(
        [secretsPath](storage::Database &db) -> storage::Result<QStringList> {
            storage::SecretStore secrets(secretsPath);
            if (auto error = secrets.load())
                return error;
            auto profiles = storage::CredentialRepository(db, secrets).load();
            if (!profiles)
                return profiles.error();
            QStringList names;
            for (const snmp::Credential &c : std::as_const(*profiles))
                names << c.name;
            return names;
        },
        this,
        [this](storage::Result<QStringList> result) {
            showProfiles(result ? *result : QStringList{}, result ? QString() : result.error().message);
        });
}

void SettingsDialog::showProfiles(const QStringList &stored, const QString &error)
{
    if (!error.isEmpty()) {
        m_profilesNote->setText(tr("The stored credential profiles could not be read: %1").arg(error));
        Q_EMIT profilesLoaded();
        return;
    }
    QStringList ticked;
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->checkState() == Qt::Checked)
            ticked << m_profiles->item(i)->data(Qt::UserRole).toString();
    }
    m_profiles->clear();
    for (const QString &name : stored) {
        auto *item = new QListWidgetItem(name, m_profiles);
        item->setData(Qt::UserRole, name);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    // A chosen profile that was deleted since stays visible, so leaving it ticked is a decision.
    for (const QString &name : std::as_const(ticked)) {
        if (stored.contains(name))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (no longer stored)").arg(name), m_profiles);
        item->setData(Qt::UserRole, name);
        item->setCheckState(Qt::Checked);
    }
    if (stored.isEmpty())
        m_profilesNote->setText(tr("No credential profiles are stored: the discovery tries SNMP v2c \"public\"."));
    Q_EMIT profilesLoaded();
}

void SettingsDialog::updateDiscoveryFields()
{
    const auto mode = DiscoveryMode(m_discoveryMode->currentData().toInt());
    m_discoveryHours->setEnabled(mode == DiscoveryMode::Interval);
    m_discoveryTime->setEnabled(mode == DiscoveryMode::Daily);
}

DiscoverySettings SettingsDialog::discoveryFromFields() const
{
    DiscoverySettings d;
    d.mode = DiscoveryMode(m_discoveryMode->currentData().toInt());
    d.intervalHours = m_discoveryHours->value();
    d.dailyTime = m_discoveryTime->time();
    const QStringList lines = m_targets->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (const QString spec = line.trimmed(); !spec.isEmpty())
            d.targets << spec;
    }
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->checkState() == Qt::Checked)
            d.credentialProfiles << m_profiles->item(i)->data(Qt::UserRole).toString();
    }
    return d;
}

std::chrono::minutes SettingsDialog::pollIntervalFromFields() const
{
    const int value = m_pollValue->value();
    return std::chrono::minutes(m_pollUnit->currentData().toInt() == Hours ? value * 60 : value);
}

void SettingsDialog::refuse(const QString &problem, QWidget *field)
{
    m_error->setText(problem);
    m_error->show();
    if (field)
        field->setFocus();
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    const security::Actor actor = m_session ? m_session->actor() : security::Actor{};
    if (const auto denied = security::check(actor, security::Permission::ChangeSettings))
        return refuse(denied.message, nullptr);
    const std::chrono::minutes interval = pollIntervalFromFields();
    const DiscoverySettings discovery = discoveryFromFields();
    const auto notReporting = std::chrono::hours(m_notReporting->value());
    // Everything is checked before anything is applied: a refused OK changes nothing.
    if (const QString problem = AppSettings::checkPollInterval(interval); !problem.isEmpty())
        return refuse(problem, m_pollValue);
    if (const QString problem = schedule::ScheduledDiscovery::check(discovery); !problem.isEmpty())
        return refuse(problem, m_targets);
    if (const QString problem = AppSettings::checkNotReportingAfter(notReporting); !problem.isEmpty())
        return refuse(problem, m_notReporting);

    if (!m_service) {
        // Attached: the service applies what changed of the schedule, as the peer it maps to.
        if (m_daemon)
            return;                       // still waiting for its answer
        m_ownSettings->settings().sync(); // what the service last saved
        control::ScheduleChange change;
        if (interval != m_ownSettings->pollInterval())
            change.pollIntervalMinutes = int(interval.count());
        if (discovery != m_ownSettings->discovery())
            change.discovery = discovery;
        if (!change.isEmpty())
            return sendSchedule(change);
        return applyDesktopSettings();
    }
    if (interval != m_service->pollInterval()) {
        if (const QString problem = m_service->setPollInterval(actor, interval); !problem.isEmpty())
            return refuse(problem, m_pollValue);
    }
    if (discovery != m_service->discoverySettings()) {
        if (const QString problem = m_service->setDiscoverySettings(actor, discovery); !problem.isEmpty())
            return refuse(problem, m_targets);
    }
    applyDesktopSettings();
}

void SettingsDialog::sendSchedule(const control::ScheduleChange &change)
{
    m_daemon = std::make_unique<control::DaemonClient>(m_profile);
    if (!m_daemon->connectToDaemon(kConnectMs, false)) {
        const QString why = m_daemon->errorString();
        m_daemon.reset();
        return refuse(tr("The schedule could not be sent to the service: %1").arg(why), nullptr);
    }
    const qint64 id = m_daemon->setSchedule(change);
    if (id == 0) {
        const QString why = m_daemon->errorString();
        m_daemon.reset();
        return refuse(why, m_targets);
    }
    if (auto *ok = findChild<QPushButton *>(QStringLiteral("settingsOk")))
        ok->setEnabled(false);
    connect(m_daemon.get(), &control::DaemonClient::replied, this,
            [this, id](qint64 answered, bool ok, const QJsonObject &, const QString &error) {
                if (answered == id)
                    scheduleAnswered(ok, error);
            });
    connect(m_daemon.get(), &control::DaemonClient::connectedChanged, this, [this](bool connected) {
        if (!connected)
            scheduleAnswered(false, tr("The service closed the connection before it answered."));
    });
    QTimer::singleShot(kAnswerMs, m_daemon.get(), [this] {
        scheduleAnswered(false, tr("The service did not answer in time; the schedule may not have changed."));
    });
}

void SettingsDialog::scheduleAnswered(bool ok, const QString &error)
{
    if (!m_daemon)
        return;
    // Called from the client's own signal: it goes once that returns.
    m_daemon->disconnect(this);
    m_daemon.release()->deleteLater();
    if (auto *button = findChild<QPushButton *>(QStringLiteral("settingsOk")))
        button->setEnabled(true);
    if (!ok)
        return refuse(error.isEmpty() ? tr("The service refused the schedule.") : error, nullptr);
    applyDesktopSettings();
}

void SettingsDialog::applyDesktopSettings()
{
    AppSettings &settings = currentSettings();
    const auto notReporting = std::chrono::hours(m_notReporting->value());
    for (const QString &problem :
         {settings.setLanguage(m_language->currentData().toString()), settings.setNotReportingAfter(notReporting),
          settings.setStartMinimised(m_startMinimised->isChecked()),
          settings.setAutoLockAfter(std::chrono::minutes(m_autoLock->value()))}) {
        if (!problem.isEmpty())
            return refuse(problem, nullptr);
    }
    if (Autostart autostart(QCoreApplication::applicationFilePath());
        autostart.isEnabled() != m_autostart->isChecked()) {
        if (const QString problem = autostart.setEnabled(m_autostart->isChecked()); !problem.isEmpty())
            return refuse(problem, m_autostart);
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace fleet::ui
