#include "alerting/MailDispatcher.h"

#include "alerting/AlertingLog.h"
#include "storage/SecretStore.h"

namespace fleet::alerting {

using storage::Result;

Result<DeliveryReport> deliverDueMail(storage::Database &db, const QString &secretsPath, const QDateTime &now)
{
    auto settings = SmtpSettings::load(db);
    if (!settings)
        return settings.error();
    if (!settings->isConfigured())
        return DeliveryReport{}; // mail stays queued until a server is configured
    QString password;
    if (!settings->username.isEmpty() && !secretsPath.isEmpty()) {
        storage::SecretStore secrets(secretsPath);
        if (auto error = secrets.load())
            return error;
        password = secrets.value(kSmtpPasswordKey).value_or(QString());
    }
    return NotificationQueue(db).deliverDue(SmtpSender(*settings, password), settings->from, now);
}

MailDispatcher::MailDispatcher(const QString &databasePath, QString secretsPath, QObject *parent)
    : QObject(parent)
    , m_worker(databasePath, QStringLiteral("alerting"))
    , m_secretsPath(std::move(secretsPath))
{
    qRegisterMetaType<CycleReport>();
    qRegisterMetaType<DeliveryReport>();
    m_retry.setInterval(std::chrono::minutes(1));
    connect(&m_retry, &QTimer::timeout, this, &MailDispatcher::deliver);
    m_retry.start();
}

MailDispatcher::~MailDispatcher() = default;

void MailDispatcher::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry.setInterval(interval);
}

void MailDispatcher::evaluate()
{
    const AlertingOptions options = m_options;
    m_worker.run<CycleReport>(
        [options](storage::Database &db) { return runAlertingCycle(db, QDateTime::currentDateTimeUtc(), options); },
        this,
        [this](Result<CycleReport> r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            Q_EMIT cycleFinished(*r);
            deliver();
        });
}

void MailDispatcher::deliver()
{
    const QString secrets = m_secretsPath;
    m_worker.run<DeliveryReport>(
        [secrets](storage::Database &db) { return deliverDueMail(db, secrets, QDateTime::currentDateTimeUtc()); }, this,
        [this](Result<DeliveryReport> r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            Q_EMIT deliveryFinished(*r);
        });
}

} // namespace fleet::alerting
