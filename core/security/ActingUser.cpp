#include "security/ActingUser.h"

#include <QCoreApplication>

namespace fleet::security {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::security::ActingUser", s);
}
} // namespace

SecurityResult<Actor> resolveActingUser(UserStore &users, const ActingUserRequest &request)
{
    if (!request.asName.isEmpty())
        return users.authenticate(request.asName, request.readPassword ? request.readPassword() : QString());
    auto any = users.hasUsers();
    if (!any)
        return any.error();
    // Limit: before the first account exists anyone who can open the profile acts as administrator;
    // that is the set-up window, closed by creating the first administrator.
    if (!*any)
        return Actor{request.osUser, Role::Administrator};
    auto mapped = users.actorForOsUser(request.osUser);
    if (!mapped)
        return mapped.error();
    if (*mapped)
        return **mapped;
    return SecurityError{SecurityErrorCode::Denied,
                         tr("The system user %1 has no Fleetkeeper role: use --as NAME (password on standard input), "
                            "or ask an administrator to map one of your groups to a role.")
                             .arg(request.osUser)};
}

} // namespace fleet::security
