#include "PostureTestSetup.h"

#include "../core/tst_storage_data.h"
#include "TestEnv.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QFile>

namespace fleet::test {

bool PostureDevice::start()
{
    // Readable by all: started as root, snmpsimd serves as nobody.
    QFile::setPermissions(m_data.path(), QFileDevice::Permissions(0x7755));
    const QString source = fixtureDir() + QStringLiteral("/brother-hl-l8260cdw.snmprec");
    const QString recording = m_data.filePath(QStringLiteral("public.snmprec"));
    if (!QFile::copy(source, recording)) {
        m_error = QStringLiteral("cannot copy %1 to %2").arg(source, recording);
        return false;
    }
    QFile::setPermissions(recording, QFileDevice::Permissions(0x6444));
    if (!m_sim.start(m_data.path())) {
        m_error = m_sim.error();
        return false;
    }
    return true;
}

bool PostureDevice::store(const QString &dbPath, const QString &serial, const QString &mac, const QString &sysName)
{
    storage::Database db;
    if (const auto e = db.open(dbPath)) {
        m_error = QStringLiteral("cannot open %1: %2").arg(dbPath, e.message);
        return false;
    }
    DeviceSnapshot s = storage::test::printer(endpoint(), serial, {mac}, QDateTime::currentDateTimeUtc());
    s.identity.sysName = sysName;
    if (const auto e = storage::SnapshotStore(db).storeBatch({s}); !e) {
        m_error = QStringLiteral("cannot store the printer: ") + e.error().message;
        return false;
    }
    return true;
}

} // namespace fleet::test
