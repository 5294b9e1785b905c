#include "alerting/AlertingService.h"

#include "alerting/AlertingLog.h"
#include "alerting/ThresholdSettings.h"
#include "alerting/WatchedCertificates.h"
#include "schedule/FleetService.h"
#include "storage/FleetRepository.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"

namespace fleet::alerting {

namespace {
struct Round
{
    CycleReport report;
    QList<Condition> opened; // with details.deviceName for device conditions
};
} // namespace

AlertingService::AlertingService(const ProfileRoot &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_worker(profile.databasePath(), QStringLiteral("alerting-cycle"))
    , m_dispatcher(profile.databasePath(), profile.secretsPath())
    , m_runningSince(QDateTime::currentDateTimeUtc())
{
    connect(&m_dispatcher, &MailDispatcher::deliveryFinished, this, &AlertingService::deliveryFinished);
    connect(&m_dispatcher, &MailDispatcher::failed, this, &AlertingService::failed);
    connect(this, &AlertingService::failed, this,
            [](const QString &message) { qCWarning(lcAlerting).noquote() << "alerting:" << message; });
    m_periodic.setTimerType(Qt::VeryCoarseTimer);
    m_periodic.setInterval(std::chrono::minutes(15));
    connect(&m_periodic, &QTimer::timeout, this, &AlertingService::evaluate);
    m_periodic.start();
}

AlertingService::~AlertingService() = default;

void AlertingService::watch(schedule::FleetService *fleet)
{
    connect(fleet, &schedule::FleetService::pollFinished, this, &AlertingService::evaluate);
}

void AlertingService::watch(sync::SyncService *sync)
{
    connect(sync, &sync::SyncService::syncFinished, this, &AlertingService::evaluate);
    connect(sync, &sync::SyncService::commandsFinished, this, &AlertingService::evaluate);
}

void AlertingService::evaluate()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    AlertingOptions options;
    options.tracker = m_tracker;
    options.agentRunningSince = m_runningSince;
    const std::optional<Thresholds> thresholds = m_thresholds;
    const ProfileRoot profile = m_profile;
    // Settings and certificate files are read on the worker too: no file I/O on the caller's thread.
    m_worker.run<Round>(
        [options, thresholds, profile](storage::Database &db) mutable -> storage::Result<Round> {
            if (thresholds) {
                options.thresholds = *thresholds;
            } else {
                auto stored = loadThresholds(db);
                if (!stored)
                    return stored.error();
                options.thresholds = *stored;
                options.thresholds.notReportingHours = int(AppSettings(profile).notReportingAfter().count());
            }
            options.certificates = watchedCertificates(profile, db);
            auto report = runAlertingCycle(db, QDateTime::currentDateTimeUtc(), options);
            if (!report)
                return report.error();
            Round round{*report, {}};
            for (const Transition &t : std::as_const(report->transitions)) {
                if (t.event != TransitionEvent::Opened)
                    continue;
                Condition c = t.tracked.condition;
                // The device's name for a reader of the tray; the mail has its own, fuller text.
                if (c.deviceId) {
                    if (auto device = storage::FleetRepository(db).device(*c.deviceId); device && *device)
                        c.details[QStringLiteral("deviceName")] =
                            (*device)->name.isEmpty() ? (*device)->address : (*device)->name;
                }
                round.opened << c;
            }
            return round;
        },
        this,
        [this](storage::Result<Round> result) {
            m_running = false;
            if (!result) {
                Q_EMIT failed(result.error().message);
            } else {
                Q_EMIT evaluated(result->report);
                if (!result->opened.isEmpty())
                    Q_EMIT conditionsOpened(result->opened);
            }
            // Even after a failed round: mail queued earlier is still due.
            m_dispatcher.deliver();
            if (m_again) {
                m_again = false;
                evaluate();
            }
        });
}

void AlertingService::deliver()
{
    m_dispatcher.deliver();
}

} // namespace fleet::alerting
