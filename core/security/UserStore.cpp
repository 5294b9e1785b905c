#include "security/UserStore.h"

#include "security/SecurityLog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#endif

#include <vector>

namespace fleet::security {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::security::UserStore", s);
}

constexpr char kUserColumns[] =
    "id, name, role, disabled, failed_attempts, locked_until, created_at, password_changed_at, last_login_at";

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roleFromName(q.value(2).toString()).value_or(Role::Customer);
    u.disabled = q.value(3).toBool();
    u.failedAttempts = q.value(4).toInt();
    u.lockedUntil = fromMs(q.value(5));
    u.createdAt = fromMs(q.value(6));
    u.passwordChangedAt = fromMs(q.value(7));
    u.lastLoginAt = fromMs(q.value(8));
    return u;
}

SecurityError checkName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.trimmed() != name)
        return {SecurityErrorCode::InvalidArgument,
                tr("A user name has 1 to 64 characters and does not start or end with a space.")};
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return {SecurityErrorCode::InvalidArgument, tr("A user name may not contain control characters.")};
    }
    // The pseudo-actors of the scheduler and of server commands must stay recognisable in the audit log.
    if (name.compare(u"system", Qt::CaseInsensitive) == 0 || name.compare(u"remote", Qt::CaseInsensitive) == 0)
        return {SecurityErrorCode::InvalidArgument, tr("The user name %1 is reserved.").arg(name)};
    return {};
}
} // namespace

UserStore::UserStore(storage::Database &db, HashParameters hashing, LockoutPolicy lockout,
                     std::function<QDateTime()> clock)
    : m_db(db)
    , m_hasher(hashing)
    , m_lockout(lockout)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_audit(db, m_clock)
{}

SecurityError UserStore::checkPasswordPolicy(const QString &name, const QString &password)
{
    if (password.size() < kMinimumPasswordLength)
        return {SecurityErrorCode::InvalidArgument,
                tr("A password needs at least %1 characters.").arg(kMinimumPasswordLength)};
    if (password.compare(name, Qt::CaseInsensitive) == 0)
        return {SecurityErrorCode::InvalidArgument, tr("The password may not be the user name.")};
    return {};
}

SecurityResult<bool> UserStore::hasUsers()
{
    auto count = m_db.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!count)
        return count.error();
    return count->toLongLong() > 0;
}

SecurityError UserStore::refuse(const Actor &by, Permission permission, const QString &action,
                                const QJsonObject &parameters)
{
    SecurityError denied = check(by, permission);
    if (!denied)
        return {};
    qCWarning(lcSecurity) << "denied" << by.name << roleName(by.role) << action;
    auto logged = m_audit.append({by, action, std::nullopt, parameters, kAuditDenied, denied.message});
    if (!logged)
        return SecurityError::fromStorage(logged.error());
    return denied;
}

SecurityResult<std::optional<UserRecord>> UserStore::find(const QString &name)
{
    auto query = m_db.run(
        QStringLiteral("SELECT %1 FROM users WHERE name = ? COLLATE NOCASE").arg(QLatin1String(kUserColumns)), {name});
    if (!query)
        return query.error();
    std::optional<UserRecord> user;
    if ((*query)->next())
        user = readUser(**query);
    (*query)->finish();
    return user;
}

SecurityResult<UserRecord> UserStore::existing(const QString &name)
{
    auto user = find(name);
    if (!user)
        return user.error();
    if (!*user)
        return SecurityError{SecurityErrorCode::NotFound, tr("There is no user %1.").arg(name)};
    return **user;
}

SecurityResult<QList<UserRecord>> UserStore::users(const Actor &by)
{
    if (auto error = refuse(by, Permission::ManageUsers, QStringLiteral("user.list"), {}))
        return error;
    auto query =
        m_db.run(QStringLiteral("SELECT %1 FROM users ORDER BY name COLLATE NOCASE").arg(QLatin1String(kUserColumns)));
    if (!query)
        return query.error();
    QList<UserRecord> list;
    while ((*query)->next())
        list << readUser(**query);
    (*query)->finish();
    return list;
}

