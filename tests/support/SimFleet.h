#pragma once
// Test fixture: a simulated printer fleet served by fleetkeeper-sim (tests/sim), one device per
// 127.x.y.z address on one free UDP port, started by the test and stopped by PID (with its
// serving processes). Devices answer SNMPv1/v2c community "public" (and their recording's
// name), and SNMPv3 with the users given (empty context = the device).

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fleet::test {

struct SimFleetOptions
{
    QStringList recordings; // .snmprec files or directories
    int count = 0;          // 0: one device per recording
    QString firstAddress = QStringLiteral("127.1.0.1");
    // "NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]]" with Net-SNMP protocol names (see tests/sim/README.md);
    // empty: the simulator's default user simulator:MD5:auctoritas:DES:privatus.
    QStringList v3Users;
    int processes = 2;
    QString community = QStringLiteral("public");
};

class SimFleet
{
public:
    SimFleet() = default;
    ~SimFleet();
    Q_DISABLE_COPY_MOVE(SimFleet)

    // Starts the fleet and waits (with a deadline) until every device is bound. On failure
    // returns false and error() says why, with the simulator's own output.
    bool start(const SimFleetOptions &options);
    bool start(const QStringList &recordings, int count = 0, const QString &firstAddress = QStringLiteral("127.1.0.1"),
               const QStringList &v3Users = {});
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }
    QStringList addresses() const { return m_addresses; } // in device order
    QString endpoint(const QString &address) const;       // "127.1.0.1:PORT"
    QString recordingFor(const QString &address) const { return m_recordings.value(address); }
    QString error() const { return m_error; }
    QString output(); // stdout and stderr so far

private:
    bool startOnce(const SimFleetOptions &options);
    bool readMap();

    QProcess m_process;
    quint16 m_port = 0;
    QStringList m_addresses;
    QHash<QString, QString> m_recordings;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
};

} // namespace fleet::test
