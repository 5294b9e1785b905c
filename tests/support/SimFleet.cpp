#include "SimFleet.h"

#include "ChildProcess.h"
#include "TestEnv.h"

#include <QDeadlineTimer>

namespace fleet::test {

SimFleet::~SimFleet()
{
    stop();
}

QString SimFleet::endpoint(const QString &address) const
{
    return QStringLiteral("%1:%2").arg(address).arg(m_port);
}

QString SimFleet::output()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_stdout.right(4000) + m_stderr.right(4000));
}

bool SimFleet::start(const QStringList &recordings, int count, const QString &firstAddress, const QStringList &v3Users)
{
    SimFleetOptions options;
    options.recordings = recordings;
    options.count = count;
    options.firstAddress = firstAddress;
    options.v3Users = v3Users;
    return start(options);
}

bool SimFleet::start(const SimFleetOptions &options)
{
    // The port is free on 127.0.0.1 a moment before; another process may still take it on the
    // fleet's addresses, so a bind failure is retried on another port.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (startOnce(options))
            return true;
        if (!m_error.contains(QLatin1String("cannot listen")))
            return false;
    }
    return false;
}

bool SimFleet::startOnce(const SimFleetOptions &options)
{
    stop();
    m_stdout.clear();
    m_stderr.clear();
    m_addresses.clear();
    m_recordings.clear();
    m_error.clear();
    m_port = freeUdpPort();
    QStringList args;
    for (const QString &r : options.recordings)
        args << QStringLiteral("--recordings") << r;
    if (options.count > 0)
        args << QStringLiteral("--count") << QString::number(options.count);
    args << QStringLiteral("--first-address") << options.firstAddress << QStringLiteral("--port")
         << QString::number(m_port) << QStringLiteral("--processes") << QString::number(options.processes)
         << QStringLiteral("--community") << options.community << QStringLiteral("--exit-with-parent");
    for (const QString &u : options.v3Users)
        args << QStringLiteral("--v3-user") << u;
    const QString program = binDir() + QStringLiteral("/fleetkeeper-sim");
    m_process.start(program, args);
    if (!m_process.waitForStarted(scaled(10000))) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    m_process.closeWriteChannel();
    if (!readMap()) {
        const QString why = m_error;
        stop();
        m_error =
            QStringLiteral("%1\n--- fleetkeeper-sim %2 output:\n%3").arg(why, args.join(QLatin1Char(' ')), output());
        return false;
    }
    return true;
}

// Reads "ADDRESS:PORT RECORDING" lines until "READY ...", within a deadline.
bool SimFleet::readMap()
{
    QDeadlineTimer deadline(scaled(30000));
    QByteArray pending;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(static_cast<int>(qMax<qint64>(deadline.remainingTime(), 1)))) {
            if (m_process.state() == QProcess::NotRunning) {
                m_error = QStringLiteral("fleetkeeper-sim exited before it was ready (exit code %1)")
                              .arg(m_process.exitCode());
                return false;
            }
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray raw = m_process.readLine();
            m_stdout += raw;
            const QString line = QString::fromLocal8Bit(raw).trimmed();
            if (line.startsWith(QLatin1String("READY"))) {
                if (m_addresses.isEmpty())
                    m_error = QStringLiteral("fleetkeeper-sim reported no devices");
                return !m_addresses.isEmpty();
            }
            const qsizetype space = line.indexOf(QLatin1Char(' '));
            const qsizetype colon = line.lastIndexOf(QLatin1Char(':'), space);
            if (space <= 0 || colon <= 0)
                continue;
            const QString address = line.left(colon);
            m_addresses << address;
            m_recordings.insert(address, line.mid(space + 1));
        }
    }
    m_error = QStringLiteral("fleetkeeper-sim was not ready within %1 ms").arg(scaled(30000));
    return false;
}

void SimFleet::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    stopProcess(m_process, 10000, 5000); // SIGTERM first: the simulator stops its serving processes, then exits
    output();
}

} // namespace fleet::test
