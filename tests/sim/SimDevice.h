#pragma once
// One simulated device as a serving process sees it: its listening address, the recording it
// serves, and its Net-SNMP session (used for parsing, USM and v3 reports, not for I/O).

#include "Recording.h"

#include <netinet/in.h>

#include <cstddef>
#include <vector>

struct netsnmp_transport_s;

namespace fleet::sim {

struct SimDevice
{
    sockaddr_in address{};
    const Recording *recording = nullptr;
    std::vector<u_char> engineId;
    size_t index = 0;                         // position in its process (V3Users::activate)
    netsnmp_transport_s *transport = nullptr; // owned by session
    void *session = nullptr;                  // Net-SNMP single-session handle
};

} // namespace fleet::sim
