#pragma once
// Turns one received datagram into the answer datagram: Net-SNMP parses it (community or USM
// with the device's engine and users), the Responder decides, the ResponseEncoder encodes.
// Requests the device must ignore (wrong community or context, bad PDU, failed USM checks)
// yield nothing; USM reports (engine discovery, wrong keys) are sent by the library itself.

#include "PacketBuffer.h"
#include "Responder.h"
#include "ResponseEncoder.h"
#include "SimDevice.h"
#include "V3Users.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fleet::sim {

class PacketHandler
{
public:
    PacketHandler(std::string community, V3Users &users)
        : m_community(std::move(community))
        , m_users(users)
    {}

    std::optional<std::span<const u_char>> handle(const SimDevice &device, u_char *data, size_t length,
                                                  const sockaddr_in &from, PacketBuffer &out);

private:
    bool accepts(const SimDevice &device, const netsnmp_pdu &pdu) const;
    bool toRequest(const netsnmp_pdu &pdu, Request &request);

    std::string m_community;
    V3Users &m_users;
    std::vector<OidSpan> m_oids;
    Response m_response;
    ResponseEncoder m_encoder;
};

} // namespace fleet::sim
