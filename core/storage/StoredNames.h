#pragma once
// MIB enumerations as the database stores them (supply class/type/unit, marker unit).

#include "collect/DeviceSnapshot.h"

#include <QString>

namespace fleet::storage {

// Its name when the MIB defines one, else the number ("impressions", "7"); empty when absent.
QString storedEnumText(const EnumValue &value);
QString storedEnumText(const std::optional<EnumValue> &value);

} // namespace fleet::storage
