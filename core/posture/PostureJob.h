#pragma once
// One probe run over the stored devices: opens its own database connection (so it can live on a
// worker thread), probes every in-scope device, stores each result as it arrives and reports
// progress. The GUI moves it to a QThread; the CLI runs it in its own event loop.
// The probe sends SNMP requests (a SET among them) and TCP connects to every device, so it is a
// guarded operation: the acting user needs the troubleshoot permission, and every run, allowed
// or refused, is written to the security audit log ("posture.probe").

#include "posture/PostureProbe.h"
#include "security/Permissions.h"

#include <QObject>

#include <memory>

namespace fleet::storage {
class Database;
}

namespace fleet::posture {

class PostureJob final : public QObject
{
    Q_OBJECT
public:
    PostureJob(const QString &databasePath, security::Actor actor, ProbeOptions options = {},
               QObject *parent = nullptr);
    ~PostureJob() override;
    Q_DISABLE_COPY_MOVE(PostureJob)

    // Call on the job's thread (queued when it was moved to a worker thread).
    void run();
    void cancel();

signals:
    void progress(int done, int total);
    // error is empty on success; probed is how many devices got a stored result.
    void finished(int probed, const QString &error);

private:
    void done(const QString &error);

    QString m_path;
    security::Actor m_actor;
    ProbeOptions m_options;
    std::unique_ptr<storage::Database> m_db;
    PostureProbe *m_probe = nullptr;
    int m_stored = 0;
    QString m_storeError;
};

} // namespace fleet::posture
