#include "SecurityModeDialog.h"

#include "SyncAgentRunner.h"

#include "storage/DatabaseWorker.h"
#include "storage/EventLog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}
} // namespace

SecurityModeDialog::SecurityModeDialog(const ProfileRoot &profile, const security::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_actor(actor)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("security-mode"), this))
    , m_runner(new SyncAgentRunner(profile, this))
    , m_normal(new QRadioButton(tr("&Normal (default)"), this))
    , m_lockedDown(new QRadioButton(tr("&Locked down"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_previewStatus(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save mode"), this))
{
    setObjectName(QStringLiteral("securityModeDialog"));
    setWindowTitle(tr("Remote services security mode"));
    resize(860, 720);
    m_normal->setObjectName(QStringLiteral("modeNormal"));
    m_lockedDown->setObjectName(QStringLiteral("modeLockedDown"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_normal);
    group->addButton(m_lockedDown);
    m_normal->setChecked(true);

    auto *modes = new QGroupBox(tr("What leaves this machine"), this);
    auto *modesLayout = new QVBoxLayout(modes);
    modesLayout->addWidget(m_normal);
    modesLayout->addWidget(
        explanation(tr("Once a day the agent sends your service provider one encrypted report: for every printer its "
                       "identity (make, model, serial number, name and location), status and alerts, page counters and "
                       "supply levels, and its network details (IP address, MAC addresses, interfaces); and about this "
                       "agent its host name and addresses. Once a day it also asks the server for commands (such as "
                       "“refresh this printer's status”) and for settings (poll interval, SNMP timeouts, discovery)."),
                    modes));
    modesLayout->addWidget(m_lockedDown);
    modesLayout->addWidget(
        explanation(tr("Only what billing, supplies and diagnostics need: printer identity, status, alerts, page "
                       "counters and supply levels. No IP addresses, host names or MAC addresses of this machine or of "
                       "the printers, and the registration does not include this computer's name. The agent never asks "
                       "the server for commands or settings: it only registers and uploads. Free text a printer "
                       "reports about itself (such as its location) is sent as the printer reports it."),
                    modes));
    modesLayout->addWidget(
        explanation(tr("The mode can only be changed here, by someone with access to this computer; the service "
                       "provider cannot change it."),
                    modes));

    m_preview->setObjectName(QStringLiteral("payloadPreview"));
    m_preview->setAccessibleName(tr("Payload preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_previewStatus->setObjectName(QStringLiteral("previewStatus"));
    m_previewStatus->setWordWrap(true);
    auto *previewBox = new QGroupBox(tr("Preview: the next payload in the selected mode, before encryption"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_preview, 1);

    m_message->setObjectName(QStringLiteral("securityModeMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveSecurityMode"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("securityModeButtons"));
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SecurityModeDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modes);
    layout->addWidget(previewBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked && m_ready)
            updatePreview();
    });
    setEnabled(false);
    m_runner->loadSettings(this, [this](const sync::SyncSettings &settings) {
        m_saved = settings.securityMode;
        selectMode(settings.securityMode);
        setEnabled(true);
        m_ready = true;
        updatePreview();
        Q_EMIT ready();
    });
}

sync::SecurityMode SecurityModeDialog::selectedMode() const
{
    return m_lockedDown->isChecked() ? sync::SecurityMode::LockedDown : sync::SecurityMode::Normal;
}

void SecurityModeDialog::selectMode(sync::SecurityMode mode)
{
    (mode == sync::SecurityMode::LockedDown ? m_lockedDown : m_normal)->setChecked(true);
}

QString SecurityModeDialog::preview() const
{
    return m_preview->toPlainText();
}

QString SecurityModeDialog::message() const
{
    return m_message->text();
}

void SecurityModeDialog::updatePreview()
{
    const sync::SecurityMode mode = selectedMode();
    const int generation = ++m_previewGeneration;
    m_preview->clear();
    m_previewStatus->setText(tr("Building the payload…"));
    m_runner->buildPayloadXml(m_actor, mode == sync::SecurityMode::LockedDown, this,
                              [this, mode, generation](const Expected<QByteArray> &xml) {
                                  if (generation != m_previewGeneration)
                                      return; // the selection changed meanwhile
                                  if (!xml) {
                                      m_previewStatus->setText(tr("No preview: %1").arg(xml.error()));
                                  } else {
                                      m_preview->setPlainText(QString::fromUtf8(*xml));
                                      m_previewStatus->setText(
                                          tr("%1 of XML; it is compressed and encrypted before it is sent.")
                                              .arg(QLocale().formattedDataSize(xml->size())));
                                  }
                                  Q_EMIT previewShown(mode);
                              });
}

void SecurityModeDialog::save()
{
    const sync::SecurityMode mode = selectedMode();
    const sync::SecurityMode old = m_saved;
    if (mode == old) {
        m_message->setText(tr("The mode is already %1.").arg(sync::securityModeName(mode)));
        Q_EMIT modeSaved(mode);
        return;
    }
    m_save->setEnabled(false);
    const QString settingsPath = m_profile.settingsPath();
    // The ini and the event log are written on the worker thread, the log only once the ini is saved.
    m_worker->exec(
        [settingsPath, mode, old, actor = m_actor](storage::Database &db) -> storage::StorageError {
            QSettings ini(settingsPath, QSettings::IniFormat);
            if (const auto e = sync::changeSecurityMode(ini, db, actor, mode))
                return {storage::StorageErrorCode::InvalidArgument, e.message};
            const QString from = sync::securityModeName(old);
            const QString to = sync::securityModeName(mode);
            auto logged = storage::EventLog(db).record(
                std::nullopt, QDateTime::currentDateTimeUtc(), kEventKind,
                QStringLiteral("Remote services security mode changed locally from %1 to %2").arg(from, to),
                QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
            return logged ? storage::StorageError{} : logged.error();
        },
        this,
        [this, mode](storage::StorageError error) {
            m_save->setEnabled(true);
            if (error) {
                m_message->setText(tr("The mode could not be saved: %1").arg(error.message));
                Q_EMIT saveFailed(error.message);
                return;
            }
            m_saved = mode;
            m_message->setText(mode == sync::SecurityMode::LockedDown
                                   ? tr("Locked-down mode is on. The next payload leaves out all addresses and the "
                                        "agent no longer asks the server for commands or settings.")
                                   : tr("Normal mode is on."));
            Q_EMIT modeSaved(mode);
        });
}

} // namespace fleet::ui
