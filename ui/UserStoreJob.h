#pragma once
// UserStore calls from widgets: each runs on a DatabaseWorker's thread with that thread's own
// connection (an Argon2id hash takes a large fraction of a second and must not freeze the window)
// and its outcome, worded by the core, comes back on the widget's thread.

#include "security/UserStore.h"
#include "storage/DatabaseWorker.h"

#include <functional>

namespace fleet::ui {

// The cost of Argon2id: FLEETKEEPER_ARGON2=interactive lowers it for small hosts and the tests,
// as for the command line.
security::HashParameters passwordHashing();

template <typename T>
void runUserStore(storage::DatabaseWorker &worker,
                  std::function<security::SecurityResult<T>(security::UserStore &)> job, QObject *context,
                  std::function<void(security::SecurityResult<T>)> done)
{
    const security::HashParameters hashing = passwordHashing();
    worker.run<security::SecurityResult<T>>(
        [job = std::move(job), hashing](storage::Database &db) -> storage::Result<security::SecurityResult<T>> {
            security::UserStore users(db, hashing);
            return job(users);
        },
        context,
        [done = std::move(done)](storage::Result<security::SecurityResult<T>> result) {
            if (!result)
                done(security::SecurityResult<T>(result.error()));
            else
                done(std::move(result).value());
        });
}

// For the calls whose only outcome is success or an error.
inline void runUserStoreChange(storage::DatabaseWorker &worker,
                               std::function<security::SecurityError(security::UserStore &)> job, QObject *context,
                               std::function<void(security::SecurityError)> done)
{
    runUserStore<bool>(
        worker,
        [job = std::move(job)](security::UserStore &users) -> security::SecurityResult<bool> {
            if (security::SecurityError error = job(users))
                return error;
            return true;
        },
        context, [done = std::move(done)](security::SecurityResult<bool> result) { done(result.error()); });
}

} // namespace fleet::ui
