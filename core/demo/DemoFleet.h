#pragma once
// A working fleet on a machine with nothing configured: the shipped printer recordings served by
// snmpsimd on loopback (127.0.0.11 upwards), a v2c "public" credential profile stored in the
// given (demo) profile, and a discovery sweep of those addresses into it, as the discovery dialog
// and the scheduled discovery store their finds. Everything is asynchronous: start() returns at
// once and ready() or failed() follows. The simulator runs until the object is destroyed.

#include "schedule/ScheduledDiscovery.h"
#include "util/Expected.h"
#include "util/ProfileRoot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

class QTemporaryDir;

namespace fleet::demo {

class DemoFleet final : public QObject
{
    Q_OBJECT
public:
    enum class State : quint8 { Idle, Starting, Discovering, Ready, Failed };

    DemoFleet(ProfileRoot profile, QString recordingsDir, QObject *parent = nullptr);
    ~DemoFleet() override; // stops the simulator (by its PID) and a sweep in progress
    Q_DISABLE_COPY_MOVE(DemoFleet)

    // Before start(): the port tried first (others follow when it is taken on any address), the
    // first address's last byte, at most how many recordings (0: all), how long the simulator may
    // take to answer, and its program (default: findSimulator()).
    void setPreferredPort(quint16 port) { m_preferredPort = port; }
    void setFirstHost(int lastByte) { m_firstHost = lastByte; }
    void setMaxDevices(int count) { m_maxDevices = count; }
    void setStartTimeout(int ms) { m_startTimeoutMs = ms; }
    void setSimulatorProgram(const QString &program) { m_program = program; }

    void start();
    State state() const { return m_state; }
    int deviceCount() const { return int(m_devices.size()); }
    quint16 port() const { return m_port; }
    QString firstAddress() const;
    QString lastAddress() const;
    QString targetSpec() const; // "127.0.0.11-127.0.0.24:16161", what the sweep covered
    qint64 simulatorPid() const { return m_process.processId(); }
    const ProfileRoot &profile() const { return m_profile; }

    // The name of the credential profile the demo stores.
    static QString credentialProfileName() { return QStringLiteral("demo-public"); }
    // True when the profile holds no device and no credential profile (a missing database is
    // empty). Reads the database on the caller's thread: meant for start-up, before any window.
    static Expected<bool> isUnconfigured(const ProfileRoot &profile);

Q_SIGNALS:
    void ready(int printers); // the sweep found and stored this many printers
    void failed(const QString &reason);

private:
    QString planDevices(); // empty on success, else why not
    quint16 choosePort() const;
    void launch();
    void probe();
    void onProbeAnswer();
    void storeCredentials();
    void discover();
    void fail(const QString &reason);
    QString simulatorOutput() const;
    void stopSimulator();

    ProfileRoot m_profile;
    QString m_recordingsDir;
    QString m_program;
    quint16 m_preferredPort = 16161;
    int m_firstHost = 11;
    int m_maxDevices = 0;
    int m_startTimeoutMs = 60000;

    State m_state = State::Idle;
    QStringList m_recordings;
    QStringList m_devices; // addresses, parallel to m_recordings
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_run;
    QProcess m_process;
    QUdpSocket m_probe;
    QTimer m_probeTimer;
    QElapsedTimer m_since;
    QSet<QString> m_answered;
    std::unique_ptr<schedule::ScheduledDiscovery> m_discovery;
};

} // namespace fleet::demo
