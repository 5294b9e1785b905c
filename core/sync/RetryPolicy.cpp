#include "sync/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace fleet::sync {

std::chrono::seconds RetryPolicy::baseDelay(int attempts)
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const qint64 seconds = kFirst.count() << std::min(doublings, 20);
    return std::chrono::seconds(std::min<qint64>(seconds, kMax.count()));
}

std::chrono::seconds RetryPolicy::delay(int attempts, QRandomGenerator *rng)
{
    QRandomGenerator *g = rng ? rng : QRandomGenerator::global();
    const double factor = 1.0 + kJitter * (2.0 * g->generateDouble() - 1.0);
    return std::chrono::seconds(qint64(double(baseDelay(attempts).count()) * factor));
}

QDateTime RetryPolicy::nextAttempt(const SyncError &error, int attempts, const QDateTime &now, QRandomGenerator *rng)
{
    if (error.retryAfter)
        return now.addSecs(std::min<qint64>(error.retryAfter->count(), kMax.count()));
    return now.addSecs(delay(attempts, rng).count());
}

} // namespace fleet::sync
