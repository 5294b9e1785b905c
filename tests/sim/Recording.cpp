#include "Recording.h"

#include "PyText.h"
#include "SnmprecValue.h"

#include <algorithm>
#include <fstream>
#include <limits>
#include <sstream>

namespace fleet::sim {

namespace {

std::string joinArcs(const std::vector<oid> &arcs)
{
    std::string text;
    for (size_t i = 0; i < arcs.size(); ++i) {
        if (i)
            text += '.';
        text += std::to_string(arcs[i]);
    }
    return text;
}

int compareOids(OidSpan a, OidSpan b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

} // namespace

LoadResult Recording::load(const std::filesystem::path &file, std::string name)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return {nullptr, "cannot open " + file.string()};
    std::ostringstream content;
    content << in.rdbuf();
    LoadResult result = parse(content.str(), std::move(name));
    if (!result.recording)
        result.error = file.string() + ": " + result.error;
    return result;
}

LoadResult Recording::parse(std::string_view text, std::string name)
{
    if (text.size() >= std::numeric_limits<uint32_t>::max())
        return {nullptr, "file too large"};
    std::unique_ptr<Recording> recording(new Recording(std::move(name)));
    if (std::string error = recording->parseLines(text); !error.empty())
        return {nullptr, error};
    recording->buildIndex();
    return {std::move(recording), {}};
}

std::string Recording::parseLines(std::string_view text)
{
    m_size = static_cast<uint32_t>(text.size());
    uint32_t pos = 0;
    while (pos < m_size) {
        const size_t newline = text.find('\n', pos);
        const uint32_t end = newline == std::string_view::npos ? m_size : static_cast<uint32_t>(newline + 1);
        const std::string_view line = text.substr(pos, end - pos);
        const auto lineIndex = static_cast<uint32_t>(m_lineStarts.size());
        m_lineStarts.push_back(pos);
        // snmpsimd skips lines that are blank or start with '#' once ASCII whitespace is removed.
        const std::string_view trimmed = py::stripAscii(line);
        if (!trimmed.empty() && trimmed.front() != '#') {
            if (std::string error = addRecord(line, lineIndex, end); !error.empty())
                return "line " + std::to_string(lineIndex + 1) + ": " + error;
        }
        pos = end;
    }
    m_firstRecordFromLine.assign(m_lineStarts.size() + 1, NoRecord);
    for (auto r = static_cast<uint32_t>(m_records.size()); r-- > 0;)
        m_firstRecordFromLine[m_records[r].lineIndex] = r;
    for (size_t line = m_lineStarts.size(); line-- > 0;) {
        if (m_firstRecordFromLine[line] == NoRecord)
            m_firstRecordFromLine[line] = m_firstRecordFromLine[line + 1];
    }
    return {};
}

std::string Recording::addRecord(std::string_view line, uint32_t lineIndex, uint32_t lineEnd)
{
    // snmpsimd: line.decode('iso-8859-1').strip().split('|', 2), all three parts required.
    const std::string_view s = py::strip(line);
    const size_t bar1 = s.find('|');
    const size_t bar2 = bar1 == std::string_view::npos ? bar1 : s.find('|', bar1 + 1);
    if (bar2 == std::string_view::npos)
        return "broken record (expected OID|TYPE|VALUE)";
    const std::string_view oidText = s.substr(0, bar1);
    const std::string_view tag = s.substr(bar1 + 1, bar2 - bar1 - 1);
    const std::string_view valueText = s.substr(bar2 + 1);
    if (oidText.empty() || tag.empty())
        return "broken record (empty OID or type)";
    const auto arcs = parseObjectIdentifier(oidText);
    if (!arcs)
        return "malformed OID \"" + std::string(oidText) + "\"";

    Record r;
    r.oidBegin = static_cast<uint32_t>(m_arcs.size());
    r.oidLength = static_cast<uint32_t>(arcs->size());
    m_arcs.insert(m_arcs.end(), arcs->begin(), arcs->end());
    r.lineIndex = lineIndex;
    r.lineEnd = lineEnd;
    m_canonical.push_back(joinArcs(*arcs) == oidText);

    if (auto value = evaluateSnmprecValue(tag, valueText)) {
        r.valid = true;
        r.asnType = value->asnType;
        r.number = value->number;
        r.wide.high = static_cast<u_long>(value->wide >> 32);
        r.wide.low = static_cast<u_long>(value->wide & 0xffffffffULL);
        if (!value->arcs.empty()) {
            r.dataBegin = static_cast<uint32_t>(m_arcs.size());
            r.dataLength = static_cast<uint32_t>(value->arcs.size());
            m_arcs.insert(m_arcs.end(), value->arcs.begin(), value->arcs.end());
        } else {
            r.dataBegin = static_cast<uint32_t>(m_octets.size());
            r.dataLength = static_cast<uint32_t>(value->octets.size());
            m_octets.insert(m_octets.end(), value->octets.begin(), value->octets.end());
        }
    }
    m_records.push_back(r);
    return {};
}

void Recording::buildIndex()
{
    m_index.reserve(m_records.size());
    for (uint32_t i = 0; i < m_records.size(); ++i) {
        if (m_canonical[i])
            m_index[key(oidOf(m_records[i]))] = i; // a later duplicate replaces an earlier one
    }
    // Walks look up the OIDs they were just given; answering that from the record itself
    // avoids a hash lookup (and its cache misses) per varbind.
    for (Record &r : m_records) {
        const auto target = exactMatch(oidOf(r));
        r.indexed = target.value_or(NoRecord);
    }
}

std::string_view Recording::key(OidSpan q)
{
    return {reinterpret_cast<const char *>(q.data()), q.size_bytes()};
}

std::optional<uint32_t> Recording::exactMatch(OidSpan q) const
{
    const auto it = m_index.find(key(q));
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

std::optional<uint32_t> Recording::nextRecord(uint32_t r) const
{
    const uint32_t next = m_firstRecordFromLine[m_records[r].lineIndex + 1];
    if (next == NoRecord)
        return std::nullopt;
    return next;
}

std::optional<uint32_t> Recording::recordFromOffset(uint32_t offset) const
{
    if (offset >= m_size)
        return std::nullopt;
    const auto it = std::lower_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const uint32_t r = m_firstRecordFromLine[static_cast<size_t>(it - m_lineStarts.begin())];
    if (r == NoRecord)
        return std::nullopt;
    return r;
}

std::optional<uint32_t> Recording::searchFrom(OidSpan q) const
{
    // Mirrors snmpsim.record.search.file.searchRecordByOid: bisect byte offsets, snap each
    // probe back to the start of its line, skip blank lines and comments forward.
    int64_t lo = 0, mid = 0, prevMid = -1;
    int64_t hi = m_size;
    while (lo < hi) {
        const auto probe = static_cast<uint32_t>((lo + hi) / 2);
        const auto line = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), probe) - 1;
        mid = *line;
        if (mid == prevMid)
            break;
        const uint32_t r = m_firstRecordFromLine[static_cast<size_t>(line - m_lineStarts.begin())];
        if (r == NoRecord)
            return recordFromOffset(static_cast<uint32_t>(hi));
        const int cmp = compareOids(oidOf(m_records[r]), q);
        if (cmp < 0)
            lo = m_records[r].lineEnd;
        else if (cmp > 0)
            hi = mid;
        else
            return recordFromOffset(static_cast<uint32_t>(mid));
        prevMid = mid;
    }
    return recordFromOffset(static_cast<uint32_t>(lo == mid ? lo : hi));
}

} // namespace fleet::sim
