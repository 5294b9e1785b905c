#pragma once
// The payload as it travels: one XML entry in a zip archive, encrypted with WinZip AES-256
// (libzip) under the payload key the server issued at registration. Any tool that reads
// WinZip AES (7-Zip, WinZip, libzip) opens it with the key as password.

#include "util/Expected.h"

#include <QByteArray>
#include <QString>

namespace fleet::sync {

class PayloadArchive
{
public:
    static inline const QString kEntryName = QStringLiteral("payload.xml");
    // The receiving side refuses entries that would inflate beyond this (a zip bomb).
    static constexpr qint64 kMaxEntrySize = qint64(512) * 1024 * 1024;

    // True when this libzip was built with the AES support the payload needs.
    static bool aesSupported();

    // Zips xml as kEntryName, deflated, encrypted with AES-256 under password (the payload key;
    // at least 16 characters). Deterministic apart from the random salt AES mode adds.
    static Expected<QByteArray> pack(const QByteArray &xml, const QString &password);

    // Opens an archive made by pack(): exactly one entry named kEntryName, AES-256 encrypted
    // (an unencrypted or differently encrypted entry is refused), inflating to at most
    // maxEntrySize bytes. A wrong password, a damaged archive or a truncated one is an error.
    static Expected<QByteArray> unpack(const QByteArray &zip, const QString &password,
                                       qint64 maxEntrySize = kMaxEntrySize);
};

} // namespace fleet::sync
