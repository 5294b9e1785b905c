#include "DeviceActions.h"

#include "ActionProgressDialog.h"
#include "DevicePanel.h"
#include "DeviceTableModel.h"
#include "FirmwareDialog.h"
#include "MainWindow.h"
#include "RebootDialog.h"
#include "TroubleshootDialog.h"
#include "UiLog.h"
#include "actions/ActionRunner.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/FleetRepository.h"
#include "storage/SecretStore.h"

#include <QAction>
#include <QDesktopServices>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>

namespace fleet::ui {

using actions::ActionKind;

DeviceActions::DeviceActions(const ProfileRoot &profile, security::Session *session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_profile(profile)
    , m_session(session)
    , m_dialogParent(dialogParent)
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("device-actions"), this))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("deviceActions"));
    build();
    connect(m_session, &security::Session::changed, this, &DeviceActions::updateEnabled);
    updateEnabled();
}

DeviceActions::~DeviceActions()
{
    // Runners first: a run cut short must not outlive the database worker it records through.
    qDeleteAll(findChildren<actions::ActionRunner *>(Qt::FindDirectChildrenOnly));
    delete m_worker;
}

QAction *DeviceActions::make(ActionKind kind, const char *objectName, const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(tip);
    m_tips.insert(action, tip);
    m_actions.insert(kind, action);
    return action;
}

void DeviceActions::build()
{
    make(ActionKind::Status, "actionRefreshStatus", tr("Refresh &status"),
         tr("Poll the device now and store the result"));
    make(ActionKind::Reboot, "actionReboot", tr("&Reboot…"), tr("Restart the device through SNMP"));
    make(ActionKind::TestPage, "actionTestPageRaw", tr("Print &test page (raw)"),
         tr("Send a one-page text job to the device's raw port (9100)"));
    m_testPageLpr = new QAction(tr("Print test page (&LPR)"), this);
    m_testPageLpr->setObjectName(QStringLiteral("actionTestPageLpr"));
    m_tips.insert(m_testPageLpr, tr("Send a one-page text job through the device's LPR service (515)"));
    m_testPageLpr->setStatusTip(m_tips.value(m_testPageLpr));
    make(ActionKind::Firmware, "actionFirmware", tr("Upgrade &firmware…"),
         tr("Send a firmware file to the device after checks and your confirmation"));
    make(ActionKind::Troubleshoot, "actionTroubleshoot", tr("Trou&bleshoot"),
         tr("Check name resolution, ping, the device's ports and SNMP with each credential profile"));
    make(ActionKind::WebPage, "actionWebPage", tr("Open &web page"), tr("Open the device's web page (HTTPS first)"));
    make(ActionKind::Manage, "actionManage", tr("Start &managing"), tr("Poll this device and include it in uploads"));
    make(ActionKind::Unmanage, "actionUnmanage", tr("St&op managing"),
         tr("Stop polling this device and leave it out of uploads; its history stays"));

    connect(action(ActionKind::Status), &QAction::triggered, this, [this] { trigger(ActionKind::Status); });
    connect(action(ActionKind::Reboot), &QAction::triggered, this, &DeviceActions::confirmReboot);
    connect(action(ActionKind::TestPage), &QAction::triggered, this, [this] { trigger(ActionKind::TestPage); });
    connect(m_testPageLpr, &QAction::triggered, this, [this] { trigger(ActionKind::TestPage, true); });
    connect(action(ActionKind::Firmware), &QAction::triggered, this, &DeviceActions::chooseFirmware);
    connect(action(ActionKind::Troubleshoot), &QAction::triggered, this, [this] { trigger(ActionKind::Troubleshoot); });
    connect(action(ActionKind::WebPage), &QAction::triggered, this, [this] { trigger(ActionKind::WebPage); });
    connect(action(ActionKind::Manage), &QAction::triggered, this, [this] { trigger(ActionKind::Manage); });
    connect(action(ActionKind::Unmanage), &QAction::triggered, this, [this] { trigger(ActionKind::Unmanage); });
}

