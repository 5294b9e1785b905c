#include "TestCredentials.h"

#include "TestEnv.h"

namespace fleet::test {

snmp::Credential v2cCredential(const QString &name, const QString &community)
{
    snmp::Credential c;
    c.name = name;
    c.version = snmp::Version::V2c;
    c.community = community;
    return c;
}

snmp::Credential quickCommunity(const QString &name, const QString &community, int timeoutMs)
{
    snmp::Credential c = v2cCredential(name, community);
    c.timeoutMs = scaled(timeoutMs);
    c.retries = 0;
    return c;
}

snmp::Credential v3AuthPrivCredential(const QString &name, const QString &user, const QString &authPassword,
                                      snmp::PrivProtocol privProtocol, const QString &privPassword)
{
    snmp::Credential c;
    c.name = name;
    c.version = snmp::Version::V3;
    c.community.clear();
    c.user = user;
    c.level = snmp::SecurityLevel::AuthPriv;
    c.authProtocol = snmp::AuthProtocol::SHA256;
    c.authPassword = authPassword;
    c.privProtocol = privProtocol;
    c.privPassword = privPassword;
    return c;
}

} // namespace fleet::test
