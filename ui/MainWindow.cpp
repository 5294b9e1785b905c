#include "MainWindow.h"

#include "ActionPolicyDialog.h"
#include "AlertThresholdsDialog.h"
#include "AlertsView.h"
#include "CredentialProfilesDialog.h"
#include "DeviceActions.h"
#include "DevicePanel.h"
#include "DeviceTableModel.h"
#include "DiscoveryDialog.h"
#include "FleetFilterModel.h"
#include "FleetGroupModel.h"
#include "MeterExportDialog.h"
#include "ModelCsv.h"
#include "NotificationsView.h"
#include "PostureView.h"
#include "SessionControls.h"
#include "SettingsDialog.h"
#include "SupplyBarDelegate.h"
#include "SyncView.h"
#include "UiLog.h"
#include "control/DaemonClient.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"
#include "storage/FleetLoader.h"
#include "util/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
constexpr auto kLayoutGroup = "mainWindow";
constexpr int kRefreshMs = 30000;
} // namespace

MainWindow::MainWindow(const ProfileRoot &profile, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
    , m_session(new security::Session(this))
    , m_loader(new storage::FleetLoader(profile.databasePath(), this))
    , m_worker(new storage::DatabaseWorker(profile.databasePath(), QStringLiteral("main-window"), this))
    , m_model(new models::DeviceTableModel(this))
    , m_filter(new models::FleetFilterModel(this))
    , m_groups(new models::FleetGroupModel(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new QTableView(this))
    , m_panel(new DevicePanel(profile.databasePath(), this))
    , m_alerts(new AlertsView(profile.databasePath(), this))
    , m_sync(new SyncView(profile, this))
    , m_filterEdit(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_toolbar(addToolBar(tr("Fleet")))
{
    setWindowTitle(tr("Fleetkeeper"));
    setObjectName(QStringLiteral("mainWindow"));
    m_filter->setFleetModel(m_model);

    m_view->setObjectName(QStringLiteral("fleetView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::DeviceTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Fleet"));
    m_view->setItemDelegateForColumn(models::DeviceTableModel::Supplies, new SupplyBarDelegate(m_view));
    connect(m_groups, &models::FleetGroupModel::groupsChanged, this, &MainWindow::applySpans);

    m_toolbar->setObjectName(QStringLiteral("fleetToolbar"));
    QAction *refreshAction = m_toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    m_filterEdit->setObjectName(QStringLiteral("fleetFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter devices"));
    m_filterEdit->setAccessibleName(tr("Filter devices"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(320);
    m_toolbar->addWidget(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &models::FleetFilterModel::setText);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filterEdit,
            [this] { m_filterEdit->setFocus(Qt::ShortcutFocusReason); });
    addAction(focusFilter);

    buildQuickFilters();
    m_grouping->setObjectName(QStringLiteral("grouping"));
    m_grouping->setAccessibleName(tr("Group by"));
    m_grouping->addItem(tr("No grouping"), models::FleetGroupModel::NoGrouping);
    m_grouping->addItem(tr("Group by location"), models::FleetGroupModel::ByLocation);
    m_grouping->addItem(tr("Group by model"), models::FleetGroupModel::ByModel);
    m_toolbar->addWidget(m_grouping);
    connect(m_grouping, &QComboBox::currentIndexChanged, this,
            [this] { setGrouping(models::FleetGroupModel::Grouping(m_grouping->currentData().toInt())); });

    // The fleet above, the selected device's details below.
    m_splitter->setObjectName(QStringLiteral("fleetSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_panel->setObjectName(QStringLiteral("devicePanel"));
    m_alerts->setObjectName(QStringLiteral("alertsView"));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_splitter, tr("&Fleet"));
    m_tabs->addTab(m_alerts, tr("&Alerts"));
    m_tabs->addTab(m_sync, tr("&Remote services"));
    m_tabs->addTab(new PostureView(profile.databasePath(), profile.settingsPath(), m_session, this), tr("&Security"));
    connect(this, &MainWindow::currentDeviceChanged, m_panel, [this](qint64 id) {
        if (id > 0)
            m_panel->showDevice(id);
        else
            m_panel->clearDevice();
    });
    connect(m_alerts, &AlertsView::deviceActivated, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        selectDevice(id);
    });
    connect(m_alerts, &AlertsView::refreshed, this,
            [this](int alerts) { m_tabs->setTabText(1, alerts > 0 ? tr("&Alerts (%1)").arg(alerts) : tr("&Alerts")); });
    setCentralWidget(m_tabs);
    m_status->setObjectName(QStringLiteral("fleetCounts"));
    m_schedule->setObjectName(QStringLiteral("scheduleStatus"));
    statusBar()->addWidget(m_status);
    statusBar()->addPermanentWidget(m_schedule);
    resize(1400, 700);

    buildMenus();
    // Notifications tab, Alert profiles and SMTP server in the Fleet menu.
    NotificationsView::install(m_profile, m_tabs, m_fleetMenu, m_session);
    AlertThresholdsDialog::install(m_profile, m_fleetMenu, m_session, this);
    ActionPolicyDialog::install(m_profile, m_fleetMenu, m_session, this); // which actions may run
    buildColumnChooser();
    // The device actions (R5): Device menu, the table's context menu and the panel's button row.
    (new DeviceActions(profile, m_session, this))->attach(this);
    m_alerts->setSession(m_session); // acknowledging and syncing act as the signed-in user
    m_sync->setSession(m_session);
    m_sessionControls = new SessionControls(this, m_profile, m_session);

    watchSelection();
    connect(m_loader, &storage::FleetLoader::loaded, this, [this](const QList<storage::FleetRow> &rows) {
        const qint64 current = currentDeviceId();
        QElapsedTimer timer;
        timer.start();
        m_model->setRows(rows);
        const qint64 modelMs = timer.restart();
        if (m_firstLoad) {
            m_firstLoad = false;
            m_view->resizeColumnsToContents();
            // A device's long description must not push every other column off the screen.
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 320));
            restoreLayout();
        }
        qCDebug(lcUi) << rows.size() << "devices shown: model" << modelMs << "ms, layout" << timer.elapsed() << "ms";
        if (current >= 0)
            selectDevice(current);
        showCounts(rows);
        if (m_panel->deviceId() > 0)
            m_panel->refresh();
        m_alerts->refresh();
        Q_EMIT fleetLoaded(rows);
        Q_EMIT refreshed(int(rows.size()));
    });
    connect(m_loader, &storage::FleetLoader::failed, this,
            [this](const QString &message) { m_status->setText(tr("Cannot read the database: %1").arg(message)); });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start(kRefreshMs);
    refresh();
}

MainWindow::~MainWindow()
{
    saveLayout();
}

void MainWindow::refresh()
{
    m_loader->load();
}

void MainWindow::buildQuickFilters()
{
    struct Quick
    {
        models::FleetFilterModel::QuickFilter filter;
        const char *name;
        QString text;
        QString tip;
    };
    const QList<Quick> quick{
        {models::FleetFilterModel::Errors, "quickErrors", tr("Errors"), tr("Show devices in error or offline")},
        {models::FleetFilterModel::LowSupplies, "quickLowSupplies", tr("Low supplies"),
         tr("Show devices with a supply low or empty (or a waste container nearly full)")},
        {models::FleetFilterModel::NotReporting, "quickNotReporting", tr("Not reporting"),
         tr("Show devices without a successful poll for longer than the configured hours")},
    };
    m_toolbar->addSeparator();
    for (const Quick &q : quick) {
        QAction *action = m_toolbar->addAction(q.text);
        action->setObjectName(QString::fromLatin1(q.name));
        action->setCheckable(true);
        action->setToolTip(q.tip);
        action->setData(int(q.filter));
        connect(action, &QAction::toggled, this, [this, filter = q.filter](bool on) {
            auto filters = m_filter->quickFilters();
            filters.setFlag(filter, on);
            m_filter->setQuickFilters(filters);
        });
    }
    m_filter->setNotReportingHours(int(AppSettings(m_profile).notReportingAfter().count()));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportFleet = file->addAction(tr("Export fleet table…"), this, &MainWindow::chooseFleetExport);
    exportFleet->setObjectName(QStringLiteral("exportFleet"));
    QAction *exportMeters = file->addAction(tr("Export meter reads…"), this, &MainWindow::openMeterExport);
    exportMeters->setObjectName(QStringLiteral("exportMeterReads"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

    m_fleetMenu = menuBar()->addMenu(tr("F&leet"));
    QAction *discover = m_fleetMenu->addAction(tr("&Discover printers…"), this, &MainWindow::openDiscovery);
    discover->setObjectName(QStringLiteral("discover"));
    discover->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toolbar->insertAction(m_toolbar->actions().value(1), discover);
    QAction *profiles = m_fleetMenu->addAction(tr("&Credential profiles…"), this, &MainWindow::openCredentialProfiles);
    profiles->setObjectName(QStringLiteral("credentialProfiles"));
    QAction *registration =
        m_fleetMenu->addAction(tr("&Register with remote services…"), m_sync, &SyncView::openRegistration);
    registration->setObjectName(QStringLiteral("registerRemoteServices"));
    m_fleetMenu->addSeparator();
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_toolbar->actions())
        if (action->isCheckable())
            m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_columnsMenu = m_viewMenu->addMenu(tr("&Columns"));
}

void MainWindow::buildColumnChooser()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        auto *action = new QAction(m_model->headerData(c, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("column%1").arg(c));
        action->setCheckable(true);
        action->setChecked(true);
        // The name identifies the device: it cannot be hidden.
        action->setEnabled(c != models::DeviceTableModel::Name);
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
        header->addAction(action);
        m_columnsMenu->addAction(action);
    }
}

void MainWindow::watchSelection()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentDeviceChanged(currentDeviceId()); });
}

