#include "Options.h"

#include <charconv>
#include <string_view>

namespace fleet::sim {

namespace {

template <typename T> bool parseNumber(std::string_view text, T &value, T min, T max)
{
    T parsed{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
    if (ec != std::errc() || end != text.data() + text.size() || parsed < min || parsed > max)
        return false;
    value = parsed;
    return true;
}

} // namespace

const char *usage()
{
    return "Usage: fleetkeeper-sim --recordings DIR|FILE [--recordings ...] [options]\n"
           "Serves .snmprec recordings as many SNMP devices, one per 127.x.y.z address.\n"
           "  --recordings PATH     a .snmprec file, or a directory searched for *.snmprec (repeatable)\n"
           "  --first-address IP    address of the first device (default 127.1.0.1)\n"
           "  --count N             number of devices (default: one per recording);\n"
           "                        recordings are assigned round-robin\n"
           "  --port PORT           UDP port of every device (default 16161)\n"
           "  --processes N         serving processes (default 2)\n"
           "  --community NAME      SNMPv1/v2c community (default public)\n"
           "  --v3-user SPEC        NAME[:AUTH:AUTHPASS[:PRIV:PRIVPASS]] (repeatable), e.g.\n"
           "                        shaaes:SHA:auctoritas:AES:privatus; default\n"
           "                        simulator:MD5:auctoritas:DES:privatus\n"
           "  --map FILE            write the device map there instead of stdout\n"
           "  --exit-with-parent    stop when the process that started it dies\n"
           "Prints one line per device \"ADDRESS:PORT RECORDING\", then \"READY ...\" once every\n"
           "device answers. Stops on SIGTERM or SIGINT.\n";
}

ParsedOptions parseOptions(int argc, char **argv)
{
    ParsedOptions result;
    Options &o = result.options;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string_view value;
        bool hasValue = false;
        if (const size_t eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
            value = arg.substr(eq + 1);
            arg = arg.substr(0, eq);
            hasValue = true;
        }
        if (arg == "--help" || arg == "-h") {
            o.help = true;
            continue;
        }
        if (arg == "--exit-with-parent") {
            o.exitWithParent = true;
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= argc) {
                result.error = std::string(arg) + " needs a value";
                return result;
            }
            value = argv[++i];
        }
        bool ok = true;
        if (arg == "--recordings") {
            o.recordings.emplace_back(value);
        } else if (arg == "--first-address") {
            o.firstAddress = value;
        } else if (arg == "--count") {
            uint32_t count = 0;
            ok = parseNumber<uint32_t>(value, count, 1, 1u << 20);
            o.count = count;
        } else if (arg == "--port") {
            ok = parseNumber<uint16_t>(value, o.port, 1, 65535);
        } else if (arg == "--processes") {
            ok = parseNumber(value, o.processes, 1, 64);
        } else if (arg == "--community") {
            o.community = value;
        } else if (arg == "--v3-user") {
            std::string error;
            auto spec = parseV3UserSpec(value, error);
            if (!spec) {
                result.error = "--v3-user " + std::string(value) + ": " + error;
                return result;
            }
            o.v3Users.push_back(std::move(*spec));
        } else if (arg == "--map") {
            o.mapFile = value;
        } else {
            result.error = "unknown option " + std::string(arg);
            return result;
        }
        if (!ok) {
            result.error = "bad value for " + std::string(arg) + ": " + std::string(value);
            return result;
        }
    }
    if (!o.help && o.recordings.empty())
        result.error = "no --recordings given";
    if (o.v3Users.empty())
        o.v3Users.push_back({"simulator", "MD5", "auctoritas", "DES", "privatus"});
    return result;
}

} // namespace fleet::sim
