#pragma once
// What the scheduler remembers across restarts, per job name: when it last started and
// finished, how it ended, when it is due next and under which schedule that was computed.
// Kept in <profile>/schedule.json, replaced atomically (QSaveFile) on every change. A file that
// cannot be read is set aside as schedule.json.corrupt and replaced by a fresh state: losing the
// schedule costs one early run, refusing to start would cost all of them.

#include "util/ProfileRoot.h"

#include <QDateTime>
#include <QMap>
#include <QString>

#include <optional>

namespace fleet::schedule {

struct JobState
{
    QDateTime lastStarted;  // invalid: never started
    QDateTime lastFinished; // earlier than lastStarted: the last run was interrupted
    bool lastOk = false;
    QString lastMessage;
    QDateTime nextDue;   // invalid: not scheduled (disabled)
    QString scheduleKey; // Schedule::key() that nextDue was computed from

    bool operator==(const JobState &other) const = default;
};

class ScheduleState final
{
public:
    explicit ScheduleState(QString filePath = {}); // empty path: in memory only
    static QString pathIn(const ProfileRoot &profile);

    const QString &filePath() const { return m_path; }

    // A missing file is an empty state. Returns a readable message when the file was damaged
    // (the state is then empty and the file set aside); empty when all is well.
    QString load();
    // Returns why the file could not be written; empty on success (or without a path).
    QString save() const;

    std::optional<JobState> job(const QString &name) const;
    void setJob(const QString &name, const JobState &state);
    QStringList jobNames() const { return m_jobs.keys(); }

private:
    QString m_path;
    QMap<QString, JobState> m_jobs;
};

} // namespace fleet::schedule