// Without grouping the table shows the filter model directly: the grouping model's rebuilds would
// only cost time on every keystroke of a large fleet.
void MainWindow::setGrouping(models::FleetGroupModel::Grouping grouping)
{
    const qint64 current = currentDeviceId();
    const QByteArray header = m_view->horizontalHeader()->saveState();
    QItemSelectionModel *oldSelection = m_view->selectionModel();
    if (grouping == models::FleetGroupModel::NoGrouping) {
        m_view->clearSpans();
        m_view->setModel(m_filter);
        m_groups->setSourceModel(nullptr);
    } else {
        m_groups->setSourceModel(m_filter);
        m_groups->setGrouping(grouping);
        m_view->setModel(m_groups);
        applySpans();
    }
    delete oldSelection;
    m_view->horizontalHeader()->restoreState(header);
    watchSelection();
    if (current >= 0)
        selectDevice(current);
}

void MainWindow::applySpans()
{
    m_view->clearSpans();
    const int columns = m_groups->columnCount();
    for (int r = 0; r < m_groups->rowCount(); ++r)
        if (m_groups->isGroupHeader(r))
            m_view->setSpan(r, 0, 1, columns);
}

void MainWindow::restoreLayout()
{
    QSettings settings(m_profile.settingsPath(), QSettings::IniFormat);
    settings.beginGroup(QString::fromLatin1(kLayoutGroup));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    if (m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("fleetHeader")).toByteArray())) {
        for (QAction *action : m_view->horizontalHeader()->actions()) {
            const int column = action->objectName().mid(6).toInt();
            action->setChecked(!m_view->isColumnHidden(column));
        }
    }
    const int grouping = m_grouping->findData(settings.value(QStringLiteral("grouping"), 0).toInt());
    m_grouping->setCurrentIndex(std::max(0, grouping));
    const int quick = settings.value(QStringLiteral("quickFilters"), 0).toInt();
    for (QAction *action : m_toolbar->actions())
        if (action->isCheckable() && action->data().isValid())
            action->setChecked(quick & action->data().toInt());
}

