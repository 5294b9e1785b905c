#pragma once
// Encodes a Response as the answer to the request PDU it came from, with Net-SNMP's encoder
// (so SNMPv3 messages are authenticated and encrypted with the request's security state).
//
// The request PDU is turned into the response in place and its varbinds are swapped for a
// reused pool pointing straight at the recording's data: nothing is copied or allocated per
// varbind, which is most of the cost of answering a GETBULK.

#include "PacketBuffer.h"
#include "Responder.h"

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/types.h>

#include <optional>
#include <span>
#include <vector>

namespace fleet::sim {

class ResponseEncoder
{
public:
    // UDP payload limit; also the cap when an SNMPv3 request states no maximum.
    static constexpr size_t MaxDatagram = 65507;

    std::optional<std::span<const u_char>> encode(netsnmp_pdu &pdu, netsnmp_session *session,
                                                  const Recording &recording, const Response &response, bool bulk,
                                                  PacketBuffer &out);

private:
    netsnmp_variable_list *link(const Recording &recording, const std::vector<Answer> &answers, size_t count);
    std::optional<std::span<const u_char>> build(netsnmp_pdu &pdu, netsnmp_session *session,
                                                 netsnmp_variable_list *vars, PacketBuffer &out);

    std::vector<netsnmp_variable_list> m_pool;
};

} // namespace fleet::sim
