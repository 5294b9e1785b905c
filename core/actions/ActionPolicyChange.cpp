#include "actions/ActionPolicyChange.h"

#include "security/Guard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>

namespace fleet::actions {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::actions", s);
}

QStringList disabledNames(const ActionPolicy &policy)
{
    QStringList names;
    for (ActionKind k : allActions())
        if (policy.isDisabled(k))
            names << actionName(k);
    return names;
}

QJsonObject describe(const ActionPolicy &before, const ActionPolicy &after)
{
    QStringList changed;
    if (disabledNames(before) != disabledNames(after))
        changed << QStringLiteral("disabled");
    if (before.remotePolicy() != after.remotePolicy())
        changed << QStringLiteral("remotePolicy");
    if (before.remoteAllowedNames() != after.remoteAllowedNames())
        changed << QStringLiteral("remoteAllowed");
    if (before.consentHours() != after.consentHours())
        changed << QStringLiteral("consentHours");
    return {
        {QStringLiteral("disabled"), QJsonArray::fromStringList(disabledNames(after))},
        {QStringLiteral("remotePolicy"), remotePolicyName(after.remotePolicy())},
        {QStringLiteral("remoteAllowed"), QJsonArray::fromStringList(after.remoteAllowedNames())},
        {QStringLiteral("consentHours"), after.consentHours()},
        {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
    };
}

QString problemWith(const ActionPolicy &policy)
{
    if (policy.consentHours() < 1 || policy.consentHours() > ActionPolicy::kMaxConsentHours)
        return tr("A remote request waits 1 to %1 hours for consent, not %2.")
            .arg(ActionPolicy::kMaxConsentHours)
            .arg(policy.consentHours());
    return {};
}

QString write(const QString &iniPath, const ActionPolicy &policy)
{
    QSettings ini(iniPath, QSettings::IniFormat);
    policy.save(ini);
    ini.sync();
    if (ini.status() != QSettings::NoError)
        return tr("The settings file %1 could not be written.").arg(QFileInfo(iniPath).absoluteFilePath());
    return {};
}
} // namespace

security::SecurityError changeActionPolicy(const QString &iniPath, storage::Database &db, const security::Actor &actor,
                                           const ActionPolicy &policy, const QString &auditAction)
{
    const ActionPolicy before = ActionPolicy::load(iniPath);
    const security::AuditEntry what{actor, auditAction, std::nullopt, describe(before, policy)};
    if (auto denied =
            security::authorize(db, security::Permission::ChangeSettings, what, security::Audit::RefusalsOnly))
        return denied;
    if (const QString problem = problemWith(policy); !problem.isEmpty()) {
        if (auto logged = security::recordOutcome(db, what, problem))
            qCWarning(lcActions).noquote() << "a refused policy change was not audited:" << logged.message;
        return {security::SecurityErrorCode::InvalidArgument, problem};
    }
    const QString failure = write(iniPath, policy);
    if (auto logged = security::recordOutcome(db, what, failure); logged && failure.isEmpty())
        return logged;
    if (!failure.isEmpty())
        return {security::SecurityErrorCode::Storage, failure};
    return {};
}

} // namespace fleet::actions
