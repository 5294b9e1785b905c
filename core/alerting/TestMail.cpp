#include "alerting/TestMail.h"

#include "alerting/MailMessage.h"
#include "alerting/NotificationQueue.h"
#include "alerting/Notifier.h"
#include "storage/SecretStore.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>

namespace fleet::alerting {

using storage::Result;
namespace sql = storage::sql;

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::alerting", s);
}
} // namespace

Result<TestMailResult> sendTestMail(storage::Database &db, const QString &secretsPath, const AlertProfile &profile,
                                    const QDateTime &now)
{
    auto settings = SmtpSettings::load(db);
    if (!settings)
        return settings.error();
    TestMailResult result;
    if (!settings->isConfigured()) {
        result.smtp = {SmtpErrorKind::Other, tr("No SMTP server is configured.")};
        return result;
    }
    QString password;
    if (!settings->username.isEmpty()) {
        storage::SecretStore secrets(secretsPath);
        if (auto error = secrets.load())
            return error;
        password = secrets.value(kSmtpPasswordKey).value_or(QString());
    }
    // Queued and taken off the retry schedule in one transaction, so the dispatcher of a running
    // agent never sees it due and sends it a second time.
    {
        storage::Transaction tx(db);
        if (auto error = tx.begin())
            return error;
        auto id = Notifier(db).queueTestMail(profile, now);
        if (!id)
            return id.error();
        if (auto error = db.exec(QStringLiteral("UPDATE notifications SET next_attempt_at = NULL WHERE id = ?"), {*id}))
            return error;
        if (auto error = tx.commit())
            return error;
        result.notificationId = *id;
    }
    auto row = NotificationQueue(db).find(result.notificationId);
    if (!row)
        return row.error();
    if (!*row)
        return storage::StorageError{storage::StorageErrorCode::QueryFailed,
                                     tr("The test mail vanished from the queue.")};
    const NotificationRecord &n = **row;
    MailMessage mail;
    mail.from = settings->from;
    mail.to = n.recipients;
    mail.subject = n.subject;
    mail.text = n.bodyText;
    mail.html = n.bodyHtml;
    mail.date = now;
    result.smtp = SmtpSender(*settings, password).send(n.recipients, mail.render());
    const storage::StorageError error =
        result.smtp.ok()
            ? db.exec(QStringLiteral("UPDATE notifications SET state = ?, attempts = 1, last_attempt_at = ?, "
                                     "sent_at = ?, last_error = ? WHERE id = ?"),
                      {kStateSent, sql::time(now), sql::time(now), refusedRecipientsNote(result.smtp.refusedRecipients),
                       n.id})
            : db.exec(QStringLiteral("UPDATE notifications SET state = ?, attempts = 1, last_attempt_at = ?, "
                                     "last_error = ? WHERE id = ?"),
                      {kStateFailed, sql::time(now), result.smtp.message, n.id});
    if (error)
        return error;
    return result;
}

SmtpResult testSmtpConnection(const SmtpSettings &settings, const QString &password, const QDateTime &now)
{
    if (!settings.isConfigured())
        return {SmtpErrorKind::Other, tr("Enter the server and the sender address first.")};
    MailMessage mail;
    mail.from = settings.from;
    mail.to = {settings.from};
    // English on purpose, like every notification: the recipients' language is not known.
    mail.subject = QStringLiteral("Fleetkeeper: SMTP connection test");
    mail.text = QStringLiteral("This message tests the SMTP settings of a Fleetkeeper agent. No action is needed.");
    mail.html =
        QStringLiteral("<p>This message tests the SMTP settings of a Fleetkeeper agent. No action is needed.</p>");
    mail.date = now;
    return SmtpSender(settings, password).send({settings.from}, mail.render());
}

} // namespace fleet::alerting
