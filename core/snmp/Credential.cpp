#include "snmp/Credential.h"

#include <QCoreApplication>

namespace fleet::snmp {

namespace {
template <typename E> struct NameEntry
{
    E value;
    const char16_t *name;
};

constexpr NameEntry<Version> kVersions[] = {{Version::V1, u"v1"}, {Version::V2c, u"v2c"}, {Version::V3, u"v3"}};
constexpr NameEntry<SecurityLevel> kLevels[] = {{SecurityLevel::NoAuthNoPriv, u"noAuthNoPriv"},
                                                {SecurityLevel::AuthNoPriv, u"authNoPriv"},
                                                {SecurityLevel::AuthPriv, u"authPriv"}};
constexpr NameEntry<AuthProtocol> kAuth[] = {
    {AuthProtocol::None, u"none"},      {AuthProtocol::MD5, u"MD5"},        {AuthProtocol::SHA1, u"SHA"},
    {AuthProtocol::SHA1, u"SHA-1"},     {AuthProtocol::SHA1, u"SHA1"},      {AuthProtocol::SHA224, u"SHA-224"},
    {AuthProtocol::SHA224, u"SHA224"},  {AuthProtocol::SHA256, u"SHA-256"}, {AuthProtocol::SHA256, u"SHA256"},
    {AuthProtocol::SHA384, u"SHA-384"}, {AuthProtocol::SHA384, u"SHA384"},  {AuthProtocol::SHA512, u"SHA-512"},
    {AuthProtocol::SHA512, u"SHA512"},
};
constexpr NameEntry<PrivProtocol> kPriv[] = {
    {PrivProtocol::None, u"none"},         {PrivProtocol::DES, u"DES"},           {PrivProtocol::AES128, u"AES-128"},
    {PrivProtocol::AES128, u"AES"},        {PrivProtocol::AES128, u"AES128"},     {PrivProtocol::AES192, u"AES-192"},
    {PrivProtocol::AES192, u"AES192"},     {PrivProtocol::AES256, u"AES-256"},    {PrivProtocol::AES256, u"AES256"},
    {PrivProtocol::AES192C, u"AES-192-C"}, {PrivProtocol::AES256C, u"AES-256-C"},
};

// First entry of a value is its canonical name; lookups are case-insensitive.
template <typename E, size_t N> QString nameOf(const NameEntry<E> (&table)[N], E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return QString::fromUtf16(e.name);
    return {};
}

template <typename E, size_t N> std::optional<E> valueOf(const NameEntry<E> (&table)[N], QStringView s)
{
    for (const auto &e : table)
        if (s.compare(QStringView(e.name), Qt::CaseInsensitive) == 0)
            return e.value;
    return std::nullopt;
}
} // namespace

QString versionName(Version v)
{
    return nameOf(kVersions, v);
}
std::optional<Version> versionFromName(QStringView s)
{
    if (s == u"1")
        return Version::V1;
    if (s == u"2c" || s == u"2")
        return Version::V2c;
    if (s == u"3")
        return Version::V3;
    return valueOf(kVersions, s);
}
QString securityLevelName(SecurityLevel l)
{
    return nameOf(kLevels, l);
}
std::optional<SecurityLevel> securityLevelFromName(QStringView s)
{
    return valueOf(kLevels, s);
}
QString authProtocolName(AuthProtocol p)
{
    return nameOf(kAuth, p);
}
std::optional<AuthProtocol> authProtocolFromName(QStringView s)
{
    return valueOf(kAuth, s);
}
QString privProtocolName(PrivProtocol p)
{
    return nameOf(kPriv, p);
}
std::optional<PrivProtocol> privProtocolFromName(QStringView s)
{
    return valueOf(kPriv, s);
}

QString Credential::validate() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("fleet::snmp::Credential", s); };
    if (timeoutMs < 10 || timeoutMs > 120000)
        return tr("Timeout must be between 10 ms and 120 s.");
    if (retries < 0 || retries > 10)
        return tr("Retries must be between 0 and 10.");
    if (maxRepetitions < 1 || maxRepetitions > 1000)
        return tr("Max-repetitions must be between 1 and 1000.");
    if (version != Version::V3) {
        if (community.isEmpty())
            return tr("A community is required for SNMPv1/v2c.");
        return {};
    }
    if (user.isEmpty())
        return tr("An SNMPv3 user name is required.");
    if (user.toUtf8().size() > 32)
        return tr("An SNMPv3 user name has at most 32 octets.");
    if (contextName.toUtf8().size() > 255)
        return tr("The SNMPv3 context name is too long.");
    if (level != SecurityLevel::NoAuthNoPriv) {
        if (authProtocol == AuthProtocol::None)
            return tr("Security level %1 needs an authentication protocol.").arg(securityLevelName(level));
        // RFC 3414 section 11.2: passphrases shorter than 8 characters are refused by agents.
        if (authPassword.size() < 8)
            return tr("The authentication passphrase must have at least 8 characters.");
    }
    if (level == SecurityLevel::AuthPriv) {
        if (privProtocol == PrivProtocol::None)
            return tr("Security level authPriv needs a privacy protocol.");
        if (privPassword.size() < 8)
            return tr("The privacy passphrase must have at least 8 characters.");
    }
    return {};
}

QString Credential::describe() const
{
    if (version != Version::V3)
        return QStringLiteral("%1 community ***").arg(versionName(version));
    QString d = QStringLiteral("v3 user %1 %2").arg(user, securityLevelName(level));
    if (level != SecurityLevel::NoAuthNoPriv)
        d += u' ' + authProtocolName(authProtocol);
    if (level == SecurityLevel::AuthPriv)
        d += u'/' + privProtocolName(privProtocol);
    if (!contextName.isEmpty())
        d += QStringLiteral(" context %1").arg(contextName);
    return d;
}

} // namespace fleet::snmp
