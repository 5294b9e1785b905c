#include "storage/StoredNames.h"

namespace fleet::storage {

QString storedEnumText(const EnumValue &value)
{
    return value.name.isEmpty() ? QString::number(value.value) : value.name;
}

QString storedEnumText(const std::optional<EnumValue> &value)
{
    return value ? storedEnumText(*value) : QString();
}

} // namespace fleet::storage
