#include "posture/PostureJob.h"

#include "posture/PostureStore.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"

namespace fleet::posture {

PostureJob::PostureJob(const QString &databasePath, security::Actor actor, ProbeOptions options, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_actor(std::move(actor))
    , m_options(std::move(options))
{}

PostureJob::~PostureJob() = default;

void PostureJob::run()
{
    m_db = std::make_unique<storage::Database>(QStringLiteral("posture"));
    if (const storage::StorageError e = m_db->open(m_path)) {
        done(e.message);
        return;
    }
    const security::SecurityError refused = security::check(m_actor, security::Permission::ActionTroubleshoot);
    const security::AuditEntry entry(m_actor, QStringLiteral("posture.probe"), std::nullopt, {},
                                     refused ? QString(security::kAuditDenied) : QString(security::kAuditOk),
                                     refused.message);
    if (auto audited = security::AuditLog(*m_db).append(entry); !audited) {
        // A guarded operation does not run unaudited.
        done(audited.error().message);
        return;
    }
    if (refused) {
        done(refused.message);
        return;
    }
    auto devices = storage::FleetRepository(*m_db).devices(true);
    if (!devices) {
        done(devices.error().message);
        return;
    }
    QList<ProbeTarget> targets;
    for (const storage::DeviceRecord &d : std::as_const(*devices))
        targets.append({d.id, d.address});
    qCInfo(lcPosture) << "probing" << targets.size() << "devices";
    m_probe = new PostureProbe(m_options, this);
    connect(m_probe, &PostureProbe::progress, this, &PostureJob::progress);
    connect(m_probe, &PostureProbe::deviceFinished, this, [this](const ProbeResult &r) {
        if (const storage::StorageError e = PostureStore(*m_db).save(r)) {
            m_storeError = e.message;
            return;
        }
        ++m_stored;
    });
    connect(m_probe, &PostureProbe::finished, this, [this] { done(m_storeError); });
    m_probe->start(targets);
}

void PostureJob::cancel()
{
    if (m_probe)
        m_probe->cancel();
}

void PostureJob::done(const QString &error)
{
    if (m_db)
        m_db->close();
    emit finished(m_stored, error);
}

} // namespace fleet::posture
