#pragma once
// What went wrong talking to the server, classified so the agent knows whether to retry and the
// user sees why (docs/protocol.md "Status codes and retries"). The message is a readable sentence;
// serverMessage is what the server itself said, when it said anything.

#include <QString>

#include <chrono>
#include <optional>

namespace fleet::sync {

enum class SyncErrorKind : quint8 {
    None,
    Config,          // settings or local files unusable (no URL, unreadable certificate...)
    TlsUnknownCa,    // the server's certificate does not chain to a trusted CA
    TlsHostMismatch, // the certificate is for another host name
    TlsExpired,      // the certificate is expired or not yet valid
    TlsPinMismatch,  // the server's public key is not the pinned one
    TlsHandshake,    // no common protocol version, client certificate refused, broken handshake
    Network,         // connection refused, reset, host not found
    Proxy,           // the proxy could not be reached or closed the tunnel
    ProxyAuth,       // the proxy wants (other) credentials
    Timeout,         // no progress for the configured time
    Http,            // the server answered with a non-success status
    Protocol,        // the server's answer is not what the protocol says
    Storage,         // the local database or secrets file failed
    NotAllowed,      // refused locally (locked-down mode, not registered)
};

QString syncErrorKindName(SyncErrorKind kind);

struct SyncError
{
    SyncErrorKind kind = SyncErrorKind::None;
    QString message;
    int httpStatus = 0;    // Http: the status
    QString serverMessage; // Http: the server's own explanation, if any
    std::optional<std::chrono::seconds> retryAfter;

    bool isError() const { return kind != SyncErrorKind::None; }
    explicit operator bool() const { return isError(); }

    // Retried later with backoff: 429, 5xx, network, proxy, timeout and every TLS failure (the
    // administrator may fix the configuration; each attempt reports the reason again).
    bool isTransient() const;
    // 401/403: the server no longer knows this agent or its certificate.
    bool needsRegistration() const { return kind == SyncErrorKind::Http && (httpStatus == 401 || httpStatus == 403); }
    bool isTls() const;

    static SyncError make(SyncErrorKind kind, QString message) { return {kind, std::move(message), 0, {}, {}}; }
};

} // namespace fleet::sync
