#include "UserStoreJob.h"

namespace fleet::ui {

security::HashParameters passwordHashing()
{
    return qEnvironmentVariable("FLEETKEEPER_ARGON2") == u"interactive" ? security::HashParameters::interactive()
                                                                        : security::HashParameters::moderate();
}

} // namespace fleet::ui
