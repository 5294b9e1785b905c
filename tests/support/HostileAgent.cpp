#include "HostileAgent.h"

#include "ChildProcess.h"
#include "TestEnv.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>

namespace fleet::test {

namespace {
constexpr int kBindFailed = 3; // the script's exit code when its port is taken
}

HostileAgent::HostileAgent() = default;
HostileAgent::~HostileAgent()
{
    stop();
}

QString HostileAgent::output() const
{
    QFile log(m_run ? m_run->filePath(QStringLiteral("agent.log")) : QString());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll().right(6000));
}

bool HostileAgent::start(const HostileAgentOptions &options)
{
    stop();
    m_error.clear();
    // freeUdpPort() only says the port was free a moment ago: another test may take it first.
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool portTaken = false;
        if (startOnce(options, freeUdpPort(), &portTaken))
            return true;
        if (!portTaken)
            return false;
    }
    return false;
}

bool HostileAgent::startOnce(const HostileAgentOptions &options, quint16 port, bool *portTaken)
{
    m_run = std::make_unique<QTemporaryDir>();
    m_port = port;
    const QString readyFile = m_run->filePath(QStringLiteral("ready"));
    QStringList args = {sourceDir() + QStringLiteral("/tests/support/hostile_agent.py"),
                        QStringLiteral("--port"),
                        QString::number(port),
                        QStringLiteral("--ready-file"),
                        readyFile,
                        QStringLiteral("--stop-after"),
                        QString::number(options.stopAfter),
                        QStringLiteral("--delay-ms"),
                        QString::number(options.delayMs)};
    for (const QString &b : options.behaviours)
        args << QStringLiteral("--behaviour") << b;
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setStandardOutputFile(m_run->filePath(QStringLiteral("agent.log")));
    m_process.setStandardErrorFile(m_run->filePath(QStringLiteral("agent.log")), QIODevice::Append);
    m_process.start(QStringLiteral("python3"), args);
    if (!m_process.waitForStarted(scaled(5000))) {
        m_error = QStringLiteral("python3 did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(scaled(15000));
    while (!deadline.hasExpired()) {
        if (QFile::exists(readyFile))
            return true;
        if (m_process.state() != QProcess::Running || m_process.waitForFinished(50)) {
            *portTaken = m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == kBindFailed;
            m_error =
                QStringLiteral("hostile_agent.py exited early (code %1):\n%2").arg(m_process.exitCode()).arg(output());
            return false;
        }
    }
    m_error = QStringLiteral("hostile_agent.py did not get ready in time:\n%1").arg(output());
    stop();
    return false;
}

void HostileAgent::stop()
{
    stopProcess(m_process); // SIGTERM first: the script exits cleanly
}

} // namespace fleet::test
