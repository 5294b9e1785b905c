#pragma once
// Runs alerting off the caller's thread: evaluate() runs one AlertingCycle and then delivers
// what is due; a timer drains the queue again every minute, so mail that could not go out is
// retried on its backoff schedule while the agent runs. SMTP and SQL both happen on the
// worker's thread, never the GUI thread; results come back as queued signals.

#include "alerting/AlertingCycle.h"
#include "alerting/NotificationQueue.h"
#include "storage/DatabaseWorker.h"

#include <QObject>
#include <QTimer>

namespace fleet::alerting {

class MailDispatcher final : public QObject
{
    Q_OBJECT
public:
    MailDispatcher(const QString &databasePath, QString secretsPath, QObject *parent = nullptr);
    ~MailDispatcher() override;
    Q_DISABLE_COPY_MOVE(MailDispatcher)

    void setOptions(const AlertingOptions &options) { m_options = options; }
    void setRetryInterval(std::chrono::milliseconds interval);

    void evaluate(); // a cycle, then delivery
    void deliver();  // delivery only

Q_SIGNALS:
    void cycleFinished(const fleet::alerting::CycleReport &report);
    void deliveryFinished(const fleet::alerting::DeliveryReport &report);
    void failed(const QString &message);

private:
    storage::DatabaseWorker m_worker;
    QString m_secretsPath;
    AlertingOptions m_options;
    QTimer m_retry;
};

// Loads the SMTP settings and the password and delivers what is due (on the caller's thread).
storage::Result<DeliveryReport> deliverDueMail(storage::Database &db, const QString &secretsPath, const QDateTime &now);

} // namespace fleet::alerting

Q_DECLARE_METATYPE(fleet::alerting::CycleReport)
Q_DECLARE_METATYPE(fleet::alerting::DeliveryReport)
