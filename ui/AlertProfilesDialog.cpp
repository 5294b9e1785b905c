#include "AlertProfilesDialog.h"

#include "security/Guard.h"

#include "alerting/ConditionEvaluator.h"
#include "alerting/TestMail.h"
#include "alerting/ThresholdSettings.h"
#include "storage/DatabaseWorker.h"
#include "sync/RemoteSettings.h"
#include "util/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fleet::ui {

using alerting::AlertCategory;
using alerting::AlertProfile;
using alerting::ConditionKind;
using alerting::DeviceScope;

namespace {

// A dialog nobody signed in to acts as an anonymous Customer; the audit log still names it.
security::Actor actingAs(security::Actor actor)
{
    if (actor.name.isEmpty())
        actor.name = QStringLiteral("unknown");
    return actor;
}

QString kindLabel(ConditionKind kind, const alerting::Thresholds &t)
{
    switch (kind) {
    case ConditionKind::DeviceAlert:
        return AlertProfilesDialog::tr("Device alerts (jam, door, paper, toner, service)");
    case ConditionKind::SupplyLow:
        return AlertProfilesDialog::tr("Supply low (below %1 %)").arg(t.supplyPercent);
    case ConditionKind::SupplyDaysToEmpty:
        return AlertProfilesDialog::tr("Supply empty soon (within %1 days)").arg(t.daysToEmpty);
    case ConditionKind::NotAnswering:
        return AlertProfilesDialog::tr("Not answering (%1 failed polls in a row)").arg(t.failedPolls);
    case ConditionKind::NotReporting:
        return AlertProfilesDialog::tr("Not reporting (no successful poll for %1 h)").arg(t.notReportingHours);
    case ConditionKind::CounterWentDown:
        return AlertProfilesDialog::tr("A counter went down");
    case ConditionKind::MetersDisagree:
        return AlertProfilesDialog::tr("Meters disagree");
    case ConditionKind::IpChanged:
        return AlertProfilesDialog::tr("Address changed");
    case ConditionKind::UploadFailing:
        return AlertProfilesDialog::tr("Upload failing (for %1 days)").arg(t.uploadFailingDays);
    case ConditionKind::CommandPollFailing:
        return AlertProfilesDialog::tr("Command poll failing (for %1 h)").arg(t.commandPollFailingHours);
    case ConditionKind::CertificateExpiring:
        return AlertProfilesDialog::tr("Certificate expiring (within %1 days)").arg(t.certificateDays);
    case ConditionKind::StorageNearlyFull:
        return AlertProfilesDialog::tr("Storage nearly full (below %1 % free)").arg(t.diskFreePercent);
    }
    return alerting::conditionKindName(kind);
}

QString categoryLabel(AlertCategory c)
{
    switch (c) {
    case AlertCategory::Jam:
        return AlertProfilesDialog::tr("Paper jam");
    case AlertCategory::DoorOpen:
        return AlertProfilesDialog::tr("Door or cover open");
    case AlertCategory::TonerLow:
        return AlertProfilesDialog::tr("Toner or ink low");
    case AlertCategory::TonerEmpty:
        return AlertProfilesDialog::tr("Toner or ink empty");
    case AlertCategory::PaperOut:
        return AlertProfilesDialog::tr("Out of paper");
    case AlertCategory::ServiceNeeded:
        return AlertProfilesDialog::tr("Service needed");
    case AlertCategory::Other:
        return AlertProfilesDialog::tr("Other device alerts");
    }
    return alerting::alertCategoryName(c);
}

const QList<AlertCategory> kCategories{AlertCategory::Jam,        AlertCategory::DoorOpen, AlertCategory::TonerLow,
                                       AlertCategory::TonerEmpty, AlertCategory::PaperOut, AlertCategory::ServiceNeeded,
                                       AlertCategory::Other};

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &v : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << v.trimmed();
    return out;
}

QStringList splitValues(const QString &text) // locations and models may contain spaces
{
    QStringList out;
    for (const QString &v : text.split(u',', Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            out << v.trimmed();
    return out;
}

QListWidget *checkList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(150);
    return list;
}

} // namespace

