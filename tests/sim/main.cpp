// fleetkeeper-sim: a fast simulated printer fleet for tests, benchmarks and the demo.
// Serves .snmprec recordings (as snmpsimd does, byte for byte) as many devices, one per
// loopback address, from several processes. See README.md beside this file.

#include "DeviceServer.h"
#include "FleetPlan.h"
#include "NetSnmp.h"
#include "Options.h"
#include "PacketHandler.h"
#include "Supervisor.h"
#include "V3Users.h"

#include <arpa/inet.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

using namespace fleet::sim;

namespace {

void initNetSnmp()
{
    // A test tool must not read or write the machine's snmp.conf, persistent state or MIBs.
    setenv("MIBS", "", 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
    // ResponseEncoder reads the packet from the end of its buffer.
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_REVERSE_ENCODE, 1);
    init_snmp("fleetkeeper-sim");
}

int serve(const FleetPlan &plan, const Options &options, V3Users &users, int process, int processes, int readyFd,
          const sigset_t &waitMask, const volatile sig_atomic_t &stop)
{
    PacketHandler handler(options.community, users);
    DeviceServer server(handler);
    std::vector<SimDevice> devices;
    std::string error;
    for (size_t i = static_cast<size_t>(process); i < plan.devices.size() && error.empty();
         i += static_cast<size_t>(processes)) {
        const PlannedDevice &planned = plan.devices[i];
        SimDevice device;
        device.address.sin_family = AF_INET;
        device.address.sin_port = htons(plan.port);
        device.address.sin_addr.s_addr = htonl(planned.address);
        device.recording = planned.recording;
        device.engineId = engineIdFor(planned.address, plan.port);
        device.index = devices.size();
        error = users.addDevice(device.engineId);
        devices.push_back(std::move(device));
    }
    if (error.empty())
        error = server.open(std::move(devices));
    Supervisor::reportReady(readyFd, error);
    if (!error.empty())
        return 1;
    error = server.run(waitMask, stop);
    if (!error.empty()) {
        std::fprintf(stderr, "fleetkeeper-sim: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

std::string deviceMap(const FleetPlan &plan)
{
    std::string map;
    for (const PlannedDevice &device : plan.devices)
        map += formatAddress(device.address) + ":" + std::to_string(plan.port) + " " + device.recording->name() + "\n";
    return map;
}

bool writeFile(const std::string &path, const std::string &content)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!(out << content) || !out.flush())
            return false;
    }
    return std::rename(temporary.c_str(), path.c_str()) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    const ParsedOptions parsed = parseOptions(argc, argv);
    const Options &options = parsed.options;
    if (options.help) {
        std::fputs(usage(), stdout);
        return 0;
    }
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "fleetkeeper-sim: %s\n%s", parsed.error.c_str(), usage());
        return 2;
    }
    if (options.exitWithParent) {
        // A test that is killed must not leave a fleet behind (SIGTERM is taken by the supervisor).
        const pid_t parent = getppid();
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            return 0;
    }
    const PlanResult planned = planFleet(options);
    if (!planned.error.empty()) {
        std::fprintf(stderr, "fleetkeeper-sim: %s\n", planned.error.c_str());
        return 1;
    }
    const FleetPlan &plan = planned.plan;

    initNetSnmp();
    V3Users users;
    if (const std::string error = users.prepare(options.v3Users); !error.empty()) {
        std::fprintf(stderr, "fleetkeeper-sim: %s\n", error.c_str());
        return 1;
    }

    const int processes = std::min<int>(options.processes, static_cast<int>(plan.devices.size()));
    Supervisor supervisor;
    const std::string error = supervisor.start(
        processes, [&](int process, int readyFd, const sigset_t &waitMask, const volatile sig_atomic_t &stop) {
            return serve(plan, options, users, process, processes, readyFd, waitMask, stop);
        });
    if (!error.empty()) {
        std::fprintf(stderr, "fleetkeeper-sim: %s\n", error.c_str());
        return 1;
    }
    const std::string map = deviceMap(plan);
    if (options.mapFile.empty()) {
        std::fputs(map.c_str(), stdout);
    } else if (!writeFile(options.mapFile, map)) {
        std::fprintf(stderr, "fleetkeeper-sim: cannot write %s\n", options.mapFile.c_str());
        return 1;
    }
    std::printf("READY devices=%zu port=%u processes=%d\n", plan.devices.size(), plan.port, processes);
    std::fflush(stdout);
    return supervisor.waitForStop();
}
