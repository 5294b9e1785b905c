#include "storage/CredentialRepository.h"

#include "security/Guard.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::CredentialRepository", s);
}
const QString kProfilePrefix = QStringLiteral("profile/");
} // namespace

Result<QList<snmp::Credential>> CredentialRepository::load()
{
    auto query = m_db.run(QStringLiteral("SELECT name, version, user_name, security_level, auth_protocol, "
                                         "priv_protocol, context_name, timeout_ms, retries, max_repetitions "
                                         "FROM credential_profiles ORDER BY position, id"));
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    QList<snmp::Credential> profiles;
    while (q->next()) {
        snmp::Credential c;
        c.name = q->value(0).toString();
        c.version = snmp::versionFromName(q->value(1).toString()).value_or(snmp::Version::V2c);
        c.user = q->value(2).toString();
        c.level = snmp::securityLevelFromName(q->value(3).toString()).value_or(snmp::SecurityLevel::NoAuthNoPriv);
        c.authProtocol = snmp::authProtocolFromName(q->value(4).toString()).value_or(snmp::AuthProtocol::None);
        c.privProtocol = snmp::privProtocolFromName(q->value(5).toString()).value_or(snmp::PrivProtocol::None);
        c.contextName = q->value(6).toString();
        c.timeoutMs = q->value(7).toInt();
        c.retries = q->value(8).toInt();
        c.maxRepetitions = q->value(9).toInt();
        // A missing secret stays empty (validate() then says what is missing); never a default.
        c.community = m_secrets.value(SecretStore::profileKey(c.name, kCommunity)).value_or(QString());
        c.authPassword = m_secrets.value(SecretStore::profileKey(c.name, kAuthPassword)).value_or(QString());
        c.privPassword = m_secrets.value(SecretStore::profileKey(c.name, kPrivPassword)).value_or(QString());
        profiles.append(c);
    }
    q->finish();
    return profiles;
}

StorageError CredentialRepository::writeRows(const QList<snmp::Credential> &profiles)
{
    if (auto error = m_db.exec(QStringLiteral("DELETE FROM credential_profiles")))
        return error;
    for (int i = 0; i < profiles.size(); ++i) {
        const snmp::Credential &c = profiles.at(i);
        if (auto error = m_db.exec(QStringLiteral("INSERT INTO credential_profiles (position, name, version, "
                                                  "user_name, security_level, auth_protocol, priv_protocol, "
                                                  "context_name, timeout_ms, retries, max_repetitions) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {i, c.name, snmp::versionName(c.version), c.user, snmp::securityLevelName(c.level),
                                    snmp::authProtocolName(c.authProtocol), snmp::privProtocolName(c.privProtocol),
                                    c.contextName, c.timeoutMs, c.retries, c.maxRepetitions}))
            return error;
    }
    return {};
}

StorageError CredentialRepository::save(const QList<snmp::Credential> &profiles)
{
    QSet<QString> names;
    for (const snmp::Credential &c : profiles) {
        if (c.name.trimmed().isEmpty() || c.name.contains(u'/'))
            return {StorageErrorCode::InvalidArgument,
                    tr("A credential profile needs a name without '/' (got \"%1\").").arg(c.name)};
        if (names.contains(c.name))
            return {StorageErrorCode::InvalidArgument, tr("Two credential profiles are named \"%1\".").arg(c.name)};
        names.insert(c.name);
    }

    Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    if (auto error = writeRows(profiles))
        return error;

    const SecretStore before = m_secrets;
    m_secrets.removeWithPrefix(kProfilePrefix);
    for (const snmp::Credential &c : profiles) {
        const std::pair<QString, QString> fields[] = {
            {kCommunity, c.community}, {kAuthPassword, c.authPassword}, {kPrivPassword, c.privPassword}};
        for (const auto &[field, secret] : fields) {
            if (!secret.isEmpty())
                m_secrets.setValue(SecretStore::profileKey(c.name, field), secret);
        }
    }
    if (auto error = m_secrets.save()) {
        m_secrets = before;
        return error;
    }
    if (auto error = tx.commit()) {
        // The secrets file already changed: put the previous one back so both stay in step.
        m_secrets = before;
        if (auto restore = m_secrets.save())
            qCWarning(lcStorage) << "could not restore the secrets file after a failed commit:" << restore.message;
        return error;
    }
    qCInfo(lcStorage) << "saved" << profiles.size() << "credential profiles" << QStringList(names.values());
    return {};
}

security::SecurityError CredentialRepository::save(const security::Actor &actor,
                                                   const QList<snmp::Credential> &profiles)
{
    QJsonArray names;
    for (const snmp::Credential &c : profiles)
        names.append(c.name);
    const security::AuditEntry what{actor, QStringLiteral("credentials.save"), std::nullopt,
                                    QJsonObject{{QStringLiteral("profiles"), names}}};
    if (auto denied =
            security::authorize(m_db, security::Permission::EditCredentials, what, security::Audit::RefusalsOnly))
        return denied;
    const StorageError error = save(profiles);
    if (auto logged = security::recordOutcome(m_db, what, error.message))
        return error ? security::SecurityError::fromStorage(error) : logged;
    return security::SecurityError::fromStorage(error);
}

Result<QList<snmp::Credential>> openProfileCredentials(const ProfileRoot &profile, Database &db)
{
    QString why;
    if (!profile.ensureExists(&why))
        return StorageError{StorageErrorCode::OpenFailed, why};
    if (const auto e = db.open(profile.databasePath()))
        return StorageError{e.code, tr("Cannot open the database %1: %2").arg(profile.databasePath(), e.message)};
    SecretStore secrets(profile.secretsPath());
    if (const auto e = secrets.load())
        return e;
    return CredentialRepository(db, secrets).load();
}

} // namespace fleet::storage
