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
    connect(&m_poller, &collect::Poller::deviceFinished, this, [this](const DeviceSnapshot &snapshot) {
        m_gotSnapshot = true;
        if (!m_store || !m_db) {
            Q_EMIT done(snapshot, {});
            return;
        }
        m_db->exec(
            [snapshot](storage::Database &db) -> storage::StorageError {
                storage::SnapshotStore store(db);
                auto r = store.storeBatch({snapshot});
                return r ? storage::StorageError{} : r.error();
            },
            this, [this, snapshot](storage::StorageError e) { Q_EMIT done(snapshot, e.message); });
    });
    connect(&m_poller, &collect::Poller::finished, this, [this] {
        if (!m_gotSnapshot) {
            DeviceSnapshot none;
            none.error = {snmp::ErrorClass::Cancelled, tr("The poll ended without a result.")};
            Q_EMIT done(none, {});
        }
    });
}

void PollOnce::start(const DeviceTarget &device, storage::DatabaseWorker *db, bool store)
{
    m_db = db;
    m_store = store;
    m_gotSnapshot = false;
    m_poller.start({collect::Poller::targetFromString(pollSpec(device), device.credentials)}, {});
}

void PollOnce::cancel()
{
    m_poller.cancel();
}

} // namespace fleet::actions
