// fleetkeeper-sim-load: load generator for measuring fleetkeeper-sim (see measure-sim.sh).
//
// Walks devices of a simulator map the way a poller does: a window of devices walked at once,
// each walk a chain of GETBULKs over a few subtrees, SNMPv2c or SNMPv3, all from one process
// with Net-SNMP's asynchronous API (no process per walk, unlike a shell loop of snmpbulkwalk).
// It reports walks per second and, with --sim-pid, the CPU time the simulator used, which is
// the fair figure: on a 2-core machine the client competes with the simulator for CPU.

#include "NetSnmp.h"
#include "V3Users.h"

#include <net-snmp/library/large_fd_set.h>

#include <sys/epoll.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace fleet::sim;

namespace {

struct Settings
{
    std::string mapFile;
    long walks = 2000;
    int concurrency = 64;
    long maxRepetitions = 25;
    std::vector<std::vector<oid>> subtrees;
    std::string community = "public";
    std::optional<V3UserSpec> v3;
    long simPid = 0;
};

struct Target
{
    void *session = nullptr;
    bool busy = false;
    size_t subtree = 0;
    std::vector<oid> cursor;
    long requests = 0;
};

struct Stats
{
    long walksStarted = 0, walksDone = 0, failures = 0, requests = 0, varbinds = 0;
};

Settings g_settings;
std::vector<Target> g_targets;
Stats g_stats;
size_t g_nextTarget = 0;

double cpuSeconds(long pid) // the process and its direct children (the serving processes)
{
    std::vector<long> pids{pid};
    std::ifstream children("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
    for (long child; children >> child;)
        pids.push_back(child);
    double seconds = 0;
    for (long p : pids) {
        std::ifstream stat("/proc/" + std::to_string(p) + "/stat");
        std::string text((std::istreambuf_iterator<char>(stat)), {});
        std::istringstream fields(text.substr(text.rfind(')') + 2));
        std::string skip;
        for (int i = 0; i < 11; ++i)
            fields >> skip;
        long user = 0, system = 0;
        fields >> user >> system;
        seconds += static_cast<double>(user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

int onResponse(int op, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic);

bool sendNext(Target &t)
{
    netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GETBULK);
    pdu->non_repeaters = 0;
    pdu->max_repetitions = g_settings.maxRepetitions;
    snmp_add_null_var(pdu, t.cursor.data(), t.cursor.size());
    if (!snmp_sess_async_send(t.session, pdu, onResponse, &t)) {
        snmp_free_pdu(pdu);
        return false;
    }
    ++g_stats.requests;
    ++t.requests;
    return true;
}

void startWalk();

void finishWalk(Target &t, bool ok)
{
    t.busy = false;
    ++(ok ? g_stats.walksDone : g_stats.failures);
    startWalk();
}

void startWalk()
{
    if (g_stats.walksStarted >= g_settings.walks)
        return;
    for (size_t tries = 0; tries < g_targets.size(); ++tries) {
        Target &t = g_targets[g_nextTarget++ % g_targets.size()];
        if (t.busy)
            continue;
        t.busy = true;
        t.subtree = 0;
        t.requests = 0;
        t.cursor = g_settings.subtrees[0];
        ++g_stats.walksStarted;
        if (!sendNext(t))
            finishWalk(t, false);
        return;
    }
}

int onResponse(int op, netsnmp_session *, int, netsnmp_pdu *pdu, void *magic)
{
    Target &t = *static_cast<Target *>(magic);
    if (op != NETSNMP_CALLBACK_OP_RECEIVED_MESSAGE || pdu->errstat != SNMP_ERR_NOERROR) {
        finishWalk(t, false);
        return 1;
    }
    const std::vector<oid> &root = g_settings.subtrees[t.subtree];
    bool subtreeDone = pdu->variables == nullptr || t.requests > 100000;
    for (netsnmp_variable_list *v = pdu->variables; v && !subtreeDone; v = v->next_variable) {
        if (v->type == SNMP_ENDOFMIBVIEW || v->type == SNMP_NOSUCHOBJECT || v->type == SNMP_NOSUCHINSTANCE ||
            snmp_oidtree_compare(root.data(), root.size(), v->name, v->name_length) != 0) {
            subtreeDone = true;
            break;
        }
        ++g_stats.varbinds;
        t.cursor.assign(v->name, v->name + v->name_length);
    }
    if (subtreeDone) {
        if (++t.subtree == g_settings.subtrees.size()) {
            finishWalk(t, true);
            return 1;
        }
        t.cursor = g_settings.subtrees[t.subtree];
    }
    if (!sendNext(t))
        finishWalk(t, false);
    return 1;
}

std::string openSessions(const std::vector<std::string> &peers)
{
    netsnmp_session base;
    snmp_sess_init(&base);
    base.timeout = 2000000;
    base.retries = 1;
    if (g_settings.v3) {
        const V3UserSpec &u = *g_settings.v3;
        base.version = SNMP_VERSION_3;
        base.securityName = const_cast<char *>(u.name.c_str());
        base.securityNameLen = u.name.size();
        base.securityLevel = SNMP_SEC_LEVEL_AUTHPRIV;
        base.securityAuthProto =
            sc_get_auth_oid(usm_lookup_auth_type(u.authProtocol.c_str()), &base.securityAuthProtoLen);
        base.securityAuthKeyLen = USM_AUTH_KU_LEN;
        const auto *priv = sc_get_priv_alg_bytype(static_cast<u_int>(usm_lookup_priv_type(u.privProtocol.c_str())));
        if (!base.securityAuthProto || !priv)
            return "unsupported v3 protocols";
        base.securityPrivProto = const_cast<oid *>(priv->alg_oid);
        base.securityPrivProtoLen = priv->oid_len;
        base.securityPrivKeyLen = USM_PRIV_KU_LEN;
        // The master keys are derived once; each session localizes them for its device.
        if (generate_Ku(base.securityAuthProto, static_cast<u_int>(base.securityAuthProtoLen),
                        reinterpret_cast<const u_char *>(u.authPassphrase.c_str()), u.authPassphrase.size(),
                        base.securityAuthKey, &base.securityAuthKeyLen) != SNMPERR_SUCCESS ||
            generate_Ku(base.securityAuthProto, static_cast<u_int>(base.securityAuthProtoLen),
                        reinterpret_cast<const u_char *>(u.privPassphrase.c_str()), u.privPassphrase.size(),
                        base.securityPrivKey, &base.securityPrivKeyLen) != SNMPERR_SUCCESS)
            return "cannot derive v3 keys";
    } else {
        base.version = SNMP_VERSION_2c;
        base.community = reinterpret_cast<u_char *>(g_settings.community.data());
        base.community_len = g_settings.community.size();
    }
    g_targets.resize(peers.size());
    for (size_t i = 0; i < peers.size(); ++i) {
        netsnmp_session s = base;
        s.peername = const_cast<char *>(peers[i].c_str());
        g_targets[i].session = snmp_sess_open(&s); // SNMPv3: discovers the engine ID here
        if (!g_targets[i].session)
            return "cannot open a session to " + peers[i];
    }
    return {};
}

std::vector<oid> parseOid(const std::string &text)
{
    oid arcs[MAX_OID_LEN];
    size_t length = MAX_OID_LEN;
    if (!read_objid(text.c_str(), arcs, &length))
        return {};
    return {arcs, arcs + length};
}

std::string parseArgs(int argc, char **argv)
{
    std::string subtrees = "1.3.6.1.2.1.1,1.3.6.1.2.1.43";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i], value = argv[i + 1];
        if (arg == "--map")
            g_settings.mapFile = value;
        else if (arg == "--walks")
            g_settings.walks = std::stol(value);
        else if (arg == "--concurrency")
            g_settings.concurrency = std::stoi(value);
        else if (arg == "--max-repetitions")
            g_settings.maxRepetitions = std::stol(value);
        else if (arg == "--subtrees")
            subtrees = value;
        else if (arg == "--community")
            g_settings.community = value;
        else if (arg == "--sim-pid")
            g_settings.simPid = std::stol(value);
        else if (arg == "--v3-user") {
            std::string error;
            g_settings.v3 = parseV3UserSpec(value, error);
            if (!g_settings.v3 || g_settings.v3->privProtocol.empty())
                return "--v3-user needs NAME:AUTH:AUTHPASS:PRIV:PRIVPASS " + error;
        } else
            return "unknown option " + arg;
    }
    std::stringstream list(subtrees);
    for (std::string item; std::getline(list, item, ',');) {
        g_settings.subtrees.push_back(parseOid(item));
        if (g_settings.subtrees.back().empty())
            return "bad subtree " + item;
    }
    return g_settings.mapFile.empty() ? "usage: fleetkeeper-sim-load --map FILE [--walks N] [--concurrency N] "
                                        "[--max-repetitions N] [--subtrees OID,...] [--community C] "
                                        "[--v3-user NAME:AUTH:AUTHPASS:PRIV:PRIVPASS] [--sim-pid PID]"
                                      : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DONT_READ_CONFIGS, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_LOAD, 1);
    netsnmp_ds_set_boolean(NETSNMP_DS_LIBRARY_ID, NETSNMP_DS_LIB_DISABLE_PERSISTENT_SAVE, 1);
    setenv("MIBS", "", 1);
    init_snmp("fleetkeeper-sim-load");
    if (const std::string error = parseArgs(argc, argv); !error.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 2;
    }
    std::vector<std::string> peers;
    std::ifstream map(g_settings.mapFile);
    for (std::string line; std::getline(map, line);) {
        if (!line.empty() && line.find(' ') != std::string::npos && line.rfind("READY", 0) != 0)
            peers.push_back("udp:" + line.substr(0, line.find(' ')));
    }
    if (peers.empty()) {
        std::fprintf(stderr, "no devices in %s\n", g_settings.mapFile.c_str());
        return 1;
    }
    if (const std::string error = openSessions(peers); !error.empty()) {
        std::fprintf(stderr, "%s\n", error.c_str());
        return 1;
    }
    const int epoll = epoll_create1(0);
    int maxFd = 0;
    for (size_t i = 0; i < g_targets.size(); ++i) {
        const int fd = snmp_sess_transport(g_targets[i].session)->sock;
        epoll_event event{EPOLLIN, {.u64 = i}};
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
        maxFd = std::max(maxFd, fd);
    }
    netsnmp_large_fd_set fds;
    netsnmp_large_fd_set_init(&fds, maxFd + 1);

    const double simStart = g_settings.simPid ? cpuSeconds(g_settings.simPid) : 0;
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    const auto start = std::chrono::steady_clock::now();
    auto lastTimeoutCheck = start;
    for (int i = 0; i < g_settings.concurrency; ++i)
        startWalk();
    epoll_event events[256];
    while (g_stats.walksDone + g_stats.failures < g_stats.walksStarted) {
        const int n = epoll_wait(epoll, events, 256, 50);
        for (int i = 0; i < n; ++i) {
            Target &t = g_targets[events[i].data.u64];
            const int fd = snmp_sess_transport(t.session)->sock;
            NETSNMP_LARGE_FD_SET(fd, &fds);
            snmp_sess_read2(t.session, &fds);
            NETSNMP_LARGE_FD_CLR(fd, &fds);
        }
        const auto now = std::chrono::steady_clock::now();
        if (now - lastTimeoutCheck > std::chrono::milliseconds(100)) {
            lastTimeoutCheck = now;
            for (Target &t : g_targets) {
                if (t.busy)
                    snmp_sess_timeout(t.session);
            }
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    const auto cpu = [](const rusage &r) {
        return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
               static_cast<double>(r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
    };
    std::printf("%s walks=%ld failed=%ld requests=%ld varbinds=%ld seconds=%.2f walks/s=%.0f requests/s=%.0f "
                "client-cpu=%.2fs",
                g_settings.v3 ? "v3" : "v2c", g_stats.walksDone, g_stats.failures, g_stats.requests, g_stats.varbinds,
                seconds, static_cast<double>(g_stats.walksDone) / seconds,
                static_cast<double>(g_stats.requests) / seconds, cpu(after) - cpu(before));
    if (g_settings.simPid) {
        const double sim = cpuSeconds(g_settings.simPid) - simStart;
        std::printf(" sim-cpu=%.2fs sim-walks-per-cpu-second=%.0f", sim, static_cast<double>(g_stats.walksDone) / sim);
    }
    std::printf("\n");
    return g_stats.failures == 0 ? 0 : 1;
}
