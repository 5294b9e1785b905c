#pragma once
// The <device> sections taken from the last reachable poll (the collect::snapshotToJson form kept
// in latest_snapshots) together with the device record. Each writes one element, in schema order.

#include "storage/StorageTypes.h"

#include <QJsonObject>

class QXmlStreamWriter;

namespace fleet::sync {

void writeIdentity(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot);
// Only in normal mode: addresses and MACs are what R4's locked-down mode keeps on site.
void writeNetwork(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot);
void writeProperties(QXmlStreamWriter &xml, const QJsonObject &snapshot);
void writeStatus(QXmlStreamWriter &xml, const storage::DeviceRecord &device, const QJsonObject &snapshot,
                 bool lockedDown);
void writeSupplies(QXmlStreamWriter &xml, const QJsonObject &snapshot);

} // namespace fleet::sync
