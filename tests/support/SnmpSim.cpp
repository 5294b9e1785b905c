#include "SnmpSim.h"

#include "ChildProcess.h"
#include "TestEnv.h"
#include "demo/SimulatorFleet.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QUdpSocket>

#include <unistd.h>

namespace fleet::test {

SnmpSim::SnmpSim() = default;
SnmpSim::~SnmpSim()
{
    stop();
}

QList<SimV3User> SnmpSim::defaultUsers()
{
    const QString key = QStringLiteral("auctoritas"), priv = QStringLiteral("privatus");
    return {
        {QStringLiteral("simulator"), QStringLiteral("MD5"), key, QStringLiteral("DES"), priv},
        {QStringLiteral("shaaes"), QStringLiteral("SHA"), key, QStringLiteral("AES"), priv},
        {QStringLiteral("sha256aes256"), QStringLiteral("SHA256"), key, QStringLiteral("AES256BLMT"), priv},
        {QStringLiteral("sha512aes192"), QStringLiteral("SHA512"), key, QStringLiteral("AES192BLMT"), priv},
        // snmpsimd's AES192/AES256 use the Reeder key extension: Net-SNMP's "-C" variants.
        {QStringLiteral("sha384aes256c"), QStringLiteral("SHA384"), key, QStringLiteral("AES256"), priv},
        {QStringLiteral("sha224aes192c"), QStringLiteral("SHA224"), key, QStringLiteral("AES192"), priv},
        {QStringLiteral("authonly"), QStringLiteral("SHA"), key, {}, {}},
        {QStringLiteral("noauth"), {}, {}, {}, {}},
    };
}

QString SnmpSim::output() const
{
    QFile log(m_run ? m_run->filePath(QStringLiteral("snmpsimd.log")) : QString());
    QString text;
    if (log.open(QIODevice::ReadOnly))
        text = QString::fromLocal8Bit(log.readAll().right(4000));
    QFile out(m_run ? m_run->filePath(QStringLiteral("stdout")) : QString());
    if (out.open(QIODevice::ReadOnly))
        text += QString::fromLocal8Bit(out.readAll().right(4000));
    return text;
}

// Any answer to the readiness probe means snmpsimd is serving.
static bool answers(const QString &address, quint16 port, const QByteArray &community)
{
    QUdpSocket s;
    s.writeDatagram(demo::readinessProbe(community), QHostAddress(address), port);
    return s.waitForReadyRead(300);
}

bool SnmpSim::start(const QString &dataDir, const QList<SimV3User> &users, const QString &address)
{
    m_run = std::make_unique<QTemporaryDir>();
    m_address = address;
    m_port = freeUdpPort();
    const bool root = ::geteuid() == 0;
    if (root) // snmpsimd drops to nobody and must still write its cache
        QFile::setPermissions(m_run->path(), QFileDevice::Permissions(0x7777));
    QStringList args = {QStringLiteral("--data-dir=%1").arg(dataDir),
                        QStringLiteral("--cache-dir=%1/cache").arg(m_run->path()),
                        QStringLiteral("--agent-udpv4-endpoint=%1:%2").arg(address).arg(m_port),
                        QStringLiteral("--logging-method=file:%1/snmpsimd.log").arg(m_run->path())};
    if (root)
        args << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
    for (const SimV3User &u : users) {
        args << QStringLiteral("--v3-user=%1").arg(u.name);
        if (!u.authProto.isEmpty())
            args << QStringLiteral("--v3-auth-key=%1").arg(u.authKey)
                 << QStringLiteral("--v3-auth-proto=%1").arg(u.authProto);
        if (!u.privProto.isEmpty())
            args << QStringLiteral("--v3-priv-key=%1").arg(u.privKey)
                 << QStringLiteral("--v3-priv-proto=%1").arg(u.privProto);
    }
    // Any recording's name is a valid community; take the first one found.
    return launch(args, address, recordingNamesIn(dataDir).value(0).toUtf8());
}

bool SnmpSim::startFleet(const QList<std::pair<QString, QString>> &devices, quint16 port)
{
    m_run = std::make_unique<QTemporaryDir>();
    m_port = port ? port : freeUdpPort();
    m_address = devices.value(0).first;
    // The same command line as the app's demo fleet.
    QList<demo::SimulatedDevice> fleet;
    for (const auto &[address, file] : devices)
        fleet.append({address, file});
    return launch(demo::simulatorArguments(m_run->path(), fleet, m_port), m_address, QByteArrayLiteral("public"));
}

bool SnmpSim::launch(QStringList args, const QString &address, const QByteArray &community)
{
    m_process.setStandardOutputFile(m_run->filePath(QStringLiteral("stdout")));
    m_process.setStandardErrorFile(m_run->filePath(QStringLiteral("stdout")), QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("snmpsimd"), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("snmpsimd did not start: %1 (apt-get install snmpsim)").arg(m_process.errorString());
        return false;
    }
    QDeadlineTimer deadline(scaled(60000));
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("snmpsimd exited early:\n%1").arg(output());
            return false;
        }
        if (answers(address, m_port, community))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("snmpsimd did not answer in time:\n%1").arg(output());
    stop();
    return false;
}

void SnmpSim::stop()
{
    stopProcess(m_process);
}

} // namespace fleet::test
