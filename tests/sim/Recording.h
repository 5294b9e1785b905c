#pragma once
// One .snmprec recording, parsed once and shared read-only by every simulated device that
// serves it (also across forked processes, copy-on-write).
//
// Beyond the records themselves it keeps what snmpsimd's lookups depend on, so answers match
// snmpsimd even for odd files: the byte layout of lines (snmpsimd bisects the file by byte
// offset to find a GETNEXT start), which OIDs are written canonically (only those are found by
// its exact-match index), and which values fail to evaluate (those are answered with an error
// value instead of the record).

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fleet::sim {

using OidSpan = std::span<const oid>;
constexpr uint32_t NoRecord = 0xffffffff;

struct Record
{
    uint32_t oidBegin = 0; // arcs in Recording::m_arcs
    uint32_t oidLength = 0;
    uint32_t lineIndex = 0; // physical line of the file
    uint32_t lineEnd = 0;   // byte offset just after the line
    uint32_t dataBegin = 0; // octets in m_octets, or arcs in m_arcs for OID values
    uint32_t dataLength = 0;
    u_char asnType = 0;          // Net-SNMP ASN_* / SNMP_* type byte
    bool valid = false;          // false: snmpsimd fails to evaluate the value and answers an error value
    uint32_t indexed = NoRecord; // what exactMatch() returns for this record's OID (precomputed)
    long number = 0;             // INTEGER and the 32-bit unsigned types, as Net-SNMP's encoder reads them
    counter64 wide = {};         // Counter64
};

class Recording;
struct LoadResult
{
    std::unique_ptr<Recording> recording;
    std::string error; // set when recording is null
};

class Recording
{
public:
    static LoadResult load(const std::filesystem::path &file, std::string name);
    static LoadResult parse(std::string_view text, std::string name);

    const std::string &name() const { return m_name; }
    uint32_t recordCount() const { return static_cast<uint32_t>(m_records.size()); }
    const Record &record(uint32_t i) const { return m_records[i]; }
    OidSpan oidOf(const Record &r) const { return {m_arcs.data() + r.oidBegin, r.oidLength}; }
    const u_char *octetsOf(const Record &r) const { return m_octets.data() + r.dataBegin; }
    const oid *oidValueOf(const Record &r) const { return m_arcs.data() + r.dataBegin; }

    // snmpsimd's exact-match index: the last record whose OID text is canonical and equal to q.
    std::optional<uint32_t> exactMatch(OidSpan q) const;
    // The record on the next non-blank, non-comment line after record r.
    std::optional<uint32_t> nextRecord(uint32_t r) const;
    // Where snmpsimd starts a GETNEXT for an OID it has not indexed: its bisection over the file
    // bytes (assumes sorted records), then the first record from there on.
    std::optional<uint32_t> searchFrom(OidSpan q) const;

private:
    explicit Recording(std::string name)
        : m_name(std::move(name))
    {}
    std::string parseLines(std::string_view text);
    std::string addRecord(std::string_view line, uint32_t lineIndex, uint32_t lineEnd);
    void buildIndex();
    std::optional<uint32_t> recordFromOffset(uint32_t offset) const;
    static std::string_view key(OidSpan q);

    std::string m_name;
    std::vector<Record> m_records;
    std::vector<oid> m_arcs;
    std::vector<u_char> m_octets;
    std::vector<uint32_t> m_lineStarts;
    std::vector<uint32_t> m_firstRecordFromLine; // per line: first record at or after it
    std::vector<bool> m_canonical;               // per record: OID text is "1.3.6..." exactly
    uint32_t m_size = 0;
    std::unordered_map<std::string_view, uint32_t> m_index; // keys view m_arcs
};

} // namespace fleet::sim
