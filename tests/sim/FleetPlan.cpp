#include "FleetPlan.h"

#include <arpa/inet.h>

#include <algorithm>
#include <filesystem>

namespace fleet::sim {

namespace fs = std::filesystem;

namespace {

constexpr uint32_t LoopbackFirst = 0x7f000001; // 127.0.0.1
constexpr uint32_t LoopbackLast = 0x7ffffffe;  // 127.255.255.254

// A directory's *.snmprec files (recursively, symlinks followed) named by their path relative
// to it without the extension, as snmpsimd names them; sorted by that name.
std::string collect(const fs::path &path, std::vector<std::pair<std::string, fs::path>> &out)
{
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) {
        out.emplace_back(path.stem().string(), path);
        return {};
    }
    if (!fs::is_directory(path, ec))
        return "no such file or directory: " + path.string();
    std::vector<std::pair<std::string, fs::path>> found;
    for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::follow_directory_symlink, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().extension() == ".snmprec" && fs::is_regular_file(it->path(), ec)) {
            fs::path relative = fs::relative(it->path(), path, ec);
            relative.replace_extension();
            found.emplace_back(relative.generic_string(), it->path());
        }
    }
    if (ec)
        return path.string() + ": " + ec.message();
    if (found.empty())
        return "no .snmprec files in " + path.string();
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
    return {};
}

} // namespace

std::string formatAddress(uint32_t address)
{
    in_addr a{htonl(address)};
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &a, text, sizeof(text));
    return text;
}

std::vector<u_char> engineIdFor(uint32_t address, uint16_t port)
{
    return {0x80,
            0x00,
            0x1f,
            0x88,
            0x05,
            'F',
            'K',
            'S',
            static_cast<u_char>(address >> 24),
            static_cast<u_char>(address >> 16),
            static_cast<u_char>(address >> 8),
            static_cast<u_char>(address),
            static_cast<u_char>(port >> 8),
            static_cast<u_char>(port)};
}

PlanResult planFleet(const Options &options)
{
    PlanResult result;
    FleetPlan &plan = result.plan;
    plan.port = options.port;

    std::vector<std::pair<std::string, fs::path>> files;
    for (const std::string &path : options.recordings) {
        if (std::string error = collect(path, files); !error.empty()) {
            result.error = error;
            return result;
        }
    }
    for (const auto &[name, file] : files) {
        LoadResult loaded = Recording::load(file, name);
        if (!loaded.recording) {
            result.error = loaded.error;
            return result;
        }
        plan.recordings.push_back(std::move(loaded.recording));
    }

    in_addr first{};
    if (inet_pton(AF_INET, options.firstAddress.c_str(), &first) != 1) {
        result.error = "bad --first-address " + options.firstAddress;
        return result;
    }
    const uint32_t start = ntohl(first.s_addr);
    const uint32_t count = options.count.value_or(static_cast<uint32_t>(plan.recordings.size()));
    if (start < LoopbackFirst || start > LoopbackLast || LoopbackLast - start < count - 1) {
        result.error = "addresses must stay within 127.0.0.1-127.255.255.254";
        return result;
    }
    plan.devices.reserve(count);
    for (uint32_t i = 0; i < count; ++i)
        plan.devices.push_back({start + i, plan.recordings[i % plan.recordings.size()].get()});
    return result;
}

} // namespace fleet::sim
