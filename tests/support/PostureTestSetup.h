#pragma once
// What the posture tests share: a recorded Brother HL-L8260CDW served by snmpsimd under the
// community "public" (the one a posture probe tries), and that printer stored in a profile
// database as a poll would have left it, under a name the test chooses (hostile text, markup).

#include "SnmpSim.h"

#include <QString>
#include <QTemporaryDir>

namespace fleet::test {

class PostureDevice final
{
public:
    PostureDevice() = default;
    Q_DISABLE_COPY_MOVE(PostureDevice)

    // Serves the recording; false and error() when it cannot.
    bool start();
    // Stores the printer (serial, MAC, sysName) in the database at dbPath, created when missing;
    // false and error() when it cannot.
    bool store(const QString &dbPath, const QString &serial, const QString &mac, const QString &sysName);

    QString endpoint() const { return m_sim.endpoint(); }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_data;
    SnmpSim m_sim;
    QString m_error;
};

} // namespace fleet::test
