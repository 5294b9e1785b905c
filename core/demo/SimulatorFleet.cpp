#include "demo/SimulatorFleet.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <unistd.h>

namespace fleet::demo {

QString findSimulator()
{
    for (const QString &name : {QStringLiteral("snmpsimd"), QStringLiteral("snmpsim-command-responder")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QStringList simulatorArguments(const QString &runDir, const QList<SimulatedDevice> &devices, quint16 port)
{
    const bool root = ::geteuid() == 0;
    if (root) // snmpsimd drops to nobody and must still write its cache and log
        QFile::setPermissions(runDir, QFileDevice::Permissions(0x7777));
    QStringList args = {QStringLiteral("--cache-dir=%1/cache").arg(runDir),
                        QStringLiteral("--logging-method=file:%1/snmpsimd.log").arg(runDir)};
    if (root)
        args << QStringLiteral("--process-user=nobody") << QStringLiteral("--process-group=nogroup");
    int i = 0;
    for (const SimulatedDevice &device : devices) {
        const QString dir = QStringLiteral("%1/dev%2").arg(runDir).arg(++i);
        QDir().mkpath(dir);
        QFile::link(device.recordingFile, dir + QStringLiteral("/public.snmprec"));
        // Distinct engine ids: SNMPv3 discovery tells engines apart by them.
        args << QStringLiteral("--v3-engine-id=80001f8804%1").arg(i, 8, 16, QLatin1Char('0'))
             << QStringLiteral("--data-dir=%1").arg(dir)
             << QStringLiteral("--agent-udpv4-endpoint=%1:%2").arg(device.address).arg(port);
    }
    return args;
}

QStringList recordingFilesIn(const QString &dir)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.snmprec")}, QDir::Files | QDir::Readable, QDir::Name))
        files << d.absoluteFilePath(name);
    return files;
}

// BER with short lengths only: every part of this message is shorter than 128 bytes.
static QByteArray tlv(char tag, const QByteArray &content)
{
    return QByteArray(1, tag) + char(content.size()) + content;
}

QByteArray readinessProbe(const QByteArray &community, int requestId)
{
    const QByteArray oid = QByteArray::fromHex("2b06010201010300"); // 1.3.6.1.2.1.1.3.0
    const QByteArray varbind = tlv('\x30', tlv('\x06', oid) + QByteArray("\x05\x00", 2));
    const QByteArray pdu = tlv('\xa0', tlv('\x02', QByteArray(1, char(requestId & 0x7f))) +
                                           QByteArray::fromHex("020100020100") + tlv('\x30', varbind));
    return tlv('\x30', QByteArray::fromHex("020101") + tlv('\x04', community.left(64)) + pdu);
}

} // namespace fleet::demo
