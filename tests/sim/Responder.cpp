#include "Responder.h"

#include <net-snmp/library/asn1.h>
#include <net-snmp/library/snmp.h>

#include <algorithm>

namespace fleet::sim {

namespace {

bool isException(const Answer &a)
{
    if (!a.record)
        return true;
    const u_char t = a.record->asnType;
    return t == SNMP_NOSUCHOBJECT || t == SNMP_NOSUCHINSTANCE || t == SNMP_ENDOFMIBVIEW;
}

bool isCounter64(const Answer &a)
{
    return a.record && a.record->asnType == ASN_COUNTER64;
}

} // namespace

void Response::clear()
{
    answers.clear();
    errorStatus = 0;
    errorIndex = 0;
    echoRequest = false;
}

Answer Responder::recordAnswer(std::optional<uint32_t> r, OidSpan q, u_char error) const
{
    if (!r)
        return {q, nullptr, error};
    const Record &rec = m_recording.record(*r);
    if (!rec.valid) // snmpsimd logs the evaluation error and answers the request OID
        return {q, nullptr, error};
    return {m_recording.oidOf(rec), &rec, 0};
}

Answer Responder::get(OidSpan q) const
{
    return recordAnswer(m_recording.exactMatch(q), q, SNMP_NOSUCHINSTANCE);
}

Answer Responder::next(OidSpan q) const
{
    return nextFromExact(m_recording.exactMatch(q), q);
}

Answer Responder::nextAfter(const Answer &previous) const
{
    if (!previous.record)
        return next(previous.name);
    const uint32_t exact = previous.record->indexed;
    return nextFromExact(exact == NoRecord ? std::nullopt : std::optional<uint32_t>(exact), previous.name);
}

Answer Responder::nextFromExact(std::optional<uint32_t> exact, OidSpan q) const
{
    std::optional<uint32_t> r = exact ? m_recording.nextRecord(*exact) : m_recording.searchFrom(q);
    // snmpsimd re-looks up the found record by its canonical OID and gives up if that fails.
    if (r && m_recording.record(*r).indexed == NoRecord)
        r.reset();
    return recordAnswer(r, q, SNMP_ENDOFMIBVIEW);
}

void Responder::answer(const Request &request, Response &out) const
{
    out.clear();
    switch (request.kind) {
    case RequestKind::Get:
        for (const OidSpan &q : request.oids)
            out.answers.push_back(get(q));
        break;
    case RequestKind::Set:
        for (const OidSpan &q : request.oids)
            out.answers.push_back({q, nullptr, SNMP_NOSUCHINSTANCE});
        break;
    case RequestKind::GetNext:
        for (const OidSpan &q : request.oids)
            out.answers.push_back(request.v1 ? nextSkippingCounter64(q) : next(q));
        break;
    case RequestKind::GetBulk:
        bulk(request, out);
        return; // no GETBULK in SNMPv1
    }
    if (request.v1)
        toV1(request, out);
}

void Responder::bulk(const Request &request, Response &out) const
{
    const long count = static_cast<long>(request.oids.size());
    const long n = std::clamp(request.nonRepeaters, 0L, count);
    const long r = count - n;
    long m = std::max(request.maxRepetitions, 0L);
    if (r > 0)
        m = std::min(m, MaxBulkVarbinds / r);
    for (long i = 0; i < n; ++i)
        out.answers.push_back(next(request.oids[static_cast<size_t>(i)]));
    if (r > 0 && m > 0) {
        for (long i = n; i < count; ++i)
            out.answers.push_back(next(request.oids[static_cast<size_t>(i)]));
        // Each further round continues from the previous round's answers (even past the end).
        for (long round = 1; round < m; ++round) {
            const size_t from = out.answers.size() - static_cast<size_t>(r);
            for (long i = 0; i < r; ++i)
                out.answers.push_back(nextAfter(out.answers[from + static_cast<size_t>(i)]));
        }
    }
    if (out.answers.empty()) {
        out.errorStatus = SNMP_ERR_GENERR;
        out.errorIndex = count > 0 ? 1 : 0;
        out.echoRequest = true;
    }
}

Answer Responder::nextSkippingCounter64(OidSpan q) const
{
    // SNMPv1 cannot carry Counter64: pysnmp retries GETNEXT from the Counter64's OID. Bounded
    // here, because duplicate OIDs can make that retry cycle forever.
    Answer a = next(q);
    for (uint32_t i = 0; isCounter64(a) && i <= m_recording.recordCount(); ++i)
        a = nextAfter(a);
    if (isCounter64(a))
        return {q, nullptr, SNMP_ENDOFMIBVIEW};
    return a;
}

void Responder::toV1(const Request &request, Response &out) const
{
    // RFC 2576 translation as pysnmp does it: scan from the last varbind; a Counter64 in a
    // GET stops the scan, every exception moves the reported index down.
    for (size_t i = out.answers.size(); i-- > 0;) {
        const Answer &a = out.answers[i];
        if (request.kind != RequestKind::GetNext && isCounter64(a)) {
            out.errorStatus = SNMP_ERR_NOSUCHNAME;
            out.errorIndex = static_cast<long>(i + 1);
            break;
        }
        if (isException(a)) {
            out.errorStatus = SNMP_ERR_NOSUCHNAME;
            out.errorIndex = static_cast<long>(i + 1);
        }
    }
    out.echoRequest = out.errorStatus != 0;
}

} // namespace fleet::sim
