#pragma once
// Decides which stored device a snapshot belongs to (docs/storage.md, "Identity"):
//  (a) a usable serial number and the same sysObjectID (the model when either has none);
//  (b) no usable serial: one of its MAC addresses;
//  (c) neither serial nor MAC: the address host:port.
// A device stored without a serial adopts one when it first reports it (matched by MAC, or by
// address when it had no MAC either), so a firmware that starts reporting its serial does not
// create a duplicate.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"

#include <optional>

namespace fleet::storage {

struct DeviceMatch
{
    qint64 deviceId = 0;
    QString rule;    // "serial", "mac", "address", "serialAdopted"
    QString address; // the device's stored address
};

class DeviceMatcher final
{
public:
    explicit DeviceMatcher(Database &db)
        : m_db(db)
    {}

    // Trimmed serial; empty when absent or made only of zeros and spaces (placeholders).
    static QString usableSerial(const QString &serial);
    // Lower-case MACs, without duplicates and all-zero placeholders.
    static QStringList usableMacs(const QStringList &macs);
    // host:port the snapshot was polled at (the target when the address did not resolve).
    static QString addressOf(const DeviceSnapshot &snapshot);

    // For a reachable snapshot; nullopt when it is a new device.
    Result<std::optional<DeviceMatch>> match(const DeviceSnapshot &snapshot);
    // The most recently seen device at this address (for unreachable snapshots).
    Result<std::optional<DeviceMatch>> matchAddress(const QString &address);

private:
    Result<std::optional<DeviceMatch>> first(const QString &sql, const QVariantList &values, const QString &rule);
    Result<std::optional<DeviceMatch>> matchMacs(const QStringList &macs, bool onlyWithoutSerial);

    Database &m_db;
};

} // namespace fleet::storage