void MainWindow::saveLayout() const
{
    if (m_firstLoad)
        return; // nothing was restored or shown yet; keep what is stored
    QSettings settings(m_profile.settingsPath(), QSettings::IniFormat);
    settings.beginGroup(QString::fromLatin1(kLayoutGroup));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("fleetHeader"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("grouping"), m_grouping->currentData().toInt());
    settings.setValue(QStringLiteral("quickFilters"), int(m_filter->quickFilters()));
}

qint64 MainWindow::currentDeviceId() const
{
    const QVariant id = m_view->currentIndex().data(models::DeviceTableModel::DeviceIdRole);
    return id.isValid() ? id.toLongLong() : -1;
}

void MainWindow::selectDevice(qint64 deviceId)
{
    const int sourceRow = m_model->rowOfDevice(deviceId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, models::DeviceTableModel::Name));
    if (m_view->model() == m_groups)
        index = m_groups->mapFromSource(index);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MainWindow::showCounts(const QList<storage::FleetRow> &rows)
{
    int ok = 0, warning = 0, error = 0;
    for (const auto &row : rows) {
        if (models::FleetFilterModel::isError(row.device.status))
            ++error;
        else if (row.device.status == u"warning")
            ++warning;
        else if (row.device.status == u"ok")
            ++ok;
    }
    m_status->setText(tr("%n device(s)", nullptr, int(rows.size())) + QStringLiteral(" · ") +
                      tr("%1 OK · %2 warning · %3 error").arg(ok).arg(warning).arg(error));
}

