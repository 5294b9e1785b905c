#pragma once
// Reads the device list on a worker thread with its own connection, so a window never waits on
// the database. Request with load(); the result arrives as a signal on the caller's thread.

#include "storage/FleetOverview.h"

#include <QObject>
#include <QThread>

namespace fleet::storage {

class FleetLoader final : public QObject
{
    Q_OBJECT
public:
    explicit FleetLoader(QString databasePath, QObject *parent = nullptr);
    ~FleetLoader() override;
    Q_DISABLE_COPY_MOVE(FleetLoader)

    void load();

Q_SIGNALS:
    void loaded(const QList<fleet::storage::FleetRow> &rows);
    void failed(const QString &message);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
};

} // namespace fleet::storage

Q_DECLARE_METATYPE(fleet::storage::FleetRow)
