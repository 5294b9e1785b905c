#include "DaemonProcess.h"

#include "CliRunner.h"
#include "TestEnv.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>

#include <csignal>

namespace fleet::test {

namespace {
QProcessEnvironment cleanEnvironment()
{
    // Nothing of the environment the tests run in may point the programs elsewhere.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"FLEETKEEPER_PROFILE", "STATE_DIRECTORY", "RUNTIME_DIRECTORY", "NOTIFY_SOCKET",
                             "JOURNAL_STREAM", "QT_LOGGING_RULES"})
        env.remove(QString::fromLatin1(name));
    return env;
}
} // namespace

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err);
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    CliRunner runner; // the profile, when there is one, is in args
    runner.environment() = cleanEnvironment();
    runner.setTimeout(timeoutMs);
    const CliResult result = runner.run(args);
    CliRun run;
    run.exitCode = result.exitCode;
    run.out = QString::fromUtf8(result.out);
    run.err = result.timedOut ? QStringLiteral("timed out") : QString::fromUtf8(result.err);
    return run;
}

DaemonProcess::DaemonProcess(const QString &profile, const QStringList &extra)
{
    m_process.setProcessEnvironment(cleanEnvironment());
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binDir() + QStringLiteral("/fleetkeeperd"),
                    QStringList{QStringLiteral("--profile"), profile} + extra);
}

DaemonProcess::~DaemonProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString DaemonProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAll());
    return m_log;
}

bool DaemonProcess::waitFor(const QString &text, int timeoutMs, int count)
{
    QElapsedTimer clock;
    clock.start();
    while (true) {
        if (log().count(text) >= count)
            return true;
        if (clock.hasExpired(scaled(timeoutMs)) || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(50);
    }
}

int DaemonProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(scaled(timeoutMs)))
        return -1;
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void DaemonProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(scaled(15000));
    log();
}

} // namespace fleet::test