SecurityResult<UserRecord> UserStore::insertUser(const Actor &by, const QString &name, Role role,
                                                 const QString &password, const QString &action)
{
    if (auto error = checkName(name))
        return error;
    if (!accountRoles().contains(role))
        return SecurityError{SecurityErrorCode::InvalidArgument,
                             tr("%1 is not a role for an account.").arg(roleTitle(role))};
    if (auto error = checkPasswordPolicy(name, password))
        return error;
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();

    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return error;
    if (action == u"user.create-first-administrator") {
        // Checked again under the write lock: two first starts at once create one administrator.
        auto any = hasUsers();
        if (!any)
            return any.error();
        if (*any)
            return SecurityError{SecurityErrorCode::Exists, tr("An administrator exists already.")};
    }
    auto taken = find(name);
    if (!taken)
        return taken.error();
    if (*taken)
        return SecurityError{SecurityErrorCode::Exists, tr("A user named %1 exists already.").arg(name)};
    const qint64 at = now().toMSecsSinceEpoch();
    auto id =
        m_db.insert(QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, password_changed_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {name, roleName(role), *hash, at, at});
    if (!id)
        return id.error();
    auto logged = m_audit.append(
        {by, action, std::nullopt, {{QStringLiteral("user"), name}, {QStringLiteral("role"), roleName(role)}}});
    if (!logged)
        return logged.error();
    if (auto error = tx.commit())
        return error;
    qCInfo(lcSecurity) << by.name << "created user" << name << roleName(role);
    return existing(name);
}

SecurityResult<UserRecord> UserStore::createFirstAdministrator(const QString &name, const QString &password,
                                                               const QString &setupBy)
{
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (*any)
        return SecurityError{SecurityErrorCode::Exists, tr("An administrator exists already.")};
    const QString who = setupBy.isEmpty() ? name : setupBy;
    return insertUser({who, Role::Administrator}, name, Role::Administrator, password,
                      QStringLiteral("user.create-first-administrator"));
}

SecurityResult<UserRecord> UserStore::addUser(const Actor &by, const QString &name, Role role, const QString &password)
{
    if (auto error = refuse(by, Permission::ManageUsers, QStringLiteral("user.create"),
                            {{QStringLiteral("user"), name}, {QStringLiteral("role"), roleName(role)}}))
        return error;
    return insertUser(by, name, role, password, QStringLiteral("user.create"));
}

SecurityError UserStore::writeWithAudit(const QString &sql, const QVariantList &values, const AuditEntry &entry)
{
    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return SecurityError::fromStorage(error);
    if (auto error = m_db.exec(sql, values))
        return SecurityError::fromStorage(error);
    auto logged = m_audit.append(entry);
    if (!logged)
        return SecurityError::fromStorage(logged.error());
    return SecurityError::fromStorage(tx.commit());
}

SecurityError UserStore::recordFailure(const UserRecord &user)
{
    storage::Transaction tx(m_db);
    if (auto error = tx.begin())
        return SecurityError::fromStorage(error);
    auto failures = m_db.scalar(
        QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? RETURNING failed_attempts"),
        {user.id});
    if (!failures)
        return SecurityError::fromStorage(failures.error());
    const int count = failures->toInt();
    const Actor actor = user.actor();
    auto logged = m_audit.append({actor,
                                  QStringLiteral("login"),
                                  std::nullopt,
                                  {{QStringLiteral("failures"), count}},
                                  kAuditFailed,
                                  tr("Wrong password.")});
    if (!logged)
        return SecurityError::fromStorage(logged.error());
    SecurityError result{SecurityErrorCode::BadCredentials, tr("Unknown user name or wrong password.")};
    if (count >= m_lockout.maxFailures) {
        const QDateTime until =
            now().addSecs(std::chrono::duration_cast<std::chrono::seconds>(m_lockout.lockFor).count());
        if (auto error =
                m_db.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
                          {until.toMSecsSinceEpoch(), user.id}))
            return SecurityError::fromStorage(error);
        auto locked = m_audit.append({actor,
                                      QStringLiteral("user.locked"),
                                      std::nullopt,
                                      {{QStringLiteral("user"), user.name},
                                       {QStringLiteral("failures"), count},
                                       {QStringLiteral("until"), until.toString(Qt::ISODate)}},
                                      kAuditOk,
                                      {}});
        if (!locked)
            return SecurityError::fromStorage(locked.error());
        qCWarning(lcSecurity) << "locked" << user.name << "after" << count << "failed sign-ins until" << until;
        result = {SecurityErrorCode::Locked,
                  tr("Wrong password. After %1 failed attempts the account is locked until %2.")
                      .arg(count)
                      .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))};
    }
    if (auto error = tx.commit())
        return SecurityError::fromStorage(error);
    return result;
}

