#include "CliRunner.h"

#include "TestEnv.h"
#include "cli/CliApp.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace fleet::test {

namespace {

// Points file descriptors 1 and 2 at temporary files until finish() or destruction.
class OutputCapture
{
public:
    OutputCapture()
    {
        m_out.open();
        m_err.open();
        std::fflush(stdout);
        std::fflush(stderr);
        m_savedOut = ::dup(STDOUT_FILENO);
        m_savedErr = ::dup(STDERR_FILENO);
        ::dup2(m_out.handle(), STDOUT_FILENO);
        ::dup2(m_err.handle(), STDERR_FILENO);
    }
    ~OutputCapture() { restore(); }
    Q_DISABLE_COPY_MOVE(OutputCapture)

    void finish(CliResult &result)
    {
        restore();
        m_out.seek(0);
        m_err.seek(0);
        result.out = m_out.readAll();
        result.err = m_err.readAll();
    }

private:
    void restore()
    {
        if (m_savedOut < 0)
            return;
        std::fflush(stdout);
        std::fflush(stderr);
        ::dup2(m_savedOut, STDOUT_FILENO);
        ::dup2(m_savedErr, STDERR_FILENO);
        ::close(m_savedOut);
        ::close(m_savedErr);
        m_savedOut = m_savedErr = -1;
    }

    QTemporaryFile m_out;
    QTemporaryFile m_err;
    int m_savedOut = -1;
    int m_savedErr = -1;
};

} // namespace

QString CliResult::describe() const
{
    return QStringLiteral("fleetkeeper-cli %1: exit %2%3\nstdout:\n%4\nstderr:\n%5")
        .arg(args.join(u' '))
        .arg(exitCode)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
}

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRunner::CliRunner(QString profile)
    : m_profile(std::move(profile))
{}

QString CliRunner::executable()
{
    return binDir() + QStringLiteral("/fleetkeeper-cli");
}

QStringList CliRunner::commandLine(const QStringList &args) const
{
    QStringList all;
    if (!m_profile.isEmpty())
        all << QStringLiteral("--profile") << m_profile;
    return all + m_leading + args;
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &input) const
{
    CliResult r;
    r.args = args;
    QProcess p;
    p.setProcessEnvironment(m_environment);
    if (input.isEmpty())
        p.setStandardInputFile(QProcess::nullDevice());
    p.start(executable(), commandLine(args));
    if (!p.waitForStarted(scaled(10000))) {
        r.err = QStringLiteral("%1 did not start: %2").arg(executable(), p.errorString()).toUtf8();
        return r;
    }
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(scaled(m_timeoutMs))) {
        r.timedOut = true;
        p.kill(); // our own child, by PID
        p.waitForFinished();
    }
    r.exitCode = !r.timedOut && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliResult CliRunner::runInProcess(const QStringList &args) const
{
    CliResult r;
    r.args = args;
    OutputCapture capture;
    r.exitCode = cli::run(QStringList{QStringLiteral("fleetkeeper-cli")} + commandLine(args));
    capture.finish(r);
    return r;
}

} // namespace fleet::test
