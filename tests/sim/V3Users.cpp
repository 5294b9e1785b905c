#include "V3Users.h"

#include "NetSnmp.h"

namespace fleet::sim {

namespace {

std::string toHex(const u_char *data, size_t length)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    for (size_t i = 0; i < length; ++i) {
        hex += digits[data[i] >> 4];
        hex += digits[data[i] & 0x0f];
    }
    return hex;
}

bool hasSpace(std::string_view s)
{
    return s.find_first_of(" \t\r\n") != std::string_view::npos;
}

// Ku of a passphrase for the user's authentication hash (RFC 3414 A.2), as hex.
std::string masterKey(const std::string &authProtocol, const std::string &passphrase, std::string &error)
{
    size_t oidLength = 0;
    const oid *hash = sc_get_auth_oid(usm_lookup_auth_type(authProtocol.c_str()), &oidLength);
    u_char key[SNMP_MAXBUF_SMALL];
    size_t keyLength = sizeof(key);
    if (passphrase.size() < USM_LENGTH_P_MIN) {
        error = "passphrase shorter than " + std::to_string(USM_LENGTH_P_MIN) + " characters";
        return {};
    }
    if (!hash || generate_Ku(hash, static_cast<u_int>(oidLength), reinterpret_cast<const u_char *>(passphrase.data()),
                             passphrase.size(), key, &keyLength) != SNMPERR_SUCCESS) {
        error = "cannot derive a key from the passphrase";
        return {};
    }
    return toHex(key, keyLength);
}

} // namespace

std::optional<V3UserSpec> parseV3UserSpec(std::string_view text, std::string &error)
{
    std::vector<std::string> parts;
    while (parts.size() < 4) {
        const size_t colon = text.find(':');
        if (colon == std::string_view::npos)
            break;
        parts.emplace_back(text.substr(0, colon));
        text.remove_prefix(colon + 1);
    }
    parts.emplace_back(text);
    V3UserSpec spec;
    if (parts.size() != 1 && parts.size() != 3 && parts.size() != 5) {
        error = "expected NAME, NAME:AUTH:AUTHPASS or NAME:AUTH:AUTHPASS:PRIV:PRIVPASS";
        return std::nullopt;
    }
    spec.name = parts[0];
    if (parts.size() >= 3) {
        spec.authProtocol = parts[1];
        spec.authPassphrase = parts[2];
    }
    if (parts.size() == 5) {
        spec.privProtocol = parts[3];
        spec.privPassphrase = parts[4];
    }
    if (spec.name.empty() || hasSpace(spec.name) || spec.name.size() > 32) {
        error = "user name must be 1-32 characters without spaces";
        return std::nullopt;
    }
    if (!spec.authProtocol.empty() && usm_lookup_auth_type(spec.authProtocol.c_str()) <= 0) {
        error = "unknown authentication protocol " + spec.authProtocol;
        return std::nullopt;
    }
    if (!spec.privProtocol.empty() && usm_lookup_priv_type(spec.privProtocol.c_str()) <= 0) {
        error = "unknown privacy protocol " + spec.privProtocol;
        return std::nullopt;
    }
    return spec;
}

V3Users::~V3Users()
{
    for (size_t i = 0; i < m_devices.size(); ++i) {
        for (usmUser *user : m_devices[i].users) {
            if (i == m_active)
                usm_remove_user(user);
            usm_free_user(user);
        }
    }
}

std::string V3Users::prepare(const std::vector<V3UserSpec> &specs)
{
    for (const V3UserSpec &spec : specs) {
        Prepared p{spec, {}, {}};
        std::string error;
        if (!spec.authProtocol.empty())
            p.authKeyHex = masterKey(spec.authProtocol, spec.authPassphrase, error);
        if (error.empty() && !spec.privProtocol.empty())
            p.privKeyHex = masterKey(spec.authProtocol, spec.privPassphrase, error);
        if (!error.empty())
            return "SNMPv3 user " + spec.name + ": " + error;
        m_users.push_back(std::move(p));
    }
    return {};
}

std::string V3Users::addDevice(const std::vector<u_char> &engineId)
{
    // The engine must be known to the library's time cache, or USM rejects it as unknown.
    set_enginetime(engineId.data(), static_cast<u_int>(engineId.size()),
                   static_cast<u_int>(snmpv3_local_snmpEngineBoots()),
                   static_cast<u_int>(snmpv3_local_snmpEngineTime()), TRUE);
    DeviceUsers device{engineId, {}};
    const std::string engineHex = toHex(engineId.data(), engineId.size());
    for (const Prepared &p : m_users) {
        // createUser localizes the master keys for this engine and extends AES-192/256 keys
        // the way the chosen protocol (Blumenthal or Reeder "-C") requires.
        std::string line = "-e 0x" + engineHex + " " + p.spec.name;
        if (!p.authKeyHex.empty())
            line += " " + p.spec.authProtocol + " -m 0x" + p.authKeyHex;
        if (!p.privKeyHex.empty())
            line += " " + p.spec.privProtocol + " -m 0x" + p.privKeyHex;
        usm_parse_create_usmUser("createUser", line.data());
        usmUser *user = usm_get_user(engineId.data(), engineId.size(), p.spec.name.c_str());
        if (!user)
            return "cannot create SNMPv3 user " + p.spec.name;
        usm_remove_user(user);
        device.users.push_back(user);
    }
    m_devices.push_back(std::move(device));
    return {};
}

void V3Users::activate(size_t device)
{
    if (device == m_active)
        return;
    if (m_active < m_devices.size()) {
        for (usmUser *user : m_devices[m_active].users)
            usm_remove_user(user);
    }
    DeviceUsers &next = m_devices[device];
    for (usmUser *user : next.users)
        usm_add_user(user);
    set_exact_engineID(next.engineId.data(), next.engineId.size());
    m_active = device;
}

} // namespace fleet::sim
