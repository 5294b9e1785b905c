#pragma once
// Text rules of the Python code in snmpsimd, reproduced byte for byte: snmpsimd decodes each
// line as ISO-8859-1 and parses values with str.strip(), int() and its own hex and escape
// decoders. Where those rules are lax or odd (int(" +5_0 ") == 50, odd hex digit counts padded
// with 0), this simulator must be exactly as lax and odd, or walks would differ.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fleet::sim::py {

// str.strip() on a Latin-1 decoded line: also strips 0x1c-0x1f, 0x85 and 0xa0.
std::string_view strip(std::string_view s);
// bytes.strip(): ASCII whitespace only (used by snmpsimd to skip blank lines).
std::string_view stripAscii(std::string_view s);

// A Python int: sign and magnitude (magnitude saturates; callers range-check).
struct Int
{
    bool negative = false;
    uint64_t magnitude = 0;
    bool overflow = false; // |value| >= 2^64

    bool fitsSigned32() const;
    bool fitsUnsigned(uint64_t max) const { return !overflow && (!negative || magnitude == 0) && magnitude <= max; }
    int64_t asSigned() const { return negative ? -static_cast<int64_t>(magnitude) : static_cast<int64_t>(magnitude); }
};

// int(s) for base 10 or 16 (no "0x" prefix: snmpsimd never has one in these positions).
std::optional<Int> parseInt(std::string_view s, int base = 10);

// OctetString(hexValue=s): pairs of characters through int(pair, 16); an odd last digit is
// padded with "0". Returns nothing when a pair is not a byte.
std::optional<std::string> fromHexString(std::string_view s);

// snmprec "e" encoding: Python escape sequences (\n, \xHH, ...), decoded as snmpsimd does.
std::optional<std::string> evaluateRawString(std::string_view s);

} // namespace fleet::sim::py
