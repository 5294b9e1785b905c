#pragma once
// Who is on the other end of a local socket (SO_PEERCRED: filled in by the kernel at connect(), so
// a peer cannot claim to be someone else) and whether that peer may attach to the daemon.

#include <QList>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace fleet::control {

struct PeerCredentials
{
    pid_t pid = 0;
    uid_t uid = 0;
    gid_t gid = 0;
};

// The kernel's record for a connected unix socket; nullopt (with why) when it cannot be read.
std::optional<PeerCredentials> peerCredentials(int socketDescriptor, QString *error = nullptr);

// The account name of a uid ("uid 1234" when the system does not know it).
QString userNameOf(uid_t uid);
// Every group of an account, its primary group included (empty when the account is unknown).
QList<gid_t> groupsOf(uid_t uid);

// Who may attach: the daemon's own user, root, and (when the socket is shared with a group, as
// for the system service) members of that group. The socket's file mode says the same; this
// check holds even where the file mode is not enforced or the file was made wider by hand.
struct PeerPolicy
{
    uid_t ownUid = 0;
    std::optional<gid_t> allowedGroup; // none: the daemon's user and root only

    // Empty when allowed, else the reason (for the log and the refusal). peerGroups: groupsOf(peer.uid).
    QString refusal(const PeerCredentials &peer, const QList<gid_t> &peerGroups) const;
};

} // namespace fleet::control
