#include "storage/FleetLoader.h"

#include "storage/Database.h"

namespace fleet::storage {

FleetLoader::FleetLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<QList<fleet::storage::FleetRow>>();
    m_thread.setObjectName(QStringLiteral("fleet-loader"));
    m_worker = new QObject();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FleetLoader::~FleetLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void FleetLoader::load()
{
    const QString path = m_path;
    QMetaObject::invokeMethod(m_worker, [this, path] {
        // One connection per load keeps the worker stateless; opening SQLite is cheap next to a UI refresh.
        Database db(QStringLiteral("loader"));
        if (const auto e = db.open(path)) {
            Q_EMIT failed(e.message);
            return;
        }
        auto rows = fleetOverview(db);
        if (!rows) {
            Q_EMIT failed(rows.error().message);
            return;
        }
        Q_EMIT loaded(*rows);
    });
}

} // namespace fleet::storage
