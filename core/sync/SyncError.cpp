#include "sync/SyncError.h"

namespace fleet::sync {

QString syncErrorKindName(SyncErrorKind kind)
{
    switch (kind) {
    case SyncErrorKind::None:
        return {};
    case SyncErrorKind::Config:
        return QStringLiteral("config");
    case SyncErrorKind::TlsUnknownCa:
        return QStringLiteral("tls.unknownCa");
    case SyncErrorKind::TlsHostMismatch:
        return QStringLiteral("tls.hostMismatch");
    case SyncErrorKind::TlsExpired:
        return QStringLiteral("tls.expired");
    case SyncErrorKind::TlsPinMismatch:
        return QStringLiteral("tls.pinMismatch");
    case SyncErrorKind::TlsHandshake:
        return QStringLiteral("tls.handshake");
    case SyncErrorKind::Network:
        return QStringLiteral("network");
    case SyncErrorKind::Proxy:
        return QStringLiteral("proxy");
    case SyncErrorKind::ProxyAuth:
        return QStringLiteral("proxyAuth");
    case SyncErrorKind::Timeout:
        return QStringLiteral("timeout");
    case SyncErrorKind::Http:
        return QStringLiteral("http");
    case SyncErrorKind::Protocol:
        return QStringLiteral("protocol");
    case SyncErrorKind::Storage:
        return QStringLiteral("storage");
    case SyncErrorKind::NotAllowed:
        return QStringLiteral("notAllowed");
    }
    return {};
}

bool SyncError::isTls() const
{
    switch (kind) {
    case SyncErrorKind::TlsUnknownCa:
    case SyncErrorKind::TlsHostMismatch:
    case SyncErrorKind::TlsExpired:
    case SyncErrorKind::TlsPinMismatch:
    case SyncErrorKind::TlsHandshake:
        return true;
    default:
        return false;
    }
}

bool SyncError::isTransient() const
{
    switch (kind) {
    case SyncErrorKind::Http:
        return httpStatus == 429 || httpStatus >= 500;
    case SyncErrorKind::Network:
    case SyncErrorKind::Proxy:
    case SyncErrorKind::ProxyAuth:
    case SyncErrorKind::Timeout:
        return true;
    default:
        return isTls();
    }
}

} // namespace fleet::sync
