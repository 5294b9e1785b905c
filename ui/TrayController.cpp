#include "TrayController.h"

#include "ConsentView.h"
#include "sync/SyncService.h"

#include "alerting/AlertingService.h"
#include "control/DaemonClient.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "storage/DatabaseWorker.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSvgRenderer>

namespace fleet::ui {

namespace {

QString iconPath(storage::HealthLevel level)
{
    return QStringLiteral(":/fleet/icons/tray-%1.svg").arg(storage::healthLevelName(level));
}

constexpr int kRefreshMs = 60 * 1000;
constexpr int kMaxListedAlerts = 3;

} // namespace

QIcon TrayController::iconFor(storage::HealthLevel level)
{
    QSvgRenderer svg(iconPath(level));
    QIcon icon;
    if (!svg.isValid())
        return icon;
    // Tray sizes from 16 px up to 64 px at 2x: the icon engine picks the nearest, never scales up.
    for (const int size : {16, 22, 24, 32, 48, 64, 96, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

TrayController::TrayController(schedule::FleetService *service, QObject *parent)
    : TrayController(service, nullptr, service->profile(), parent)
{}

TrayController::TrayController(control::DaemonClient *client, const ProfileRoot &profile, QObject *parent)
    : TrayController(nullptr, client, profile, parent)
{}

TrayController::TrayController(schedule::FleetService *service, control::DaemonClient *client,
                               const ProfileRoot &profile, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_client(client)
    , m_settingsPath(profile.settingsPath())
    , m_worker(std::make_unique<storage::DatabaseWorker>(profile.databasePath(), QStringLiteral("tray")))
    , m_menu(std::make_unique<QMenu>())
{
    qRegisterMetaType<fleet::storage::FleetHealth>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_summary = m_menu->addAction(QString());
    m_summary->setObjectName(QStringLiteral("traySummary"));
    m_summary->setEnabled(false);
    m_menu->addSeparator();
    QAction *open = m_menu->addAction(tr("&Open Fleetkeeper"), this, &TrayController::openRequested);
    open->setObjectName(QStringLiteral("trayOpen"));
    m_menu->setDefaultAction(open);
    m_pollNow = m_menu->addAction(tr("&Poll now"), this, [this] {
        if (m_client)
            m_client->pollNow();
        else if (m_session)
            m_service->pollNow(m_session->actor());
        else
            m_service->pollNow();
    });
    m_pollNow->setObjectName(QStringLiteral("trayPollNow"));
    m_pollNow->setEnabled(!(m_service && m_service->isPolling()));
    m_pause = m_menu->addAction(tr("P&ause polling"));
    m_pause->setObjectName(QStringLiteral("trayPause"));
    m_pause->setCheckable(true);
    m_pause->setChecked(isPaused());
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (!m_client)
            m_service->setPaused(paused);
        else if (paused != m_client->status().paused) // not the echo of the service's own state
            m_client->setPaused(paused);
    });
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuit"));

    if (m_service) {
        connect(m_service, &schedule::FleetService::pausedChanged, this, [this](bool paused) {
            m_pause->setChecked(paused); // no loop: setPaused ignores a state it is already in
            updateTip();
        });
        connect(m_service, &schedule::FleetService::pollStarted, this, [this] { m_pollNow->setEnabled(false); });
        connect(m_service, &schedule::FleetService::pollFinished, this, [this] {
            m_pollNow->setEnabled(true);
            refresh();
        });
        connect(m_service, &schedule::FleetService::discoveryFinished, this, &TrayController::refresh);
    } else {
        connect(m_client, &control::DaemonClient::statusChanged, this, [this] {
            m_pause->setChecked(isPaused());
            updateTip();
        });
        connect(m_client, &control::DaemonClient::pollStarted, this, [this] { m_pollNow->setEnabled(false); });
        connect(m_client, &control::DaemonClient::pollFinished, this, [this] {
            m_pollNow->setEnabled(true);
            refresh();
        });
        connect(m_client, &control::DaemonClient::discoveryFinished, this, &TrayController::refresh);
    }

    m_tray.setContextMenu(m_menu.get());
    m_tray.setIcon(iconFor(storage::HealthLevel::Unknown));
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::openRequested);
    updateTip();

    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TrayController::refresh);
    m_refreshTimer.start(kRefreshMs);
    refresh();
}

TrayController::~TrayController() = default;

bool TrayController::isPaused() const
{
    return m_client ? m_client->status().paused : m_service->isPaused();
}

bool TrayController::show()
{
    if (!isTrayAvailable())
        return false;
    m_tray.show();
    return true;
}

void TrayController::refresh()
{
    // One read at a time; a request during a read is served by one more read after it.
    if (m_loading) {
        m_reloadAfter = true;
        return;
    }
    m_loading = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::chrono::hours threshold =
        m_service ? m_service->settings().notReportingAfter() : AppSettings(m_settingsPath).notReportingAfter();
    m_worker->run<storage::FleetHealth>(
        [now, threshold](storage::Database &db) { return storage::FleetHealth::load(db, now, threshold); }, this,
        [this](storage::Result<storage::FleetHealth> result) {
            m_loading = false;
            if (result) {
                m_loadError.clear();
                setHealth(*result);
            } else {
                m_loadError = result.error().message;
                updateTip();
            }
            if (m_reloadAfter) {
                m_reloadAfter = false;
                refresh();
            }
        });
}

void TrayController::setHealth(const storage::FleetHealth &health)
{
    const bool levelChanged = !m_hasHealth || health.worst() != m_health.worst();
    const QList<storage::CriticalAlert> fresh =
        m_hasHealth ? health.newCriticalAlertsSince(m_health) : QList<storage::CriticalAlert>{};
    m_health = health;
    m_hasHealth = true;
    if (levelChanged)
        m_tray.setIcon(iconFor(health.worst()));
    updateTip();
    // A device with an open critical alert is spoken for by the alert path: its device-alert
    // conditions would only repeat it.
    QList<alerting::Condition> conditions;
    QSet<qint64> alerted;
    for (const storage::CriticalAlert &a : health.criticalAlerts())
        alerted.insert(a.deviceId);
    for (const alerting::Condition &c : std::as_const(m_pendingConditions))
        if (!(c.kind == alerting::ConditionKind::DeviceAlert && c.deviceId && alerted.contains(*c.deviceId)))
            conditions << c;
    m_pendingConditions.clear();
    if (!fresh.isEmpty() || !conditions.isEmpty())
        notifyNew(fresh, conditions);
    Q_EMIT healthChanged(m_health);
}

void TrayController::updateTip()
{
    QString summary = m_hasHealth ? m_health.summary() : tr("Reading the fleet…");
    m_summary->setText(summary);
    QStringList lines{tr("Fleetkeeper"), summary};
    if (m_client)
        lines << (m_client->isConnected() ? tr("Attached to the service.") : tr("The service is not running."));
    if (isPaused())
        lines << tr("Polling is paused.");
    if (!m_loadError.isEmpty())
        lines << tr("Cannot read the database: %1").arg(m_loadError);
    m_tray.setToolTip(lines.join(u'\n'));
}

void TrayController::watchAlerting(alerting::AlertingService *alerting)
{
    connect(alerting, &alerting::AlertingService::conditionsOpened, this, &TrayController::notifyConditions);
}

void TrayController::notifyConditions(const QList<alerting::Condition> &opened)
{
    bool any = false;
    for (const alerting::Condition &c : opened) {
        if (c.severity == alerting::Severity::Critical) {
            m_pendingConditions << c;
            any = true;
        }
    }
    if (any)
        refresh();
}

void TrayController::notifyNew(const QList<storage::CriticalAlert> &alerts,
                               const QList<alerting::Condition> &conditions)
{
    // Condition texts are the core's English sentences (they are also the mail's words).
    QList<std::pair<QString, QString>> items; // device (may be empty), text
    for (const storage::CriticalAlert &a : alerts)
        items << std::pair(a.deviceName, a.description);
    for (const alerting::Condition &c : conditions)
        items << std::pair(c.details.value(QStringLiteral("deviceName")).toString(), c.text);
    QString title;
    QStringList lines;
    if (items.size() == 1) {
        title = items.first().first.isEmpty() ? tr("Critical condition")
                                              : tr("Critical alert on %1").arg(items.first().first);
        lines << items.first().second;
    } else {
        title = tr("%1 new critical alerts").arg(items.size());
        for (qsizetype i = 0; i < items.size() && i < kMaxListedAlerts; ++i)
            lines << (items.at(i).first.isEmpty() ? items.at(i).second
                                                  : tr("%1: %2").arg(items.at(i).first, items.at(i).second));
        if (items.size() > kMaxListedAlerts)
            lines << tr("and %1 more").arg(items.size() - kMaxListedAlerts);
    }
    const QString message = lines.join(u'\n');
    if (m_tray.isVisible())
        m_tray.showMessage(title, message, QSystemTrayIcon::Critical);
    Q_EMIT notified(title, message);
}

void TrayController::watchConsents(sync::SyncService *service)
{
    connect(service, &sync::SyncService::commandsFinished, this,
            [this](const sync::CommandReport &report) { notifyConsents(report.newConsents); });
}

void TrayController::notifyConsents(const QList<sync::Consent> &consents)
{
    for (const sync::Consent &c : consents) {
        const QString title = tr("Remote request");
        const QString message = ConsentView::requestText(c);
        if (m_tray.isVisible())
            m_tray.showMessage(title, message, QSystemTrayIcon::Information);
        Q_EMIT notified(title, message);
    }
}

} // namespace fleet::ui
