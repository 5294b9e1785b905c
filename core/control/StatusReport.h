#pragma once
// What `fleetkeeper-cli status` and the attached desktop app show about the agent: whether the
// daemon runs, what it is doing, its last and next runs, the outbox and recent errors. The daemon
// fills it from its live services; without a daemon it is read from the profile (the schedule
// files and the database), without changing anything there.

#include "util/Expected.h"
#include "util/ProfileRoot.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace fleet::storage {
class Database;
}
namespace fleet::schedule {
struct JobState;
}

namespace fleet::control {

struct RunInfo
{
    QDateTime lastStarted; // invalid: never
    QDateTime lastFinished;
    bool lastOk = false;
    QString lastMessage;
    QDateTime next; // invalid: not scheduled

    static RunInfo from(const std::optional<schedule::JobState> &state, const QDateTime &next);
    QJsonObject toJson() const;
    static RunInfo fromJson(const QJsonObject &o);
};

struct RecentError
{
    QDateTime at;
    QString source; // "poll", "discovery", "sync", "outbox", "daemon"
    QString message;
};

struct StatusReport
{
    bool daemonRunning = false;
    qint64 pid = 0;
    QString profile;
    QString state = QStringLiteral("idle"); // idle, polling, discovering, syncing, stopping
    bool paused = false;
    int pollIntervalMinutes = 0;
    RunInfo poll;
    RunInfo discovery;
    RunInfo sync;
    QDateTime nextRetry;
    int outboxQueued = 0;
    int outboxDelivered = 0;
    int outboxRejected = 0;
    int devices = 0;
    QList<RecentError> errors; // newest first

    QJsonObject toJson() const;
    static StatusReport fromJson(const QJsonObject &o);

    // The state stored in the profile, for when no daemon runs (daemonRunning stays false).
    static Expected<StatusReport> readFromProfile(const ProfileRoot &profile);
    // The database's part: device count, outbox counts and the recent delivery errors.
    QString addFromDatabase(storage::Database &db);
};

// At most this many recent errors are kept and reported.
constexpr int kMaxRecentErrors = 10;

} // namespace fleet::control