AlertProfilesDialog::AlertProfilesDialog(const ProfileRoot &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("alert-profiles"), this))
    , m_confirm([this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    })
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&New"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("Send &test e-mail"), this))
    , m_save(new QPushButton(tr("&Save profile"), this))
    , m_status(new QLabel(this))
    , m_remoteNote(new QLabel(tr("Set by the remote-services server: read-only here."), this))
    , m_editor(new QGroupBox(tr("Profile"), this))
{
    setObjectName(QStringLiteral("alertProfilesDialog"));
    setWindowTitle(tr("Alert profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Alert profiles"));
    m_add->setObjectName(QStringLiteral("addProfile"));
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_test->setObjectName(QStringLiteral("sendTestMail"));
    m_save->setObjectName(QStringLiteral("saveProfile"));
    m_status->setObjectName(QStringLiteral("profileStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remoteNote->setObjectName(QStringLiteral("profileRemoteNote"));
    m_remoteNote->setVisible(false);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    buildForm();

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_test);
    auto *right = new QVBoxLayout;
    right->addWidget(m_remoteNote);
    right->addWidget(m_editor, 1);
    right->addWidget(m_save, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("profilesButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertProfilesDialog::showProfile);
    connect(m_add, &QPushButton::clicked, this, &AlertProfilesDialog::newProfile);
    connect(m_remove, &QPushButton::clicked, this, &AlertProfilesDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &AlertProfilesDialog::saveProfile);
    connect(m_test, &QPushButton::clicked, this, &AlertProfilesDialog::sendTestMail);
    reload();
    newProfile();
    // The condition labels name the thresholds in force, which are stored with the profiles.
    m_worker->run<alerting::Thresholds>(
        [](storage::Database &db) { return alerting::loadThresholds(db); }, this,
        [this](storage::Result<alerting::Thresholds> r) {
            if (!r)
                return; // the labels keep the defaults; the list says more
            alerting::Thresholds t = *r;
            t.notReportingHours = int(AppSettings(m_profile).notReportingAfter().count());
            for (int i = 0; i < m_kinds->count(); ++i) {
                QListWidgetItem *item = m_kinds->item(i);
                item->setText(kindLabel(ConditionKind(item->data(Qt::UserRole).toInt()), t));
            }
        });
}

AlertProfilesDialog::~AlertProfilesDialog()
{
    delete m_worker; // waits for a test mail in progress before the widgets go
}

void AlertProfilesDialog::buildForm()
{
    alerting::Thresholds thresholds;
    thresholds.notReportingHours = int(AppSettings(m_profile).notReportingAfter().count());
    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_enabled = new QCheckBox(tr("&Enabled"), m_editor);
    m_enabled->setObjectName(QStringLiteral("profileEnabled"));
    m_kinds = checkList(QStringLiteral("profileKinds"), tr("Conditions"), m_editor);
    for (ConditionKind kind : alerting::allConditionKinds()) {
        auto *item = new QListWidgetItem(kindLabel(kind, thresholds), m_kinds);
        item->setData(Qt::UserRole, int(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_categories = checkList(QStringLiteral("profileCategories"), tr("Device alert categories"), m_editor);
    for (AlertCategory c : kCategories) {
        auto *item = new QListWidgetItem(categoryLabel(c), m_categories);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_minSeverity = new QComboBox(m_editor);
    m_minSeverity->setObjectName(QStringLiteral("profileMinSeverity"));
    m_minSeverity->addItem(tr("Information and above"), int(alerting::Severity::Info));
    m_minSeverity->addItem(tr("Warnings and above"), int(alerting::Severity::Warning));
    m_minSeverity->addItem(tr("Critical only"), int(alerting::Severity::Critical));
    m_scope = new QComboBox(m_editor);
    m_scope->setObjectName(QStringLiteral("profileScope"));
    m_scope->addItem(tr("All devices"), int(DeviceScope::All));
    m_scope->addItem(tr("By location"), int(DeviceScope::Location));
    m_scope->addItem(tr("By model"), int(DeviceScope::Model));
    m_scope->addItem(tr("These devices"), int(DeviceScope::Devices));
    m_scopeValues = new QLineEdit(m_editor);
    m_scopeValues->setObjectName(QStringLiteral("profileScopeValues"));
    m_scopeValues->setAccessibleName(tr("Locations, models or devices"));
    m_scopeValues->setPlaceholderText(tr("comma-separated: parts of locations or models, or device ids and serials"));
    m_recipients = new QLineEdit(m_editor);
    m_recipients->setObjectName(QStringLiteral("profileRecipients"));
    m_recipients->setPlaceholderText(tr("ops@example.com, service@example.com"));
    m_delivery = new QComboBox(m_editor);
    m_delivery->setObjectName(QStringLiteral("profileDelivery"));
    m_delivery->addItem(tr("A mail for each change"), int(alerting::Delivery::Immediate));
    m_delivery->addItem(tr("One daily digest"), int(alerting::Delivery::Digest));
    m_digestHour = new QSpinBox(m_editor);
    m_digestHour->setObjectName(QStringLiteral("profileDigestHour"));
    m_digestHour->setAccessibleName(tr("Digest hour"));
    m_digestHour->setRange(0, 23);
    m_digestHour->setSuffix(tr(":00"));
    m_quiet = new QCheckBox(tr("&Quiet hours"), m_editor);
    m_quiet->setObjectName(QStringLiteral("profileQuiet"));
    m_quietStart = new QTimeEdit(QTime(22, 0), m_editor);
    m_quietStart->setObjectName(QStringLiteral("profileQuietStart"));
    m_quietStart->setAccessibleName(tr("Quiet hours start"));
    m_quietStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietEnd = new QTimeEdit(QTime(7, 0), m_editor);
    m_quietEnd->setObjectName(QStringLiteral("profileQuietEnd"));
    m_quietEnd->setAccessibleName(tr("Quiet hours end"));
    m_quietEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_notifyClear = new QCheckBox(tr("Mail when a condition &clears"), m_editor);
    m_notifyClear->setObjectName(QStringLiteral("profileNotifyClear"));
    m_reminderHours = new QSpinBox(m_editor);
    m_reminderHours->setObjectName(QStringLiteral("profileReminderHours"));
    m_reminderHours->setRange(0, 24 * 30);
    m_reminderHours->setSpecialValueText(tr("no reminder"));
    m_reminderHours->setSuffix(tr(" h"));

    auto *deliveryRow = new QHBoxLayout;
    deliveryRow->addWidget(m_delivery, 1);
    deliveryRow->addWidget(new QLabel(tr("at"), m_editor));
    deliveryRow->addWidget(m_digestHour);
    auto *quietRow = new QHBoxLayout;
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietStart);
    quietRow->addWidget(new QLabel(tr("to"), m_editor));
    quietRow->addWidget(m_quietEnd);
    auto *form = new QFormLayout(m_editor);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("C&onditions (none: all):"), m_kinds);
    form->addRow(tr("Alert c&ategories (none: all):"), m_categories);
    form->addRow(tr("&Severity:"), m_minSeverity);
    form->addRow(tr("&Devices:"), m_scope);
    form->addRow(QString(), m_scopeValues);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(tr("De&livery:"), deliveryRow);
    form->addRow(QString(), quietRow);
    form->addRow(QString(), m_notifyClear);
    form->addRow(tr("Re&mind every:"), m_reminderHours);

    auto follow = [this] {
        m_scopeValues->setEnabled(m_editor->isEnabled() &&
                                  DeviceScope(m_scope->currentData().toInt()) != DeviceScope::All);
        m_digestHour->setEnabled(alerting::Delivery(m_delivery->currentData().toInt()) == alerting::Delivery::Digest);
        m_quietStart->setEnabled(m_quiet->isChecked());
        m_quietEnd->setEnabled(m_quiet->isChecked());
    };
    connect(m_scope, &QComboBox::currentIndexChanged, this, follow);
    connect(m_delivery, &QComboBox::currentIndexChanged, this, follow);
    connect(m_quiet, &QCheckBox::toggled, this, follow);
    follow();
}

bool AlertProfilesDialog::isRemote(const AlertProfile &p)
{
    return p.name.startsWith(sync::RemoteSettings::kRemoteAlertPrefix);
}

void AlertProfilesDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AlertProfilesDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void AlertProfilesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool stored = row >= 0 && row < m_profiles.size();
    const bool remote = stored && isRemote(m_profiles.at(row));
    m_remove->setEnabled(!m_busy && stored && !remote);
    m_test->setEnabled(!m_busy && stored);
    m_save->setEnabled(!m_busy && !remote);
    m_editor->setEnabled(!remote);
    m_remoteNote->setVisible(remote);
}

void AlertProfilesDialog::reload()
{
    setBusy(true);
    const QString keep = m_list->currentItem() ? m_profiles.value(m_list->currentRow()).name : QString();
    m_worker->run<QList<AlertProfile>>(
        [](storage::Database &db) { return alerting::AlertProfileRepository(db).profiles(); }, this,
        [this, keep](storage::Result<QList<AlertProfile>> r) {
            setBusy(false);
            if (!r) {
                setStatus(tr("Cannot read the alert profiles: %1").arg(r.error().message));
                Q_EMIT failed(r.error().message);
                return;
            }
            m_profiles = *r;
            const QSignalBlocker block(m_list);
            m_list->clear();
            int current = -1;
            for (qsizetype i = 0; i < m_profiles.size(); ++i) {
                const AlertProfile &p = m_profiles.at(i);
                QString label = p.name;
                if (isRemote(p))
                    label = tr("%1 (from the server)").arg(p.name.mid(sync::RemoteSettings::kRemoteAlertPrefix.size()));
                if (!p.enabled)
                    label = tr("%1 (off)").arg(label);
                m_list->addItem(label);
                if (p.name == keep)
                    current = int(i);
            }
            if (current >= 0) {
                m_list->setCurrentRow(current);
                showProfile(current);
            } else {
                updateButtons();
            }
            Q_EMIT loaded(int(m_profiles.size()));
        });
}

void AlertProfilesDialog::newProfile()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    showProfile(-1);
    m_name->setFocus();
}

void AlertProfilesDialog::showProfile(int row)
{
    const AlertProfile p = row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : AlertProfile{};
    m_editingId = p.id;
    m_editor->setTitle(p.id ? tr("Profile %1").arg(p.name) : tr("New profile"));
    m_name->setText(p.name);
    m_enabled->setChecked(p.enabled);
    for (int i = 0; i < m_kinds->count(); ++i) {
        QListWidgetItem *item = m_kinds->item(i);
        item->setCheckState(p.kinds.contains(ConditionKind(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                              : Qt::Unchecked);
    }
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        item->setCheckState(p.categories.contains(AlertCategory(item->data(Qt::UserRole).toInt())) ? Qt::Checked
                                                                                                   : Qt::Unchecked);
    }
    m_minSeverity->setCurrentIndex(m_minSeverity->findData(int(p.minSeverity)));
    m_scope->setCurrentIndex(m_scope->findData(int(p.scope)));
    m_scopeValues->setText(p.scopeValues.join(QStringLiteral(", ")));
    m_recipients->setText(p.recipients.join(QStringLiteral(", ")));
    m_delivery->setCurrentIndex(m_delivery->findData(int(p.delivery)));
    m_digestHour->setValue(p.digestHour);
    m_quiet->setChecked(p.quietStartMinute && p.quietEndMinute);
    if (p.quietStartMinute && p.quietEndMinute) {
        m_quietStart->setTime(QTime(*p.quietStartMinute / 60, *p.quietStartMinute % 60));
        m_quietEnd->setTime(QTime(*p.quietEndMinute / 60, *p.quietEndMinute % 60));
    }
    m_notifyClear->setChecked(p.notifyClear);
    m_reminderHours->setValue(p.reminderHours);
    updateButtons();
    m_scopeValues->setEnabled(m_editor->isEnabled() && p.scope != DeviceScope::All);
}

AlertProfile AlertProfilesDialog::formProfile() const
{
    AlertProfile p;
    p.id = m_editingId;
    p.name = m_name->text().trimmed();
    p.enabled = m_enabled->isChecked();
    for (int i = 0; i < m_kinds->count(); ++i)
        if (m_kinds->item(i)->checkState() == Qt::Checked)
            p.kinds.insert(ConditionKind(m_kinds->item(i)->data(Qt::UserRole).toInt()));
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            p.categories.insert(AlertCategory(m_categories->item(i)->data(Qt::UserRole).toInt()));
    p.minSeverity = alerting::Severity(m_minSeverity->currentData().toInt());
    p.scope = DeviceScope(m_scope->currentData().toInt());
    if (p.scope != DeviceScope::All)
        p.scopeValues =
            p.scope == DeviceScope::Devices ? splitList(m_scopeValues->text()) : splitValues(m_scopeValues->text());
    p.recipients = splitList(m_recipients->text());
    p.delivery = alerting::Delivery(m_delivery->currentData().toInt());
    p.digestHour = m_digestHour->value();
    if (m_quiet->isChecked()) {
        p.quietStartMinute = m_quietStart->time().hour() * 60 + m_quietStart->time().minute();
        p.quietEndMinute = m_quietEnd->time().hour() * 60 + m_quietEnd->time().minute();
    }
    p.notifyClear = m_notifyClear->isChecked();
    p.reminderHours = m_reminderHours->value();
    return p;
}

void AlertProfilesDialog::saveProfile()
{
    if (m_busy)
        return;
    const AlertProfile p = formProfile();
    QString problem = alerting::validateProfile(p);
    if (problem.isEmpty() && isRemote(p))
        problem = tr("Names starting with %1 are kept for profiles the server sets.")
                      .arg(sync::RemoteSettings::kRemoteAlertPrefix);
    if (!problem.isEmpty()) {
        setStatus(problem);
        Q_EMIT failed(problem);
        return;
    }
    setBusy(true);
    m_worker->exec(
        [p, actor = actingAs(m_actor)](storage::Database &db) -> storage::StorageError {
            const security::AuditEntry what{
                actor, QStringLiteral("alert-profiles.save"), std::nullopt, {{QStringLiteral("name"), p.name}}};
            if (const auto denied = security::authorize(db, security::Permission::ChangeSettings, what))
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument, denied.message};
            alerting::AlertProfileRepository repo(db);
            if (!p.id) {
                auto id = repo.add(p);
                return id ? storage::StorageError{} : id.error();
            }
            auto updated = repo.update(p);
            if (!updated)
                return updated.error();
            return *updated ? storage::StorageError{}
                            : storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                                    tr("The profile was removed meanwhile.")};
        },
        this,
        [this, name = p.name](storage::StorageError error) {
            setBusy(false);
            if (error) {
                setStatus(error.message);
                Q_EMIT failed(error.message);
                return;
            }
            setStatus(tr("Alert profile %1 saved.").arg(name));
            // Select the saved profile once the list is back.
            connect(
                this, &AlertProfilesDialog::loaded, this,
                [this, name] {
                    for (qsizetype i = 0; i < m_profiles.size(); ++i)
                        if (m_profiles.at(i).name == name)
                            m_list->setCurrentRow(int(i));
                    Q_EMIT saved(name);
                },
                Qt::SingleShotConnection);
            reload();
        });
}

void AlertProfilesDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (m_busy || row < 0 || row >= m_profiles.size() || isRemote(m_profiles.at(row)))
        return;
    const QString name = m_profiles.at(row).name;
    if (m_confirm && !m_confirm(tr("Remove the alert profile %1? Its recipients get no more mail from it.").arg(name)))
        return;
    setBusy(true);
    m_worker->exec(
        [name, actor = actingAs(m_actor)](storage::Database &db) -> storage::StorageError {
            const security::AuditEntry what{
                actor, QStringLiteral("alert-profiles.remove"), std::nullopt, {{QStringLiteral("name"), name}}};
            if (const auto denied = security::authorize(db, security::Permission::ChangeSettings, what))
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument, denied.message};
            auto r = alerting::AlertProfileRepository(db).remove(name);
            return r ? storage::StorageError{} : r.error();
        },
        this,
        [this, name](storage::StorageError error) {
            setBusy(false);
            if (error) {
                setStatus(error.message);
                Q_EMIT failed(error.message);
                return;
            }
            setStatus(tr("Alert profile %1 removed.").arg(name));
            newProfile();
            reload();
            Q_EMIT removed(name);
        });
}

