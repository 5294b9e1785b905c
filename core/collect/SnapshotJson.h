#pragma once
// The JSON form of a DeviceSnapshot: the `poll --json` contract of fleetkeeper-cli (see docs/cli.md).
// Key names are a public interface; add keys, never rename or remove one.

#include "collect/DeviceSnapshot.h"

#include <QJsonObject>

namespace fleet::collect {

QJsonObject snapshotToJson(const DeviceSnapshot &snap);

} // namespace fleet::collect
