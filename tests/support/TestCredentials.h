#pragma once
// Credential profiles as the tests write them: a v2c community (also one that gives up quickly on
// loopback), and an SNMPv3 authPriv user with SHA-256 authentication (the secrets are the
// caller's, so each test can look for its own).

#include "snmp/Credential.h"

#include <QString>

namespace fleet::test {

snmp::Credential v2cCredential(const QString &name, const QString &community);

// One try and a short (scaled) timeout: a loopback agent answers at once or never.
snmp::Credential quickCommunity(const QString &name, const QString &community, int timeoutMs = 700);

snmp::Credential v3AuthPrivCredential(const QString &name, const QString &user, const QString &authPassword,
                                      snmp::PrivProtocol privProtocol, const QString &privPassword);

} // namespace fleet::test
