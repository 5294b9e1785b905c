#include "ResponseEncoder.h"

#include "NetSnmp.h"

#include <algorithm>

namespace fleet::sim {

namespace {

// Net-SNMP's varbind is not const-correct; the encoder only reads through these pointers.
template <typename T> T *mutableData(const T *p)
{
    return const_cast<T *>(p);
}

void fill(netsnmp_variable_list &v, const Recording &recording, const Answer &a)
{
    v.name = mutableData(a.name.data());
    v.name_length = a.name.size();
    if (!a.record) {
        v.type = a.exception;
        v.val.string = nullptr;
        v.val_len = 0;
        return;
    }
    const Record &r = *a.record;
    v.type = r.asnType;
    switch (r.asnType) {
    case ASN_INTEGER:
    case ASN_COUNTER:
    case ASN_GAUGE:
    case ASN_TIMETICKS:
        v.val.integer = mutableData(&r.number);
        v.val_len = sizeof(long);
        break;
    case ASN_COUNTER64:
        v.val.counter64 = mutableData(&r.wide);
        v.val_len = sizeof(r.wide);
        break;
    case ASN_OBJECT_ID:
        v.val.objid = mutableData(recording.oidValueOf(r));
        v.val_len = r.dataLength * sizeof(oid);
        break;
    case ASN_OCTET_STR:
    case ASN_OPAQUE:
    case ASN_IPADDRESS:
        v.val.string = mutableData(recording.octetsOf(r));
        v.val_len = r.dataLength;
        break;
    default: // NULL and recorded exception values carry no data
        v.val.string = nullptr;
        v.val_len = 0;
        break;
    }
}

size_t maxMessageSize(const netsnmp_pdu &pdu)
{
    if (pdu.version == SNMP_VERSION_3 && pdu.msgMaxSize > 0)
        return std::min(static_cast<size_t>(pdu.msgMaxSize), ResponseEncoder::MaxDatagram);
    return ResponseEncoder::MaxDatagram;
}

} // namespace

netsnmp_variable_list *ResponseEncoder::link(const Recording &recording, const std::vector<Answer> &answers,
                                             size_t count)
{
    if (count == 0)
        return nullptr;
    if (m_pool.size() < count)
        m_pool.resize(count);
    for (size_t i = 0; i < count; ++i) {
        fill(m_pool[i], recording, answers[i]);
        m_pool[i].next_variable = i + 1 < count ? &m_pool[i + 1] : nullptr;
    }
    return m_pool.data();
}

std::optional<std::span<const u_char>> ResponseEncoder::build(netsnmp_pdu &pdu, netsnmp_session *session,
                                                              netsnmp_variable_list *vars, PacketBuffer &out)
{
    netsnmp_variable_list *request = pdu.variables;
    pdu.variables = vars;
    size_t offset = 0;
    // Reverse encoding (enabled at start-up) fills the buffer from its end.
    const int rc = snmp_build(out.dataRef(), out.sizeRef(), &offset, session, &pdu);
    pdu.variables = request; // the request's own varbinds are freed with the PDU; the pool is not
    if (rc != 0 || (pdu.flags & UCD_MSG_FLAG_FORWARD_ENCODE))
        return std::nullopt;
    return std::span<const u_char>(*out.dataRef() + *out.sizeRef() - offset, offset);
}

std::optional<std::span<const u_char>> ResponseEncoder::encode(netsnmp_pdu &pdu, netsnmp_session *session,
                                                               const Recording &recording, const Response &response,
                                                               bool bulk, PacketBuffer &out)
{
    pdu.command = SNMP_MSG_RESPONSE;
    pdu.flags &= ~UCD_MSG_FLAG_EXPECT_RESPONSE;
    pdu.errstat = response.errorStatus;
    pdu.errindex = response.errorIndex;
    if (response.echoRequest)
        return build(pdu, session, pdu.variables, out);

    const size_t limit = maxMessageSize(pdu);
    size_t count = response.answers.size();
    while (true) {
        const auto packet = build(pdu, session, link(recording, response.answers, count), out);
        if (!packet || packet->size() <= limit)
            return packet;
        if (!bulk || count <= 1)
            break;
        // RFC 3416 4.2.3: a GETBULK answer drops trailing varbinds until it fits.
        count = std::min(count - 1, count * limit / packet->size());
    }
    // RFC 3416 4.2.1: anything else that does not fit is tooBig with no varbinds.
    pdu.errstat = SNMP_ERR_TOOBIG;
    pdu.errindex = 0;
    return build(pdu, session, nullptr, out);
}

} // namespace fleet::sim
