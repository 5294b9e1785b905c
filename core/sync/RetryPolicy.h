#pragma once
// When a failed request is tried again (docs/protocol.md): exponential backoff from 1 minute,
// doubling to at most 6 hours, with ±20 % random jitter so a site's agents do not retry in step;
// a Retry-After from the server (429, 503) is honoured instead, capped at 6 hours.

#include "sync/SyncError.h"

#include <QDateTime>

#include <chrono>

class QRandomGenerator;

namespace fleet::sync {

class RetryPolicy
{
public:
    static constexpr std::chrono::seconds kFirst{60};
    static constexpr std::chrono::seconds kMax{6 * 3600};
    static constexpr double kJitter = 0.2;

    // The wait after the attempts-th failed attempt (1 = the first), without jitter.
    static std::chrono::seconds baseDelay(int attempts);
    // The wait with jitter; rng null uses the global generator.
    static std::chrono::seconds delay(int attempts, QRandomGenerator *rng = nullptr);
    // The next attempt after a transient error at now.
    static QDateTime nextAttempt(const SyncError &error, int attempts, const QDateTime &now,
                                 QRandomGenerator *rng = nullptr);
};

} // namespace fleet::sync
