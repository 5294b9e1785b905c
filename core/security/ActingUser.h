#pragma once
// Who a command-line invocation acts as: --as NAME signs in with a password read from the caller
// (stdin for the CLI); else the operating-system user with the role of a mapped Unix group; while
// no account exists yet, the OS user sets the agent up as Administrator (so the first
// administrator can be created). Nobody else gets an actor.

#include "security/UserStore.h"

#include <functional>

namespace fleet::security {

struct ActingUserRequest
{
    QString asName;                        // empty: the OS user
    QString osUser;                        // the account running the process
    std::function<QString()> readPassword; // called only for asName
};

SecurityResult<Actor> resolveActingUser(UserStore &users, const ActingUserRequest &request);

} // namespace fleet::security
