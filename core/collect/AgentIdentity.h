#pragma once
// The agent host's own identity (R1.3 "agent identity"), for the upload payload and the status view:
// who is reporting, on what machine, with how much room left.

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace fleet::collect {

struct AgentIdentity
{
    QString hostName;
    QString fqdn;
    QStringList ipAddresses; // global and site-local addresses of the up, non-loopback interfaces
    QString osName;          // "Debian GNU/Linux 12 (bookworm)"
    QString kernel;
    QString cpuArchitecture;
    QString cpuModel;
    int cpuCount = 0;
    std::optional<qint64> ramTotalBytes;
    std::optional<qint64> ramAvailableBytes;
    std::optional<qint64> diskTotalBytes; // of the volume holding the profile directory
    std::optional<qint64> diskFreeBytes;
    QString appVersion;
    QString timeZone; // IANA id
    int utcOffsetSeconds = 0;
    std::optional<qint64> databaseBytes;
    std::optional<int> devicesInScope;
    std::optional<int> devicesOutOfScope;
    QDateTime collectedAt;
};

// Reads the host facts; databasePath (may be empty) gives the DB size and the disk to report.
AgentIdentity collectAgentIdentity(const QString &profileDir, const QString &databasePath);
QJsonObject agentIdentityToJson(const AgentIdentity &a);

} // namespace fleet::collect