void AlertProfilesDialog::sendTestMail()
{
    const int row = m_list->currentRow();
    if (m_busy || row < 0 || row >= m_profiles.size())
        return;
    // The stored profile: what the agent would use, not unsaved edits.
    const AlertProfile p = m_profiles.at(row);
    setBusy(true);
    setStatus(tr("Sending a test message to %1…").arg(p.recipients.join(QStringLiteral(", "))));
    const QString secretsPath = m_profile.secretsPath();
    m_worker->run<alerting::TestMailResult>(
        [p, secretsPath](storage::Database &db) {
            return alerting::sendTestMail(db, secretsPath, p, QDateTime::currentDateTimeUtc());
        },
        this,
        [this, p](storage::Result<alerting::TestMailResult> r) {
            setBusy(false);
            const bool ok = r && r->smtp.ok();
            QString message = !r   ? r.error().message
                              : ok ? tr("Test mail sent to %1.").arg(p.recipients.join(QStringLiteral(", ")))
                                   : tr("The test mail was not delivered: %1").arg(r->smtp.message);
            // Some recipients refused: the mail went out, and this names who did not get it.
            if (ok && !r->smtp.refusedRecipients.isEmpty())
                message += QLatin1Char(' ') + alerting::refusedRecipientsNote(r->smtp.refusedRecipients);
            setStatus(message);
            Q_EMIT testMailFinished(ok, message);
        });
}

} // namespace fleet::ui
