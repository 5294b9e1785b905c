#include "SnmprecValue.h"

#include "PyText.h"

#include <net-snmp/library/asn1.h>
#include <net-snmp/library/snmp.h>

namespace fleet::sim {

namespace {

constexpr uint64_t Max32 = 0xffffffffULL;
constexpr size_t MaxOctets = 65535; // pyasn1 OctetString size constraint

enum class Encoding { Plain, Hex, Escaped };

std::optional<std::string> decodeOctets(std::string_view value, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Plain:
        return std::string(value);
    case Encoding::Hex:
        return py::fromHexString(value);
    case Encoding::Escaped:
        return py::evaluateRawString(value);
    }
    return std::nullopt;
}

std::optional<SnmprecValue> octetValue(u_char type, std::string_view value, Encoding encoding)
{
    auto bytes = decodeOctets(value, encoding);
    if (!bytes || bytes->size() > MaxOctets)
        return std::nullopt;
    SnmprecValue v;
    v.asnType = type;
    v.octets = std::move(*bytes);
    return v;
}

// IpAddress: a 4-character text is taken as the raw octets, anything else must be dotted quad.
std::optional<SnmprecValue> ipAddressValue(std::string_view value, Encoding encoding)
{
    std::string octets;
    if (encoding != Encoding::Plain || value.size() == 4) {
        auto bytes = decodeOctets(value, encoding);
        if (!bytes)
            return std::nullopt;
        octets = std::move(*bytes);
    } else {
        size_t start = 0;
        while (true) {
            const size_t dot = value.find('.', start);
            const auto part = py::parseInt(value.substr(start, dot == std::string_view::npos ? dot : dot - start));
            if (!part || !part->fitsUnsigned(255))
                return std::nullopt;
            octets += static_cast<char>(part->magnitude);
            if (dot == std::string_view::npos)
                break;
            start = dot + 1;
        }
    }
    if (octets.size() != 4)
        return std::nullopt;
    SnmprecValue v;
    v.asnType = ASN_IPADDRESS;
    v.octets = std::move(octets);
    return v;
}

std::optional<SnmprecValue> integerValue(u_char type, std::string_view value)
{
    const auto n = py::parseInt(value);
    if (!n)
        return std::nullopt;
    SnmprecValue v;
    v.asnType = type;
    if (type == ASN_INTEGER) {
        if (!n->fitsSigned32())
            return std::nullopt;
        v.number = static_cast<long>(n->asSigned());
    } else if (type == ASN_COUNTER64) {
        if (!n->fitsUnsigned(UINT64_MAX))
            return std::nullopt;
        v.wide = n->magnitude;
    } else {
        if (!n->fitsUnsigned(Max32))
            return std::nullopt;
        v.number = static_cast<long>(n->magnitude);
    }
    return v;
}

// Null and the three exception types only take an empty value.
std::optional<SnmprecValue> emptyValue(u_char type, std::string_view value, Encoding encoding)
{
    if (encoding == Encoding::Escaped)
        return std::nullopt;
    const auto bytes = decodeOctets(value, encoding);
    if (!bytes || !bytes->empty())
        return std::nullopt;
    SnmprecValue v;
    v.asnType = type;
    return v;
}

} // namespace

std::optional<std::vector<oid>> parseObjectIdentifier(std::string_view text)
{
    if (text.find('-') != std::string_view::npos)
        return std::nullopt;
    std::vector<oid> arcs;
    size_t start = 0;
    while (start <= text.size()) {
        size_t dot = text.find('.', start);
        if (dot == std::string_view::npos)
            dot = text.size();
        const std::string_view part = text.substr(start, dot - start);
        if (!part.empty()) { // pyasn1 skips empty components ("1..3", ".1.3")
            const auto n = py::parseInt(part);
            if (!n || !n->fitsUnsigned(Max32))
                return std::nullopt;
            arcs.push_back(static_cast<oid>(n->magnitude));
        }
        start = dot + 1;
    }
    if (arcs.size() < 2 || arcs[0] > 2 || (arcs[0] < 2 && arcs[1] >= 40))
        return std::nullopt;
    return arcs;
}

std::optional<SnmprecValue> evaluateSnmprecValue(std::string_view tag, std::string_view value)
{
    Encoding encoding = Encoding::Plain;
    if (!tag.empty() && (tag.back() == 'x' || tag.back() == 'e')) {
        encoding = tag.back() == 'x' ? Encoding::Hex : Encoding::Escaped;
        tag.remove_suffix(1);
    }
    // Numbers and OIDs built from hex or escaped text make snmpsimd fail at encoding time.
    const bool plain = encoding == Encoding::Plain;
    if (tag == "2")
        return plain ? integerValue(ASN_INTEGER, value) : std::nullopt;
    if (tag == "4")
        return octetValue(ASN_OCTET_STR, value, encoding);
    if (tag == "5")
        return emptyValue(ASN_NULL, value, encoding);
    if (tag == "6") {
        if (!plain)
            return std::nullopt;
        auto arcs = parseObjectIdentifier(value);
        if (!arcs)
            return std::nullopt;
        SnmprecValue v;
        v.asnType = ASN_OBJECT_ID;
        v.arcs = std::move(*arcs);
        return v;
    }
    if (tag == "64")
        return ipAddressValue(value, encoding);
    if (tag == "65")
        return plain ? integerValue(ASN_COUNTER, value) : std::nullopt;
    if (tag == "66")
        return plain ? integerValue(ASN_GAUGE, value) : std::nullopt;
    if (tag == "67")
        return plain ? integerValue(ASN_TIMETICKS, value) : std::nullopt;
    if (tag == "68")
        return octetValue(ASN_OPAQUE, value, encoding);
    if (tag == "70")
        return plain ? integerValue(ASN_COUNTER64, value) : std::nullopt;
    if (tag == "128")
        return emptyValue(SNMP_NOSUCHOBJECT, value, encoding);
    if (tag == "129")
        return emptyValue(SNMP_NOSUCHINSTANCE, value, encoding);
    if (tag == "130")
        return emptyValue(SNMP_ENDOFMIBVIEW, value, encoding);
    // Unknown tags and variation-module references ("2:numeric") are not evaluated.
    return std::nullopt;
}

} // namespace fleet::sim
