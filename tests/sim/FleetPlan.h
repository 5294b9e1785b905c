#pragma once
// Which device serves which recording at which address: recordings are loaded once (before
// the serving processes fork, so they share the memory) and assigned round-robin to
// consecutive addresses from --first-address.

#include "Options.h"
#include "Recording.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fleet::sim {

struct PlannedDevice
{
    uint32_t address = 0; // IPv4, host byte order
    const Recording *recording = nullptr;
};

struct FleetPlan
{
    std::vector<std::unique_ptr<Recording>> recordings;
    std::vector<PlannedDevice> devices;
    uint16_t port = 0;
};

struct PlanResult
{
    FleetPlan plan;
    std::string error;
};

PlanResult planFleet(const Options &options);
std::string formatAddress(uint32_t address);
// RFC 3411 engine ID, unique per device: Net-SNMP's enterprise (8072), format 5 (octets),
// "FKS", then the device's IPv4 address and port.
std::vector<u_char> engineIdFor(uint32_t address, uint16_t port);

} // namespace fleet::sim
