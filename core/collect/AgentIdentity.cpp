#include "collect/AgentIdentity.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>
#include <QTimeZone>

namespace fleet::collect {

namespace {
// /proc/meminfo values are in kB.
std::optional<qint64> meminfo(const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.startsWith(QByteArray(key + ':')))
            continue;
        bool ok = false;
        const qint64 kb = line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
        if (ok)
            return kb * 1024;
    }
    return std::nullopt;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    return {};
}

QJsonValue opt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}
} // namespace

AgentIdentity collectAgentIdentity(const QString &profileDir, const QString &databasePath)
{
    AgentIdentity a;
    a.collectedAt = QDateTime::currentDateTimeUtc();
    a.hostName = QSysInfo::machineHostName();
    a.fqdn = QHostInfo::localDomainName().isEmpty() ? a.hostName : a.hostName + u'.' + QHostInfo::localDomainName();
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!(flags & QNetworkInterface::IsUp) || (flags & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : iface.addressEntries()) {
            const QHostAddress ip = e.ip();
            if (ip.isLoopback() || ip.isLinkLocal())
                continue;
            a.ipAddresses << ip.toString();
        }
    }
    a.osName = QSysInfo::prettyProductName();
    a.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    a.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    a.cpuModel = cpuModel();
    a.cpuCount = QThread::idealThreadCount();
    a.ramTotalBytes = meminfo("MemTotal");
    a.ramAvailableBytes = meminfo("MemAvailable");
    const QStorageInfo volume(profileDir.isEmpty() ? QStringLiteral("/") : profileDir);
    if (volume.isValid()) {
        a.diskTotalBytes = volume.bytesTotal();
        a.diskFreeBytes = volume.bytesAvailable();
    }
    a.appVersion = QStringLiteral(FLEET_VERSION);
    const QTimeZone tz = QTimeZone::systemTimeZone();
    a.timeZone = QString::fromUtf8(tz.id());
    a.utcOffsetSeconds = tz.offsetFromUtc(QDateTime::currentDateTime());
    if (!databasePath.isEmpty() && QFileInfo::exists(databasePath)) {
        qint64 bytes = QFileInfo(databasePath).size();
        // The write-ahead log holds committed data not yet checkpointed: it is part of the size.
        const QFileInfo wal(databasePath + QStringLiteral("-wal"));
        if (wal.exists())
            bytes += wal.size();
        a.databaseBytes = bytes;
    }
    return a;
}

QJsonObject agentIdentityToJson(const AgentIdentity &a)
{
    return QJsonObject{
        {QStringLiteral("hostName"), a.hostName},
        {QStringLiteral("fqdn"), a.fqdn},
        {QStringLiteral("ipAddresses"), QJsonArray::fromStringList(a.ipAddresses)},
        {QStringLiteral("os"), a.osName},
        {QStringLiteral("kernel"), a.kernel},
        {QStringLiteral("cpuArchitecture"), a.cpuArchitecture},
        {QStringLiteral("cpuModel"), a.cpuModel},
        {QStringLiteral("cpuCount"), a.cpuCount},
        {QStringLiteral("ramTotalBytes"), opt(a.ramTotalBytes)},
        {QStringLiteral("ramAvailableBytes"), opt(a.ramAvailableBytes)},
        {QStringLiteral("diskTotalBytes"), opt(a.diskTotalBytes)},
        {QStringLiteral("diskFreeBytes"), opt(a.diskFreeBytes)},
        {QStringLiteral("appVersion"), a.appVersion},
        {QStringLiteral("timeZone"), a.timeZone},
        {QStringLiteral("utcOffsetSeconds"), a.utcOffsetSeconds},
        {QStringLiteral("databaseBytes"), opt(a.databaseBytes)},
        {QStringLiteral("devicesInScope"),
         a.devicesInScope ? QJsonValue(*a.devicesInScope) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("devicesOutOfScope"),
         a.devicesOutOfScope ? QJsonValue(*a.devicesOutOfScope) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("collectedAt"), a.collectedAt.toString(Qt::ISODate)},
    };
}

} // namespace fleet::collect
