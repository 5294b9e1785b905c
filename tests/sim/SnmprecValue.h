#pragma once
// Evaluation of one snmprec value ("TAG|VALUE"), with the rules of snmpsimd 0.4.5 and pyasn1
// 0.4.8: tags 2 4 5 6 64 65 66 67 68 70 128 129 130, suffix "x" for hex and "e" for escaped
// text. A value that snmpsimd cannot evaluate or encode yields nothing; the record is then
// still listed (it takes part in lookups) but is answered with an error value, as snmpsimd does.

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fleet::sim {

struct SnmprecValue
{
    u_char asnType = 0;
    long number = 0;       // INTEGER, Counter32, Gauge32, TimeTicks
    uint64_t wide = 0;     // Counter64
    std::string octets;    // OCTET STRING, Opaque, IpAddress
    std::vector<oid> arcs; // OBJECT IDENTIFIER
};

std::optional<SnmprecValue> evaluateSnmprecValue(std::string_view tag, std::string_view value);

// pyasn1's ObjectIdentifier("1.3.6...") plus the checks its encoder makes (at least two arcs,
// valid first/second arcs). Arcs above 2^32-1 are refused (SNMP limit).
std::optional<std::vector<oid>> parseObjectIdentifier(std::string_view text);

} // namespace fleet::sim
