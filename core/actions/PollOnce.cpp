#include "actions/PollOnce.h"

#include "storage/DatabaseWorker.h"
#include "storage/SnapshotStore.h"

namespace fleet::actions {

QString pollSpec(const DeviceTarget &device)
{
    if (device.host.contains(u':'))
        return QStringLiteral("[%1]:%2").arg(device.host).arg(device.snmpPort);
    return QStringLiteral("%1:%2").arg(device.host).arg(device.snmpPort);
}

PollOnce::PollOnce(QObject *parent)
    : QObject(parent)
{
    connect(&m_poller, &collect::Poller::deviceFinished, this, &PollOnce::onSnapshot);
    connect(&m_poller, &collect::Poller::finished, this, &PollOnce::onPollerFinished);
}

void PollOnce::start(const DeviceTarget &device, storage::DatabaseWorker *db, bool store)
{
    // The previous run ends before this one's state is set up. The poller keeps running until its
    // end-of-run arrives, which is after the snapshot was delivered: a start() from the slot of
    // done() still finds it running, and stopping it here emits its finished() synchronously. Were
    // the new state already in place, that stale finished() would read as "no result" for the new
    // poll.
    cancel(); // also a new generation: a store still running for the previous poll reports nothing
    m_db = db;
    m_store = store;
    m_gotSnapshot = false;
    m_active = true;
    m_poller.start({collect::Poller::targetFromString(pollSpec(device), device.credentials)}, {});
}

void PollOnce::cancel()
{
    m_active = false;
    ++m_generation; // a store still running for the abandoned poll reports nothing
    m_poller.cancel();
}

void PollOnce::onSnapshot(const DeviceSnapshot &snapshot)
{
    if (!m_active)
        return;
    m_gotSnapshot = true;
    if (!m_store || !m_db) {
        m_active = false;
        Q_EMIT done(snapshot, {});
        return;
    }
    const quint64 generation = m_generation;
    m_db->exec(
        [snapshot](storage::Database &db) -> storage::StorageError {
            storage::SnapshotStore store(db);
            auto r = store.storeBatch({snapshot});
            return r ? storage::StorageError{} : r.error();
        },
        this,
        [this, snapshot, generation](const storage::StorageError &e) {
            if (generation != m_generation || !m_active)
                return;
            m_active = false;
            Q_EMIT done(snapshot, e.message);
        });
}

void PollOnce::onPollerFinished()
{
    // After a snapshot the run's end means nothing (the store may still be running).
    if (!m_active || m_gotSnapshot)
        return;
    m_active = false;
    DeviceSnapshot none;
    none.error = {snmp::ErrorClass::Cancelled, tr("The poll ended without a result.")};
    Q_EMIT done(none, {});
}

} // namespace fleet::actions