QList<QAction *> DeviceActions::allActions() const
{
    return {action(ActionKind::Status),   action(ActionKind::Reboot),
            action(ActionKind::TestPage), m_testPageLpr,
            action(ActionKind::Firmware), action(ActionKind::Troubleshoot),
            action(ActionKind::WebPage),  action(ActionKind::Manage),
            action(ActionKind::Unmanage)};
}

void DeviceActions::addTo(QMenu *menu) const
{
    menu->addAction(action(ActionKind::Status));
    menu->addAction(action(ActionKind::Troubleshoot));
    menu->addAction(action(ActionKind::WebPage));
    menu->addSeparator();
    menu->addAction(action(ActionKind::TestPage));
    menu->addAction(m_testPageLpr);
    menu->addSeparator();
    menu->addAction(action(ActionKind::Reboot));
    menu->addAction(action(ActionKind::Firmware));
    menu->addSeparator();
    menu->addAction(action(ActionKind::Manage));
    menu->addAction(action(ActionKind::Unmanage));
}

void DeviceActions::attach(MainWindow *window)
{
    QMenu *menu = new QMenu(tr("&Device"), window);
    menu->setObjectName(QStringLiteral("deviceMenu"));
    addTo(menu);
    // Between Fleet and View: the device is what the fleet table selects.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.size() > 2 ? menus.at(2) : nullptr, menu);

    QTableView *view = window->fleetView();
    auto *context = new QMenu(view);
    context->setObjectName(QStringLiteral("deviceContextMenu"));
    addTo(context);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, context, [view, context](const QPoint &pos) {
        // A group header row holds no device: nothing to act on. The menu acts on the row clicked.
        const QModelIndex index = view->indexAt(pos);
        if (!index.data(models::DeviceTableModel::DeviceIdRole).isValid())
            return;
        view->setCurrentIndex(index);
        context->popup(view->viewport()->mapToGlobal(pos));
    });

    auto *bar = new QToolBar(tr("Device actions"));
    bar->setObjectName(QStringLiteral("deviceActionBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(action(ActionKind::Status));
    bar->addAction(action(ActionKind::Troubleshoot));
    bar->addAction(action(ActionKind::WebPage));
    // One button for the test page: a click prints raw, its menu offers LPR.
    auto *testPage = new QToolButton(bar);
    testPage->setObjectName(QStringLiteral("testPageButton"));
    testPage->setDefaultAction(action(ActionKind::TestPage));
    auto *testPageMenu = new QMenu(testPage);
    testPageMenu->addAction(action(ActionKind::TestPage));
    testPageMenu->addAction(m_testPageLpr);
    testPage->setMenu(testPageMenu);
    testPage->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addWidget(testPage);
    bar->addAction(action(ActionKind::Reboot));
    bar->addAction(action(ActionKind::Firmware));
    bar->addAction(action(ActionKind::Manage));
    bar->addAction(action(ActionKind::Unmanage));
    window->devicePanel()->setActionBar(bar);

    connect(window, &MainWindow::currentDeviceChanged, this, &DeviceActions::setDevice);
    connect(this, &DeviceActions::actionFinished, window, [window](ActionKind kind) {
        // What changed the stored device shows in the table and the panel at once.
        if (kind == ActionKind::Status || kind == ActionKind::Firmware || kind == ActionKind::Manage ||
            kind == ActionKind::Unmanage)
            window->refresh();
    });
    setDevice(window->currentDeviceId());
}

void DeviceActions::setDevice(qint64 deviceId)
{
    deviceId = std::max<qint64>(0, deviceId);
    // The same device again (the table reselects it after every refresh): keep what is known while
    // it reloads, so the actions do not flicker.
    if (deviceId != m_deviceId || !m_device) {
        m_device.reset();
        m_loadError.clear();
    }
    m_deviceId = deviceId;
    ++m_request;
    updateEnabled();
    if (m_deviceId > 0)
        load();
}

void DeviceActions::load()
{
    const quint64 request = ++m_request;
    const qint64 id = m_deviceId;
    const QString secretsPath = m_profile.secretsPath();
    const QString settingsPath = m_profile.settingsPath();
    // The ini and the secrets file are read here too: no file I/O on the GUI thread.
    m_worker->run<Loaded>(
        [id, secretsPath, settingsPath](storage::Database &db) -> storage::Result<Loaded> {
            auto device = storage::FleetRepository(db).device(id);
            if (!device)
                return device.error();
            if (!*device)
                return storage::StorageError{storage::StorageErrorCode::InvalidArgument,
                                             tr("Device %1 is not in the database; it may have been removed.").arg(id)};
            Loaded loaded;
            loaded.record = **device;
            loaded.policy = actions::ActionPolicy::load(settingsPath);
            storage::SecretStore secrets(secretsPath);
            auto credentials = [&]() -> storage::Result<QList<snmp::Credential>> {
                if (auto e = secrets.load())
                    return e;
                return storage::CredentialRepository(db, secrets).load();
            }();
            if (credentials) {
                loaded.credentials = *credentials;
                // The profile that worked last first, as the periodic poll does.
                std::stable_partition(
                    loaded.credentials.begin(), loaded.credentials.end(),
                    [&](const snmp::Credential &c) { return c.name == loaded.record.credentialName; });
            } else {
                loaded.credentialError = credentials.error().message;
            }
            return loaded;
        },
        this,
        [this, request, id](storage::Result<Loaded> result) {
            if (request != m_request)
                return;
            if (!result) {
                m_loadError = result.error().message;
                qCWarning(lcUi) << "device actions:" << m_loadError;
                updateEnabled();
                Q_EMIT loadFailed(id, m_loadError);
                return;
            }
            if (!result->credentialError.isEmpty())
                qCWarning(lcUi) << "device actions: credential profiles not read:" << result->credentialError;
            m_device = std::move(*result);
            updateEnabled();
            Q_EMIT deviceLoaded(id);
        });
}

QString DeviceActions::disabledReason(ActionKind kind) const
{
    if (m_deviceId <= 0)
        return tr("Choose a device first.");
    const security::Permission permission = actions::actionPermission(kind);
    if (!m_session->allows(permission)) {
        if (m_session->isLocked())
            return tr("The window is locked.");
        if (!m_session->isSignedIn())
            return tr("Sign in to %1.").arg(security::permissionVerb(permission));
        return security::check(m_session->actor(), permission).message;
    }
    if (!m_device)
        return m_loadError.isEmpty() ? tr("Reading the device…") : m_loadError;
    actions::ActionRequest probe;
    probe.kind = kind;
    probe.actor = m_session->actor();
    if (const QString refusal = m_device->policy.refusal(probe); !refusal.isEmpty())
        return refusal;
    if (kind == ActionKind::Manage && m_device->record.inScope)
        return tr("The device is managed already.");
    if (kind == ActionKind::Unmanage && !m_device->record.inScope)
        return tr("The device is not managed.");
    if (kind == ActionKind::Reboot && m_device->credentials.isEmpty())
        return tr("A reboot needs a stored credential profile to send it with.");
    return {};
}

void DeviceActions::updateEnabled()
{
    const auto apply = [this](QAction *a, ActionKind kind) {
        const QString reason = disabledReason(kind);
        a->setEnabled(reason.isEmpty());
        a->setToolTip(reason.isEmpty() ? m_tips.value(a) : tr("%1 — unavailable: %2").arg(m_tips.value(a), reason));
    };
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        apply(it.value(), it.key());
    apply(m_testPageLpr, ActionKind::TestPage);
}

actions::ActionRequest DeviceActions::request(ActionKind kind) const
{
    actions::ActionRequest r;
    r.kind = kind;
    r.actor = m_session->actor();
    r.origin = actions::Origin::Local;
    r.options = m_baseOptions;
    if (!m_device)
        return r;
    const storage::DeviceRecord &d = m_device->record;
    r.device.deviceId = d.id;
    r.device.name = d.name;
    r.device.model = d.model;
    r.device.serial = d.serial;
    r.device.setAddress(d.address);
    r.device.credentials = m_device->credentials;
    return r;
}

void DeviceActions::trigger(ActionKind kind, bool lpr)
{
    run(kind, {}, {}, lpr);
}

ActionProgressDialog *DeviceActions::run(ActionKind kind, const QString &writeProfile, const QString &firmwarePath,
                                         bool lpr)
{
    // The menus may be stale by a moment (a shortcut, a queued click): ask once more.
    if (!disabledReason(kind).isEmpty())
        return nullptr;
    actions::ActionRequest r = request(kind);
    r.options.useLpr = lpr;
    if (kind == ActionKind::Reboot)
        r.device.writeCredential = credentialNamed(writeProfile);
    if (kind == ActionKind::Firmware) {
        r.options.firmwarePath = firmwarePath;
        r.options.confirmed = true; // the caller asked (FirmwareDialog's "I understand")
    }
    return start(r, m_device->policy);
}

std::optional<snmp::Credential> DeviceActions::credentialNamed(const QString &name) const
{
    if (m_device)
        for (const snmp::Credential &c : std::as_const(m_device->credentials))
            if (c.name == name)
                return c;
    return std::nullopt;
}

ActionProgressDialog *DeviceActions::start(actions::ActionRequest r, const actions::ActionPolicy &policy)
{
    // Whoever uses the window when the run starts is who acts (a dialog may have been open long).
    if (!m_session->allows(actions::actionPermission(r.kind)))
        return nullptr;
    r.actor = m_session->actor();
    const ActionKind kind = r.kind;
    auto *dialog = new ActionProgressDialog(actions::actionTitle(kind), r.device.label(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *runner = new actions::ActionRunner(r, policy, m_worker, this);
    dialog->follow(runner);
    QPointer<ActionProgressDialog> guard(dialog);
    const QString label = r.device.label();
    connect(runner, &actions::ActionRunner::finished, this,
            [this, kind, guard, runner, label](const actions::ActionResult &result) {
                runner->deleteLater();
                onFinished(kind, label, result, guard);
            });
    dialog->show();
    runner->start();
    Q_EMIT started(r, dialog);
    return dialog;
}

void DeviceActions::onFinished(ActionKind kind, const QString &device, const actions::ActionResult &result,
                               ActionProgressDialog *dialog)
{
    if (kind == ActionKind::WebPage && result.ok()) {
        const QUrl url(result.details.value(QStringLiteral("url")).toString());
        if (m_openUrl(url) && dialog)
            dialog->close();
    }
    if (kind == ActionKind::Troubleshoot && result.details.contains(QStringLiteral("checklist"))) {
        auto *checklist = new TroubleshootDialog(device, m_dialogParent);
        checklist->setAttribute(Qt::WA_DeleteOnClose);
        checklist->setResult(result);
        checklist->show();
        if (dialog)
            dialog->close();
        Q_EMIT dialogOpened(checklist);
    }
    if (kind == ActionKind::Manage || kind == ActionKind::Unmanage)
        setDevice(m_deviceId); // the scope changed: Start/Stop managing swap
    Q_EMIT actionFinished(kind, result);
}

void DeviceActions::confirmReboot()
{
    if (!disabledReason(ActionKind::Reboot).isEmpty())
        return;
    QStringList names;
    for (const snmp::Credential &c : std::as_const(m_device->credentials))
        names << c.name;
    const QString preferred = m_lastWriteProfile.isEmpty() ? m_device->record.credentialName : m_lastWriteProfile;
    // The request is for the device the question names, even if another row is chosen meanwhile.
    actions::ActionRequest r = request(ActionKind::Reboot);
    const actions::ActionPolicy policy = m_device->policy;
    const QList<snmp::Credential> credentials = m_device->credentials;
    auto *dialog = new RebootDialog(r.device.label(), names, preferred, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, r, policy, credentials]() mutable {
        m_lastWriteProfile = dialog->writeProfile();
        for (const snmp::Credential &c : std::as_const(credentials))
            if (c.name == m_lastWriteProfile)
                r.device.writeCredential = c;
        start(r, policy);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void DeviceActions::chooseFirmware()
{
    if (!disabledReason(ActionKind::Firmware).isEmpty())
        return;
    actions::ActionRequest r = request(ActionKind::Firmware);
    const actions::ActionPolicy policy = m_device->policy;
    auto *dialog = new FirmwareDialog(r.device, m_device->record.firmware, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, r, policy]() mutable {
        r.options.firmwarePath = dialog->filePath();
        r.options.confirmed = true; // "I understand" was ticked: Start is disabled until it is
        start(r, policy);
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace fleet::ui
