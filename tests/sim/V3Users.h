#pragma once
// SNMPv3 users of the simulated devices, each device with its own engine ID.
//
// Net-SNMP has one local engine per process and finds users by (engine ID, name) in a single
// linked list. Keeping every device's users in that list would make each v3 request scan
// thousands of entries, so each device's users are kept aside and swapped in (with the local
// engine ID) just before one of its packets is parsed: a handful of list operations.

#include <net-snmp/net-snmp-config.h>
#include <net-snmp/types.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct usmUser;

namespace fleet::sim {

// "NAME[:AUTHPROTO:AUTHPASS[:PRIVPROTO:PRIVPASS]]", protocols named as for Net-SNMP's
// snmpget -a / -x (MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512; DES, AES, AES-192, AES-256,
// AES-192-C, AES-256-C). The privacy passphrase is the rest of the text and may hold ':'.
struct V3UserSpec
{
    std::string name;
    std::string authProtocol;
    std::string authPassphrase;
    std::string privProtocol;
    std::string privPassphrase;
};

std::optional<V3UserSpec> parseV3UserSpec(std::string_view text, std::string &error);

class V3Users
{
public:
    V3Users() = default;
    V3Users(const V3Users &) = delete;
    V3Users &operator=(const V3Users &) = delete;
    ~V3Users();

    // Derives each passphrase's master key (a megabyte of hashing each) once for all devices.
    std::string prepare(const std::vector<V3UserSpec> &specs);
    // Creates the users localized to one device's engine ID; returns an error text or "".
    std::string addDevice(const std::vector<u_char> &engineId);
    // Makes device i (in addDevice order) the library's local engine with its users.
    void activate(size_t device);

private:
    struct Prepared
    {
        V3UserSpec spec;
        std::string authKeyHex; // master keys, hex, for createUser -m
        std::string privKeyHex;
    };
    struct DeviceUsers
    {
        std::vector<u_char> engineId;
        std::vector<usmUser *> users;
    };

    std::vector<Prepared> m_users;
    std::vector<DeviceUsers> m_devices;
    size_t m_active = static_cast<size_t>(-1);
};

} // namespace fleet::sim
