#include "PacketHandler.h"

#include "NetSnmp.h"

#include <cstring>
#include <memory>
#include <string_view>

namespace fleet::sim {

namespace {

struct PduDeleter
{
    void operator()(netsnmp_pdu *pdu) const { snmp_free_pdu(pdu); }
};
using PduPtr = std::unique_ptr<netsnmp_pdu, PduDeleter>;

// Peeks at msgVersion (SEQUENCE { INTEGER version, ... }) so the device's engine and users are
// swapped in only for SNMPv3 messages.
bool isV3Message(const u_char *data, size_t length)
{
    if (length < 2 || data[0] != 0x30)
        return false;
    size_t pos = 2;
    if (data[1] & 0x80)
        pos += data[1] & 0x7f;
    return length >= pos + 3 && data[pos] == 0x02 && data[pos + 1] == 0x01 && data[pos + 2] == 3;
}

// What the library's own receive path would build: the PDU owns the addresses, which the USM
// report path uses to answer the sender from this device's socket.
PduPtr newPdu(const SimDevice &device, const sockaddr_in &from)
{
    auto *addresses = static_cast<netsnmp_indexed_addr_pair *>(calloc(1, sizeof(netsnmp_indexed_addr_pair)));
    auto *pdu = static_cast<netsnmp_pdu *>(calloc(1, sizeof(netsnmp_pdu)));
    if (!addresses || !pdu) {
        free(addresses);
        free(pdu);
        return nullptr;
    }
    addresses->remote_addr.sin = from;
    addresses->local_addr.sin = device.address;
    pdu->transport_data = addresses;
    pdu->transport_data_length = sizeof(netsnmp_indexed_addr_pair);
    pdu->tDomain = device.transport->domain;
    pdu->tDomainLen = device.transport->domain_length;
    return PduPtr(pdu);
}

bool equals(const void *data, size_t length, std::string_view text)
{
    return length == text.size() && (length == 0 || std::memcmp(data, text.data(), length) == 0);
}

} // namespace

std::optional<std::span<const u_char>> PacketHandler::handle(const SimDevice &device, u_char *data, size_t length,
                                                             const sockaddr_in &from, PacketBuffer &out)
{
    if (isV3Message(data, length))
        m_users.activate(device.index);
    PduPtr pdu = newPdu(device, from);
    if (!pdu)
        return std::nullopt;
    netsnmp_session *session = snmp_sess_session(device.session);
    if (snmp_parse(static_cast<session_list *>(device.session), session, pdu.get(), data, length) != 0)
        return std::nullopt;
    Request request;
    if (!accepts(device, *pdu) || !toRequest(*pdu, request))
        return std::nullopt;
    Responder(*device.recording).answer(request, m_response);
    return m_encoder.encode(*pdu, session, *device.recording, m_response, request.kind == RequestKind::GetBulk, out);
}

bool PacketHandler::accepts(const SimDevice &device, const netsnmp_pdu &pdu) const
{
    const std::string &name = device.recording->name();
    if (pdu.version == SNMP_VERSION_1 || pdu.version == SNMP_VERSION_2c)
        return equals(pdu.community, pdu.community_len, m_community) || equals(pdu.community, pdu.community_len, name);
    if (pdu.version != SNMP_VERSION_3 || pdu.securityModel != SNMP_SEC_MODEL_USM)
        return false;
    // The empty context is the device; the community and recording names work too (snmpsimd
    // style). Anything else is ignored, as snmpsimd does.
    return pdu.contextNameLen == 0 || equals(pdu.contextName, pdu.contextNameLen, m_community) ||
           equals(pdu.contextName, pdu.contextNameLen, name);
}

bool PacketHandler::toRequest(const netsnmp_pdu &pdu, Request &request)
{
    request.v1 = pdu.version == SNMP_VERSION_1;
    switch (pdu.command) {
    case SNMP_MSG_GET:
        request.kind = RequestKind::Get;
        break;
    case SNMP_MSG_GETNEXT:
        request.kind = RequestKind::GetNext;
        break;
    case SNMP_MSG_SET:
        request.kind = RequestKind::Set;
        break;
    case SNMP_MSG_GETBULK:
        if (request.v1)
            return false;
        request.kind = RequestKind::GetBulk;
        request.nonRepeaters = pdu.non_repeaters;
        request.maxRepetitions = pdu.max_repetitions;
        break;
    default:
        return false;
    }
    m_oids.clear();
    for (const netsnmp_variable_list *v = pdu.variables; v; v = v->next_variable)
        m_oids.emplace_back(v->name, v->name_length);
    request.oids = m_oids;
    return true;
}

} // namespace fleet::sim
