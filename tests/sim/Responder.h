#pragma once
// What a simulated device answers, decided exactly as snmpsimd 0.4.5 (pysnmp 4.4.12 command
// responders) does, so walks are byte-identical:
//  - GET: the record with that exact (canonical) OID, else noSuchInstance (never noSuchObject).
//  - GETNEXT: the record on the line after the exactly matched one (file order, so unsorted
//    files give non-increasing OIDs); for an unknown OID, snmpsimd's file bisection decides.
//    Past the end: endOfMibView with the requested OID.
//  - GETBULK: non-repeaters once, then max-repetitions rounds capped at 64 varbinds in all;
//    an empty result is genErr.
//  - SET: every varbind answered noSuchInstance (the recordings are read-only).
//  - SNMPv1: GETNEXT skips Counter64 values; any exception (or a Counter64 in a GET) becomes a
//    noSuchName error echoing the request varbinds, at the index snmpsimd reports.
// No Net-SNMP session code here: this is the testable core of the simulator.

#include "Recording.h"

#include <vector>

namespace fleet::sim {

struct Answer
{
    OidSpan name;
    const Record *record = nullptr; // null: an exception value (see exception)
    u_char exception = 0;           // SNMP_NOSUCHINSTANCE or SNMP_ENDOFMIBVIEW when record is null
};

enum class RequestKind { Get, GetNext, GetBulk, Set };

struct Request
{
    RequestKind kind = RequestKind::Get;
    bool v1 = false;
    std::span<const OidSpan> oids;
    long nonRepeaters = 0;
    long maxRepetitions = 0;
};

struct Response
{
    std::vector<Answer> answers;
    long errorStatus = 0;
    long errorIndex = 0;
    bool echoRequest = false; // error: the varbinds are the request's, unchanged

    void clear();
};

class Responder
{
public:
    static constexpr long MaxBulkVarbinds = 64; // snmpsimd --max-varbinds default

    explicit Responder(const Recording &recording)
        : m_recording(recording)
    {}

    void answer(const Request &request, Response &out) const;
    Answer get(OidSpan q) const;
    Answer next(OidSpan q) const;
    // next() for the OID of an earlier answer, without looking it up again.
    Answer nextAfter(const Answer &previous) const;

private:
    void bulk(const Request &request, Response &out) const;
    void toV1(const Request &request, Response &out) const;
    Answer nextSkippingCounter64(OidSpan q) const;
    Answer recordAnswer(std::optional<uint32_t> r, OidSpan q, u_char error) const;
    Answer nextFromExact(std::optional<uint32_t> exact, OidSpan q) const;

    const Recording &m_recording;
};

} // namespace fleet::sim
