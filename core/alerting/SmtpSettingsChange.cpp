#include "alerting/SmtpSettingsChange.h"

#include "security/Guard.h"
#include "storage/SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSmtpSettings, "fleet.alerting.smtp-settings", QtInfoMsg)

namespace fleet::alerting {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::alerting", s);
}

// Empty when the settings can be stored; else why not. A server without a sender is allowed: the
// CLI sets one value at a time, and SmtpSettings::isConfigured() keeps such a set-up from sending.
QString problemWith(const SmtpSettings &s)
{
    if (s.port < 1 || s.port > 65535)
        return tr("The SMTP port must be between 1 and 65535, not %1.").arg(s.port);
    if (s.timeoutSeconds < 1)
        return tr("The SMTP timeout must be at least one second.");
    return {};
}
} // namespace

QStringList changedSmtpKeys(const SmtpSettings &before, const SmtpSettings &after)
{
    QStringList keys;
    const auto note = [&keys](bool differs, const char *key) {
        if (differs)
            keys << QString::fromLatin1(key);
    };
    note(before.host != after.host, "host");
    note(before.port != after.port, "port");
    note(before.security != after.security, "security");
    note(before.username != after.username, "username");
    note(before.from != after.from, "from");
    note(before.caFile != after.caFile, "caFile");
    note(before.timeoutSeconds != after.timeoutSeconds, "timeoutSeconds");
    return keys;
}

security::SecurityError changeSmtpSettings(storage::Database &db, storage::SecretStore &secrets,
                                           const security::Actor &actor, const SmtpSettings &settings,
                                           const std::optional<QString> &newPassword)
{
    const auto before = SmtpSettings::load(db);
    if (!before)
        return security::SecurityError::fromStorage(before.error());
    QStringList changed = changedSmtpKeys(*before, settings);
    if (newPassword)
        changed << QStringLiteral("password"); // that it changed, never what it is
    // The server is the one value worth seeing at a glance; the rest is in "changed".
    const security::AuditEntry what{actor, kSmtpAuditAction, std::nullopt,
                                    QJsonObject{{QStringLiteral("server"), settings.host},
                                                {QStringLiteral("changed"), QJsonArray::fromStringList(changed)}}};
    if (auto denied =
            security::authorize(db, security::Permission::ChangeSettings, what, security::Audit::RefusalsOnly))
        return denied;

    if (const QString problem = problemWith(settings); !problem.isEmpty()) {
        if (auto logged = security::recordOutcome(db, what, problem))
            qCWarning(lcSmtpSettings).noquote() << "a refused SMTP change was not audited:" << logged.message;
        return {security::SecurityErrorCode::InvalidArgument, problem};
    }

    const storage::SecretStore previous = secrets;
    storage::StorageError error;
    if (newPassword) {
        if (newPassword->isEmpty())
            secrets.remove(kSmtpPasswordKey);
        else
            secrets.setValue(kSmtpPasswordKey, *newPassword);
        error = secrets.save();
    }
    if (!error) {
        error = settings.save(db);
        if (error && newPassword) {
            // Keep the password and the settings it belongs to in step.
            secrets = previous;
            if (auto restore = secrets.save())
                qCWarning(lcSmtpSettings).noquote()
                    << "could not put the previous SMTP password back after a failed save:" << restore.message;
        }
    }
    if (auto logged = security::recordOutcome(db, what, error.message))
        return error ? security::SecurityError::fromStorage(error) : logged;
    if (!error)
        qCInfo(lcSmtpSettings).noquote() << actor.name << "changed the SMTP settings:" << changed.join(u',');
    return security::SecurityError::fromStorage(error);
}

} // namespace fleet::alerting
