#pragma once
// Command line of fleetkeeper-sim.

#include "V3Users.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fleet::sim {

struct Options
{
    std::vector<std::string> recordings; // files or directories, in the order given
    std::string firstAddress = "127.1.0.1";
    std::optional<uint32_t> count; // default: one device per recording
    uint16_t port = 16161;
    int processes = 2;
    std::string community = "public";
    std::vector<V3UserSpec> v3Users; // default: snmpsimd's "simulator" MD5/DES user
    std::string mapFile;             // empty: the map goes to stdout
    bool exitWithParent = false;     // stop when the launching process dies (tests)
    bool help = false;
};

struct ParsedOptions
{
    Options options;
    std::string error;
};

ParsedOptions parseOptions(int argc, char **argv);
const char *usage();

} // namespace fleet::sim
