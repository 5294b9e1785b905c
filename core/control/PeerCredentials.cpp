#include "control/PeerCredentials.h"

#include <QCoreApplication>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace fleet::control {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::control", s);
}

std::optional<passwd> accountOf(uid_t uid, std::vector<char> &buffer)
{
    passwd entry{};
    passwd *found = nullptr;
    buffer.resize(16384);
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || !found)
        return std::nullopt;
    return entry;
}
} // namespace

std::optional<PeerCredentials> peerCredentials(int socketDescriptor, QString *error)
{
#ifdef SO_PEERCRED
    ucred cred{};
    socklen_t size = sizeof cred;
    if (::getsockopt(socketDescriptor, SOL_SOCKET, SO_PEERCRED, &cred, &size) != 0 || size != sizeof cred) {
        if (error)
            *error = tr("Cannot read the peer's credentials: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    return PeerCredentials{cred.pid, cred.uid, cred.gid};
#else
    Q_UNUSED(socketDescriptor)
    if (error)
        *error = tr("This system does not tell who is on the other end of a local socket.");
    return std::nullopt;
#endif
}

QString userNameOf(uid_t uid)
{
    std::vector<char> buffer;
    if (const auto account = accountOf(uid, buffer); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

QList<gid_t> groupsOf(uid_t uid)
{
    std::vector<char> buffer;
    const auto account = accountOf(uid, buffer);
    if (!account || !account->pw_name)
        return {};
    int count = 32;
    std::vector<gid_t> groups;
    groups.resize(size_t(count));
    if (::getgrouplist(account->pw_name, account->pw_gid, groups.data(), &count) < 0) {
        groups.resize(size_t(count)); // count now holds the number needed
        if (::getgrouplist(account->pw_name, account->pw_gid, groups.data(), &count) < 0)
            return {account->pw_gid};
    }
    groups.resize(size_t(count));
    return QList<gid_t>(groups.cbegin(), groups.cend());
}

QString PeerPolicy::refusal(const PeerCredentials &peer, const QList<gid_t> &peerGroups) const
{
    if (peer.uid == ownUid || peer.uid == 0)
        return {};
    if (allowedGroup && (peer.gid == *allowedGroup || peerGroups.contains(*allowedGroup)))
        return {};
    if (allowedGroup)
        return tr("%1 (process %2) is neither the service's user nor a member of its group.")
            .arg(userNameOf(peer.uid))
            .arg(peer.pid);
    return tr("%1 (process %2) is not the user the service runs as.").arg(userNameOf(peer.uid)).arg(peer.pid);
}

} // namespace fleet::control
