#pragma once
// Test fixture: the built fleetkeeperd as a process on a profile, its output collected, stopped by
// PID (SIGTERM, then kill). Plus running fleetkeeper-cli to completion, for setting a profile up
// the way a person would (discover into it) and for checking what the CLI prints.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fleet::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const;
};

// fleetkeeper-cli with args, waited for (timeoutMs is scaled).
CliRun runCli(const QStringList &args, int timeoutMs = 30000);

class DaemonProcess
{
public:
    explicit DaemonProcess(const QString &profile, const QStringList &extra = {});
    ~DaemonProcess();
    Q_DISABLE_COPY_MOVE(DaemonProcess)

    // Waits (scaled) until the output has count lines containing text; false on timeout or exit.
    bool waitFor(const QString &text, int timeoutMs, int count = 1);
    // SIGTERM, then the exit code (-1: did not exit in time).
    int stop(int timeoutMs = 15000);
    // SIGKILL, as a crash would: nothing of the daemon cleans up (lock and socket files stay).
    void kill();
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QString log();

private:
    QProcess m_process;
    QString m_log;
};

} // namespace fleet::test
