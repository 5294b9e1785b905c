#pragma once
// Polls one device with its read credentials and, when a database worker is given, stores the
// snapshot as a periodic poll would (devices row, firmware, status, meters...). Used by the
// refresh-status action and by the checks before and after a firmware upgrade.

#include "actions/ActionTypes.h"
#include "collect/Poller.h"

#include <QObject>

namespace fleet::storage {
class DatabaseWorker;
}

namespace fleet::actions {

class PollOnce final : public QObject
{
    Q_OBJECT
public:
    explicit PollOnce(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PollOnce)

    // store: write the snapshot through db (ignored when db is null). A poll still running, or
    // still storing, is abandoned: done() reports the new poll only, once.
    void start(const DeviceTarget &device, storage::DatabaseWorker *db, bool store);
    // Abandons the running poll; no done() follows for it.
    void cancel();

Q_SIGNALS:
    // storeError is empty when the snapshot was stored or not meant to be.
    void done(const fleet::DeviceSnapshot &snapshot, const QString &storeError);

private:
    void onSnapshot(const DeviceSnapshot &snapshot);
    void onPollerFinished();

    collect::Poller m_poller;
    storage::DatabaseWorker *m_db = nullptr;
    // Which start() is current. A store callback carries the generation it was made for, so one
    // that belongs to an abandoned poll is recognised when it arrives and dropped.
    quint64 m_generation = 0;
    bool m_active = false; // the current poll has not reported yet
    bool m_store = false;
    bool m_gotSnapshot = false;
};

// "host:port" as the poller parses it ("[v6]:port" for IPv6 literals).
QString pollSpec(const DeviceTarget &device);

} // namespace fleet::actions