void MainWindow::chooseFleetExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export fleet table"), tr("fleet.csv"),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportFleet(path);
}

void MainWindow::exportFleet(const QString &path)
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    // Built here (the model lives on this thread), written by a pool thread.
    const QByteArray csv = models::modelToCsv(*m_view->model(), columns).toUtf8();
    QPointer<MainWindow> self(this);
    QThreadPool::globalInstance()->start([self, path, csv] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            error = tr("Cannot write %1: %2").arg(path, file.errorString());
        QMetaObject::invokeMethod(qApp, [self, path, error] {
            if (!self)
                return;
            self->statusBar()->showMessage(error.isEmpty() ? tr("Fleet table written to %1").arg(path) : error, 10000);
            Q_EMIT self->exportFinished(path, error);
        });
    });
}

void MainWindow::openMeterExport()
{
    auto *dialog = new MeterExportDialog(m_worker, this);
    dialog->setSession(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MeterExportDialog::exported, this, [this](const QString &path, int rows) {
        statusBar()->showMessage(tr("%n meter row(s) written to %1", nullptr, rows).arg(path), 10000);
    });
    dialog->open();
}

void MainWindow::openDiscovery()
{
    auto *dialog = new DiscoveryDialog(m_profile, this);
    dialog->setSession(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscoveryDialog::devicesStored, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::openCredentialProfiles()
{
    auto *dialog = new CredentialProfilesDialog(m_profile, this);
    dialog->setSession(m_session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_closeHidesToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::attachService(schedule::FleetService *service)
{
    m_service = service;
    QAction *pollNow =
        m_toolbar->addAction(tr("Poll now"), service, [this, service] { service->pollNow(m_session->actor()); });
    pollNow->setObjectName(QStringLiteral("pollNow"));
    pollNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_fleetMenu->addAction(pollNow);
    connect(service, &schedule::FleetService::pollStarted, this, [this, pollNow] {
        pollNow->setEnabled(false);
        m_schedule->setText(tr("Polling…"));
    });
    connect(service, &schedule::FleetService::pollProgress, this,
            [this](int done, int total) { m_schedule->setText(tr("Polling… %1 of %2").arg(done).arg(total)); });
    connect(service, &schedule::FleetService::pollFinished, this, [this, pollNow] {
        pollNow->setEnabled(true);
        refresh();
        showSchedule();
    });
    connect(service, &schedule::FleetService::nextPollChanged, this, &MainWindow::showSchedule);

    QAction *pause = m_fleetMenu->addAction(tr("&Pause polling"));
    pause->setObjectName(QStringLiteral("pausePolling"));
    pause->setCheckable(true);
    pause->setChecked(service->isPaused());
    connect(pause, &QAction::toggled, service, [service](bool on) { service->setPaused(on); });
    connect(service, &schedule::FleetService::pausedChanged, this, [this, pause](bool paused) {
        pause->setChecked(paused);
        showSchedule();
    });
    m_fleetMenu->addSeparator();
    QAction *settings = m_fleetMenu->addAction(tr("&Settings…"), this, [this, service] {
        auto *dialog = new SettingsDialog(service, this);
        dialog->setSession(m_session);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, service] {
            m_filter->setNotReportingHours(int(service->settings().notReportingAfter().count()));
            m_sessionControls->reloadSettings();
            showSchedule();
        });
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence::Preferences);
    m_sessionControls->rebind(); // Poll now, Pause and Settings exist from here on
    showSchedule();
}

void MainWindow::attachDaemon(control::DaemonClient *client)
{
    m_daemon = client;
    QAction *pollNow = m_toolbar->addAction(tr("Poll now"), client, [client] { client->pollNow(); });
    pollNow->setObjectName(QStringLiteral("pollNow"));
    pollNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_fleetMenu->addAction(pollNow);
    QAction *pause = m_fleetMenu->addAction(tr("&Pause polling"));
    pause->setObjectName(QStringLiteral("pausePolling"));
    pause->setCheckable(true);
    // triggered, not toggled: the status from the service sets the check mark without asking again.
    connect(pause, &QAction::triggered, client, [client](bool on) { client->setPaused(on); });
    m_fleetMenu->addSeparator();
    QAction *settings = m_fleetMenu->addAction(tr("&Settings…"), this, [this, client] {
        auto *dialog = new SettingsDialog(m_profile, this);
        dialog->setSession(m_session);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, client] {
            m_filter->setNotReportingHours(int(AppSettings(m_profile).notReportingAfter().count()));
            m_sessionControls->reloadSettings();
            client->reloadSettings(); // the ini is written: the service re-reads it
        });
        dialog->open();
    });
    settings->setObjectName(QStringLiteral("settings"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(client, &control::DaemonClient::pollStarted, this, [this, pollNow] {
        pollNow->setEnabled(false);
        m_schedule->setText(tr("The service is polling…"));
    });
    connect(client, &control::DaemonClient::pollProgress, this, [this](int done, int total) {
        m_schedule->setText(tr("The service is polling… %1 of %2").arg(done).arg(total));
    });
    connect(client, &control::DaemonClient::pollFinished, this, [this, pollNow] {
        pollNow->setEnabled(true);
        refresh();
    });
    connect(client, &control::DaemonClient::discoveryFinished, this, &MainWindow::refresh);
    connect(client, &control::DaemonClient::statusChanged, this, [this, pause] {
        pause->setChecked(m_daemon->status().paused);
        showDaemonStatus();
    });
    connect(client, &control::DaemonClient::connectedChanged, this, &MainWindow::showDaemonStatus);
    connect(client, &control::DaemonClient::requestFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_sessionControls->rebind(); // Poll now, Pause and Settings exist from here on
    showDaemonStatus();
}

void MainWindow::showDaemonStatus()
{
    if (!m_daemon)
        return;
    if (!m_daemon->isConnected()) {
        m_schedule->setText(tr("The service is not running (trying again)"));
        return;
    }
    if (!m_daemon->hasStatus()) {
        m_schedule->setText(tr("Attached to the service"));
        return;
    }
    const control::StatusReport &s = m_daemon->status();
    const QLocale locale;
    const QString lastText = s.poll.lastFinished.isValid()
                                 ? locale.toString(s.poll.lastFinished.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
    const QString nextText = s.paused                ? tr("paused")
                             : s.poll.next.isValid() ? locale.toString(s.poll.next.toLocalTime(), QLocale::ShortFormat)
                                                     : tr("—");
    m_schedule->setText(tr("Attached to the service · last poll: %1 · next: %2").arg(lastText, nextText));
}

void MainWindow::showSchedule()
{
    if (!m_service)
        return;
    const QLocale locale;
    const auto last = m_service->lastPoll();
    const QString lastText = last && last->lastFinished.isValid()
                                 ? locale.toString(last->lastFinished.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
    const QDateTime next = m_service->nextPoll();
    const QString nextText = m_service->isPaused() ? tr("paused")
                             : next.isValid()      ? locale.toString(next.toLocalTime(), QLocale::ShortFormat)
                                                   : tr("—");
    m_schedule->setText(tr("Last poll: %1 · next: %2").arg(lastText, nextText));
}

} // namespace fleet::ui
