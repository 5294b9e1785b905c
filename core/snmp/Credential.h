#pragma once
// A credential profile: how to talk to a device (version, community or USM user) plus the
// timing that goes with it. Secrets live in the struct only in memory; storage keeps them
// in the separate secrets file (see storage/SecretStore).

#include <QString>
#include <QStringList>

#include <optional>

namespace fleet::snmp {

enum class Version : quint8 { V1, V2c, V3 };
enum class SecurityLevel : quint8 { NoAuthNoPriv, AuthNoPriv, AuthPriv };
enum class AuthProtocol : quint8 { None, MD5, SHA1, SHA224, SHA256, SHA384, SHA512 };
// AES192/AES256 use the Blumenthal key extension (draft-blumenthal-aes-usm, Net-SNMP "AES-192"),
// AES192C/AES256C the Reeder extension (Cisco, Net-SNMP "AES-192-C"); both are seen in the field.
enum class PrivProtocol : quint8 { None, DES, AES128, AES192, AES256, AES192C, AES256C };

struct Credential
{
    QString name; // profile name; empty for inline credentials
    Version version = Version::V2c;
    QString community = QStringLiteral("public");
    QString user;
    SecurityLevel level = SecurityLevel::NoAuthNoPriv;
    AuthProtocol authProtocol = AuthProtocol::None;
    QString authPassword;
    PrivProtocol privProtocol = PrivProtocol::None;
    QString privPassword;
    QString contextName;
    int timeoutMs = 1500;
    int retries = 1;
    int maxRepetitions = 40;

    // Empty when usable; otherwise why not (for the CLI and dialogs).
    QString validate() const;
    QString describe() const; // "v2c community ***", "v3 user admin authPriv SHA-256/AES-128"
};

QString versionName(Version v);
std::optional<Version> versionFromName(QStringView s);
QString securityLevelName(SecurityLevel l);
std::optional<SecurityLevel> securityLevelFromName(QStringView s);
QString authProtocolName(AuthProtocol p);
std::optional<AuthProtocol> authProtocolFromName(QStringView s);
QString privProtocolName(PrivProtocol p);
std::optional<PrivProtocol> privProtocolFromName(QStringView s);

} // namespace fleet::snmp