SecurityResult<Actor> UserStore::authenticate(const QString &name, const QString &password)
{
    auto found = find(name);
    if (!found)
        return found.error();
    const SecurityError bad{SecurityErrorCode::BadCredentials, tr("Unknown user name or wrong password.")};
    if (!*found) {
        // Hash anyway, so the time taken does not reveal which names exist.
        static const QString dummy = m_hasher.hash(QStringLiteral("not a password of anyone")).value();
        m_hasher.verify(dummy, password);
        auto logged = m_audit.append({Actor::system(),
                                      QStringLiteral("login"),
                                      std::nullopt,
                                      {{QStringLiteral("user"), name}},
                                      kAuditFailed,
                                      tr("Unknown user name.")});
        if (!logged)
            return logged.error();
        return bad;
    }
    const UserRecord user = **found;
    if (user.disabled) {
        const SecurityError error{SecurityErrorCode::Disabled, tr("The account %1 is disabled.").arg(user.name)};
        auto logged =
            m_audit.append({user.actor(), QStringLiteral("login"), std::nullopt, {}, kAuditDenied, error.message});
        return logged ? SecurityResult<Actor>(error) : SecurityResult<Actor>(logged.error());
    }
    if (user.lockedUntil.isValid() && user.lockedUntil > now()) {
        const SecurityError error{
            SecurityErrorCode::Locked,
            tr("The account %1 is locked after too many failed sign-ins until %2.")
                .arg(user.name, QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat))};
        auto logged =
            m_audit.append({user.actor(), QStringLiteral("login"), std::nullopt, {}, kAuditDenied, error.message});
        return logged ? SecurityResult<Actor>(error) : SecurityResult<Actor>(logged.error());
    }
    auto stored = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user.id});
    if (!stored)
        return stored.error();
    const QString encoded = stored->toString();
    if (!m_hasher.verify(encoded, password)) {
        const SecurityError error = recordFailure(user);
        return error;
    }
    QString rehashed;
    if (m_hasher.needsRehash(encoded)) {
        auto fresh = m_hasher.hash(password);
        if (fresh)
            rehashed = *fresh;
        else
            qCWarning(lcSecurity) << "rehash failed for" << user.name << fresh.error().message;
    }
    const QJsonObject parameters = rehashed.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("rehashed"), true}};
    const SecurityError error =
        writeWithAudit(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ?, "
                                      "password_hash = CASE WHEN ? = '' THEN password_hash ELSE ? END WHERE id = ?"),
                       {now().toMSecsSinceEpoch(), rehashed, rehashed, user.id},
                       {user.actor(), QStringLiteral("login"), std::nullopt, parameters});
    if (error)
        return error;
    return user.actor();
}

SecurityError UserStore::changeOwnPassword(const Actor &by, const QString &oldPassword, const QString &newPassword)
{
    if (auto error = refuse(by, Permission::ChangeOwnPassword, QStringLiteral("user.password-change"), {}))
        return error;
    auto user = existing(by.name);
    if (!user)
        return user.error();
    auto stored = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user->id});
    if (!stored)
        return SecurityError::fromStorage(stored.error());
    if (!m_hasher.verify(stored->toString(), oldPassword))
        return recordFailure(*user);
    if (auto error = checkPasswordPolicy(user->name, newPassword))
        return error;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    return writeWithAudit(
        QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?"),
        {*hash, now().toMSecsSinceEpoch(), user->id},
        {by, QStringLiteral("user.password-change"), std::nullopt, {{QStringLiteral("user"), user->name}}});
}

SecurityError UserStore::resetPassword(const Actor &by, const QString &name, const QString &newPassword)
{
    if (auto error = refuse(by, Permission::ManageUsers, QStringLiteral("user.password-reset"),
                            {{QStringLiteral("user"), name}}))
        return error;
    auto user = existing(name);
    if (!user)
        return user.error();
    if (auto error = checkPasswordPolicy(user->name, newPassword))
        return error;
    auto hash = m_hasher.hash(newPassword);
    if (!hash)
        return hash.error();
    // A reset also lifts a lockout: that is usually why an administrator resets.
    return writeWithAudit(
        QStringLiteral("UPDATE users SET password_hash = ?, password_changed_at = ?, "
                       "failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        {*hash, now().toMSecsSinceEpoch(), user->id},
        {by, QStringLiteral("user.password-reset"), std::nullopt, {{QStringLiteral("user"), user->name}}});
}

SecurityError UserStore::lastAdministratorGuard(const UserRecord &target, std::optional<Role> newRole, bool disabling)
{
    if (target.role != Role::Administrator || target.disabled)
        return {};
    if (!disabling && (!newRole || *newRole == Role::Administrator))
        return {};
    auto admins = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND id <> ?"),
        {target.id});
    if (!admins)
        return SecurityError::fromStorage(admins.error());
    if (admins->toLongLong() == 0)
        return {SecurityErrorCode::Denied,
                tr("%1 is the last administrator; make another user administrator first.").arg(target.name)};
    return {};
}

