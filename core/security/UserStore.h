#pragma once
// Local accounts in the database: the first administrator, sign-in with lockout, password changes
// and resets, disabling, role changes, and the optional mapping of Unix groups to roles (a member
// of a mapped group acts with that role without a password, as the anchor maps Windows groups).
// Every change and every failed or locked sign-in goes into the audit log in the same transaction.
//
// Passwords are hashed outside the write transaction: Argon2id takes a large fraction of a second
// and must not hold the database lock.

#include "security/AuditLog.h"
#include "security/PasswordHasher.h"
#include "security/Permissions.h"
#include "security/SecurityError.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <functional>
#include <optional>

namespace fleet::security {

struct UserRecord
{
    qint64 id = 0;
    QString name;
    Role role = Role::Customer;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid: not locked
    QDateTime createdAt;
    QDateTime passwordChangedAt;
    QDateTime lastLoginAt;

    Actor actor() const { return {name, role}; }
};

struct GroupRole
{
    QString group;
    Role role = Role::Customer;
};

struct LockoutPolicy
{
    int maxFailures = 5;              // failed sign-ins in a row that lock the account
    std::chrono::minutes lockFor{15}; // how long it stays locked
};

class UserStore final
{
public:
    static constexpr int kMinimumPasswordLength = 10;

    // clock: nullptr = the system clock.
    UserStore(storage::Database &db, HashParameters hashing = HashParameters::moderate(), LockoutPolicy lockout = {},
              std::function<QDateTime()> clock = {});

    SecurityResult<bool> hasUsers();
    // Only while there is no account at all; the creator is recorded as setupBy (the OS user).
    SecurityResult<UserRecord> createFirstAdministrator(const QString &name, const QString &password,
                                                        const QString &setupBy);
    SecurityResult<UserRecord> addUser(const Actor &by, const QString &name, Role role, const QString &password);
    SecurityResult<QList<UserRecord>> users(const Actor &by);
    SecurityResult<std::optional<UserRecord>> find(const QString &name);

    // Unknown user and wrong password give the same BadCredentials message; a locked or disabled
    // account is refused without looking at the password.
    SecurityResult<Actor> authenticate(const QString &name, const QString &password);
    SecurityError changeOwnPassword(const Actor &by, const QString &oldPassword, const QString &newPassword);
    SecurityError resetPassword(const Actor &by, const QString &name, const QString &newPassword);
    SecurityError setDisabled(const Actor &by, const QString &name, bool disabled);
    SecurityError setRole(const Actor &by, const QString &name, Role role);

    SecurityError mapGroup(const Actor &by, const QString &group, std::optional<Role> role); // nullopt: unmap
    SecurityResult<QList<GroupRole>> groupRoles();
    // The strongest role mapped to any group of osUser (its primary group included); nullopt when
    // none is mapped or the user is unknown to the system.
    SecurityResult<std::optional<Actor>> actorForOsUser(const QString &osUser);

    // A password good enough to store, else why not.
    static SecurityError checkPasswordPolicy(const QString &name, const QString &password);

private:
    SecurityResult<UserRecord> insertUser(const Actor &by, const QString &name, Role role, const QString &password,
                                          const QString &action);
    SecurityError recordFailure(const UserRecord &user);
    SecurityError writeWithAudit(const QString &sql, const QVariantList &values, const AuditEntry &entry);
    SecurityResult<UserRecord> existing(const QString &name);
    SecurityError refuse(const Actor &by, Permission permission, const QString &action, const QJsonObject &parameters);
    SecurityError lastAdministratorGuard(const UserRecord &target, std::optional<Role> newRole, bool disabling);
    QDateTime now() const { return m_clock(); }

    storage::Database &m_db;
    PasswordHasher m_hasher;
    LockoutPolicy m_lockout;
    std::function<QDateTime()> m_clock;
    AuditLog m_audit;
};

} // namespace fleet::security
