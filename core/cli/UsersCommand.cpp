// users: local accounts (administrators only) — add, list, passwd, disable/enable, role, map-group.
// Passwords are read from standard input, one per line, never from the command line (where other
// users could read them in the process list).

#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "security/ActingUser.h"
#include "security/UserStore.h"
#include "storage/AlertRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

// The cost of Argon2id: FLEETKEEPER_ARGON2=interactive lowers it for small hosts and the tests.
security::HashParameters hashing()
{
    return qEnvironmentVariable("FLEETKEEPER_ARGON2") == u"interactive" ? security::HashParameters::interactive()
                                                                        : security::HashParameters::moderate();
}

int fail(const security::SecurityError &error)
{
    printError(error.message);
    return error.code == security::SecurityErrorCode::Storage ? ExitSomeFailed : ExitUsage;
}
} // namespace

QString readSecretLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
    }
    return line;
}

void addActingUserOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("as"),
                      tr("Act as the Fleetkeeper user NAME (password from FLEETKEEPER_PASSWORD or standard input)."),
                      tr("NAME")});
}

std::optional<security::Actor> cliActingUser(const QCommandLineParser &parser, storage::Database &db)
{
    security::UserStore users(db, hashing());
    const QString as = parser.value(QStringLiteral("as"));
    auto actor = security::resolveActingUser(users, {as, storage::currentUserName(), [&as] {
                                                         // The environment suits scripts and services; it is read only
                                                         // for --as.
                                                         if (qEnvironmentVariableIsSet("FLEETKEEPER_PASSWORD"))
                                                             return qEnvironmentVariable("FLEETKEEPER_PASSWORD");
                                                         return readSecretLine(tr("Password of %1: ").arg(as));
                                                     }});
    if (!actor) {
        printError(actor.error().message);
        return std::nullopt;
    }
    return *actor;
}

std::optional<security::Actor> openAsActingUser(const QCommandLineParser &parser, StorageSession &storage)
{
    if (!storage.open())
        return std::nullopt;
    return cliActingUser(parser, storage.db());
}

std::optional<security::Actor> cliAuthorized(const QCommandLineParser &parser, storage::Database &db,
                                             security::Permission permission, const QString &action,
                                             const QJsonObject &parameters, security::Audit audit)
{
    auto actor = cliActingUser(parser, db);
    if (!actor)
        return std::nullopt;
    if (auto denied = security::authorize(db, permission, {*actor, action, std::nullopt, parameters}, audit)) {
        printError(denied.message);
        return std::nullopt;
    }
    return actor;
}

int usersCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("role"), tr("Role: administrator, power-user, customer-administrator, customer."), tr("ROLE")},
        {QStringLiteral("enable"), tr("disable: enable the account again.")},
        {QStringLiteral("remove"), tr("map-group: remove the mapping.")},
    });
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("add NAME | list | passwd [NAME] | disable NAME | role NAME ROLE "
                               "| map-group GROUP [ROLE]"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Manage local Fleetkeeper accounts (administrators only)."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        printError(tr("users needs an action: add, list, passwd, disable, role or map-group."));
        return ExitUsage;
    }
    // "set-role" and "remove" are the names administrators also use; an account is never deleted
    // (the audit log names it), so removing one disables it for good.
    QString action = pos.constFirst();
    if (action == u"set-role")
        action = QStringLiteral("role");
    else if (action == u"remove")
        action = QStringLiteral("disable");
    auto arg = [&pos](int i) { return i < pos.size() ? pos.at(i) : QString(); };
    std::optional<security::Role> role;
    if (p.isSet(QStringLiteral("role")) || (action == u"role" && pos.size() > 2) ||
        (action == u"map-group" && pos.size() > 2)) {
        const QString text = p.isSet(QStringLiteral("role")) ? p.value(QStringLiteral("role")) : arg(2);
        role = security::roleFromName(text);
        if (!role || !security::accountRoles().contains(*role)) {
            printError(
                tr("%1 is not a role; use administrator, power-user, customer-administrator or customer.").arg(text));
            return ExitUsage;
        }
    }

    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    security::UserStore users(storage.db(), hashing());
    QTextStream out(stdout);

    if (action == u"add") {
        if (arg(1).isEmpty()) {
            printError(tr("users add needs a NAME."));
            return ExitUsage;
        }
        auto any = users.hasUsers();
        if (!any)
            return fail(any.error());
        if (!*any) {
            if (role && *role != security::Role::Administrator) {
                printError(tr("The first account must be an administrator."));
                return ExitUsage;
            }
            const QString password = readSecretLine(tr("Password of the new administrator %1: ").arg(arg(1)));
            auto created = users.createFirstAdministrator(arg(1), password, storage::currentUserName());
            if (!created)
                return fail(created.error());
            out << tr("Created the first administrator %1.").arg(created->name) << '\n';
            return ExitOk;
        }
        const auto actor = cliActingUser(p, storage.db());
        if (!actor)
            return ExitUsage;
        const QString password = readSecretLine(tr("Password of the new user %1: ").arg(arg(1)));
        auto created = users.addUser(*actor, arg(1), role.value_or(security::Role::Customer), password);
        if (!created)
            return fail(created.error());
        out << tr("Created %1 (%2).").arg(created->name, security::roleTitle(created->role)) << '\n';
        return ExitOk;
    }

    const auto actor = cliActingUser(p, storage.db());
    if (!actor)
        return ExitUsage;

    if (action == u"list") {
        auto list = users.users(*actor);
        if (!list)
            return fail(list.error());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const auto &u : *list)
                array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                         {QStringLiteral("role"), security::roleName(u.role)},
                                         {QStringLiteral("disabled"), u.disabled},
                                         {QStringLiteral("lockedUntil"), isoOrEmpty(u.lockedUntil)},
                                         {QStringLiteral("lastLoginAt"), isoOrEmpty(u.lastLoginAt)}});
            auto groups = users.groupRoles();
            QJsonArray mapped;
            for (const auto &g : groups ? *groups : QList<security::GroupRole>{})
                mapped.append(QJsonObject{{QStringLiteral("group"), g.group},
                                          {QStringLiteral("role"), security::roleName(g.role)}});
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("users"), array}, {QStringLiteral("groups"), mapped}}));
            return ExitOk;
        }
        for (const auto &u : *list) {
            out << u.name << "  " << security::roleTitle(u.role);
            if (u.disabled)
                out << "  " << tr("disabled");
            if (u.lockedUntil.isValid())
                out << "  " << tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(Qt::ISODate));
            out << '\n';
        }
        return ExitOk;
    }
    if (action == u"passwd") {
        const QString name = arg(1).isEmpty() ? actor->name : arg(1);
        if (name.compare(actor->name, Qt::CaseInsensitive) == 0) {
            // The current password is asked for even after --as signed in: the change is confirmed on purpose.
            const QString old = readSecretLine(tr("Current password: "));
            const QString fresh = readSecretLine(tr("New password: "));
            if (auto error = users.changeOwnPassword(*actor, old, fresh))
                return fail(error);
        } else {
            const QString fresh = readSecretLine(tr("New password of %1: ").arg(name));
            if (auto error = users.resetPassword(*actor, name, fresh))
                return fail(error);
        }
        out << tr("Password of %1 changed.").arg(name) << '\n';
        return ExitOk;
    }
    if (action == u"disable") {
        const bool enable = p.isSet(QStringLiteral("enable"));
        if (auto error = users.setDisabled(*actor, arg(1), !enable))
            return fail(error);
        out << (enable ? tr("Enabled %1.") : tr("Disabled %1.")).arg(arg(1)) << '\n';
        return ExitOk;
    }
    if (action == u"role") {
        if (!role) {
            printError(tr("users role needs NAME and ROLE."));
            return ExitUsage;
        }
        if (auto error = users.setRole(*actor, arg(1), *role))
            return fail(error);
        out << tr("%1 is now %2.").arg(arg(1), security::roleTitle(*role)) << '\n';
        return ExitOk;
    }
    if (action == u"map-group") {
        const bool remove = p.isSet(QStringLiteral("remove"));
        if (arg(1).isEmpty() || (!role && !remove)) {
            printError(tr("users map-group needs GROUP and ROLE, or GROUP --remove."));
            return ExitUsage;
        }
        if (auto error = users.mapGroup(*actor, arg(1), remove ? std::nullopt : role))
            return fail(error);
        out << (remove ? tr("Members of %1 no longer have a role.").arg(arg(1))
                       : tr("Members of %1 act as %2.").arg(arg(1), security::roleTitle(*role)))
            << '\n';
        return ExitOk;
    }
    printError(tr("Unknown users action %1.").arg(action));
    return ExitUsage;
}

} // namespace fleet::cli