SecurityError UserStore::setDisabled(const Actor &by, const QString &name, bool disabled)
{
    const QString action = disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable");
    if (auto error = refuse(by, Permission::ManageUsers, action, {{QStringLiteral("user"), name}}))
        return error;
    auto user = existing(name);
    if (!user)
        return user.error();
    if (disabled) {
        if (auto error = lastAdministratorGuard(*user, std::nullopt, true))
            return error;
    }
    return writeWithAudit(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), {disabled ? 1 : 0, user->id},
                          {by, action, std::nullopt, {{QStringLiteral("user"), user->name}}});
}

SecurityError UserStore::setRole(const Actor &by, const QString &name, Role role)
{
    const QJsonObject parameters{{QStringLiteral("user"), name}, {QStringLiteral("role"), roleName(role)}};
    if (auto error = refuse(by, Permission::ManageUsers, QStringLiteral("user.role"), parameters))
        return error;
    if (!accountRoles().contains(role))
        return {SecurityErrorCode::InvalidArgument, tr("%1 is not a role for an account.").arg(roleTitle(role))};
    auto user = existing(name);
    if (!user)
        return user.error();
    if (auto error = lastAdministratorGuard(*user, role, false))
        return error;
    return writeWithAudit(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), {roleName(role), user->id},
                          {by,
                           QStringLiteral("user.role"),
                           std::nullopt,
                           {{QStringLiteral("user"), user->name},
                            {QStringLiteral("from"), roleName(user->role)},
                            {QStringLiteral("to"), roleName(role)}}});
}

SecurityError UserStore::mapGroup(const Actor &by, const QString &group, std::optional<Role> role)
{
    const QString action = role ? QStringLiteral("group.map") : QStringLiteral("group.unmap");
    QJsonObject parameters{{QStringLiteral("group"), group}};
    if (role)
        parameters.insert(QStringLiteral("role"), roleName(*role));
    if (auto error = refuse(by, Permission::ManageUsers, action, parameters))
        return error;
    if (group.trimmed().isEmpty())
        return {SecurityErrorCode::InvalidArgument, tr("A group name is needed.")};
    if (role && !accountRoles().contains(*role))
        return {SecurityErrorCode::InvalidArgument, tr("%1 is not a role for a group.").arg(roleTitle(*role))};
    if (role)
        return writeWithAudit(QStringLiteral("INSERT INTO group_roles (group_name, role) VALUES (?, ?) "
                                             "ON CONFLICT(group_name) DO UPDATE SET role = excluded.role"),
                              {group, roleName(*role)}, {by, action, std::nullopt, parameters});
    return writeWithAudit(QStringLiteral("DELETE FROM group_roles WHERE group_name = ?"), {group},
                          {by, action, std::nullopt, parameters});
}

SecurityResult<QList<GroupRole>> UserStore::groupRoles()
{
    auto query = m_db.run(QStringLiteral("SELECT group_name, role FROM group_roles ORDER BY group_name"));
    if (!query)
        return query.error();
    QList<GroupRole> list;
    while ((*query)->next()) {
        if (auto role = roleFromName((*query)->value(1).toString()))
            list << GroupRole{(*query)->value(0).toString(), *role};
    }
    (*query)->finish();
    return list;
}

namespace {
// The names of every group osUser belongs to, its primary group first; empty when unknown.
QStringList groupsOf(const QString &osUser)
{
    QStringList names;
#ifdef Q_OS_UNIX
    const QByteArray user = osUser.toLocal8Bit();
    const passwd *pw = ::getpwnam(user.constData());
    if (!pw)
        return names;
    const gid_t primary = pw->pw_gid;
    int count = 32;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    if (::getgrouplist(user.constData(), primary, groups.data(), &count) < 0) {
        groups.resize(size_t(count)); // count now holds the number needed
        if (::getgrouplist(user.constData(), primary, groups.data(), &count) < 0)
            return names;
    }
    groups.resize(size_t(count));
    for (gid_t gid : groups) {
        if (const group *gr = ::getgrgid(gid); gr && gr->gr_name)
            names << QString::fromLocal8Bit(gr->gr_name);
    }
#else
    Q_UNUSED(osUser)
#endif
    return names;
}
} // namespace

SecurityResult<std::optional<Actor>> UserStore::actorForOsUser(const QString &osUser)
{
    auto mappings = groupRoles();
    if (!mappings)
        return mappings.error();
    if (mappings->isEmpty())
        return std::optional<Actor>();
    const QStringList groups = groupsOf(osUser);
    std::optional<Role> best;
    for (const GroupRole &mapping : *mappings) {
        if (groups.contains(mapping.group) && (!best || int(mapping.role) < int(*best)))
            best = mapping.role;
    }
    if (!best)
        return std::optional<Actor>();
    return std::optional<Actor>(Actor{osUser, *best});
}

} // namespace fleet::security
