#pragma once
// Discovery targets as an administrator types them ("10.0.0.0/24", "10.0.0.10-50",
// "printer.example:1161", "[fe80::1]:1161") and the plain values they expand to. Nothing here
// touches the network: host names are validated, not resolved.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet::discovery {

// Guards against a typo such as "/8" starting a scan of 16 million addresses.
inline constexpr qsizetype kDefaultTargetLimit = 65536;
inline constexpr quint16 kDefaultSnmpPort = 161;

struct Target
{
    enum class Kind : quint8 { Ipv4, Ipv6, DnsName };

    Kind kind = Kind::Ipv4;
    // IPv4 dotted quad, IPv6 in canonical form (lower case, "::" compressed, no brackets, scope
    // id kept), or a DNS name as given (internationalised names in their ASCII "xn--" form).
    QString host;
    quint16 port = kDefaultSnmpPort;
    QString name;
    QString location;
    QString credentialProfile;
    QString origin; // the spec, or "file.csv:12", that produced this target

    // "10.0.0.5", "10.0.0.5:1161", "fe80::1", "[fe80::1]:1161", "printer.example".
    QString toString() const;

    friend bool operator==(const Target &, const Target &) = default;
};

struct TargetError
{
    QString origin; // the spec as typed, or the file name
    int line = 0;   // 1-based line in a file; 0 for typed specs
    QString text;   // the offending token, or the whole line of a file
    QString message;

    // "hosts.csv:12: “10.0.0.300”: …" or "10.0.0.300: “10.0.0.300”: …"
    QString toString() const;
};

struct TargetParseResult
{
    QList<Target> targets;
    QList<TargetError> errors;
    qsizetype excludedCount = 0;  // distinct targets removed by exclusions
    qsizetype duplicateCount = 0; // targets dropped because the same host and port came earlier
};

// One token of a spec, parsed but not expanded: an inclusive IPv4 interval, an IPv6 host or a
// DNS name, with an optional port.
struct AddressSpec
{
    enum class Kind : quint8 { Ipv4Range, Ipv6, DnsName };

    Kind kind = Kind::Ipv4Range;
    quint32 first = 0; // Ipv4Range only: the whole range or prefix block
    quint32 last = 0;
    // A prefix of /30 or shorter: as a target its network and broadcast addresses are skipped,
    // as an exclusion the whole block is meant.
    bool skipNetworkAndBroadcast = false;
    QString host; // Ipv6 (canonical) and DnsName
    std::optional<quint16> port;
    QString error; // why the token is not a valid spec; empty when valid

    bool isValid() const { return error.isEmpty(); }
};

class TargetSpec
{
public:
    // Accepted forms, each optionally followed by ":port" (IPv6 as "[addr]:port"):
    //   10.0.0.5                   one IPv4 address (four decimal numbers, no leading zeros)
    //   10.0.0.0/24                a prefix; network and broadcast address skipped unless /31 or /32.
    //                              Host bits are ignored: "10.0.0.5/24" is 10.0.0.0/24, because an
    //                              address copied from an interface setting means its subnet.
    //   10.0.0.10-10.0.1.50        an inclusive range, may cross octets
    //   10.0.0.10-50               the same with only the last octet of the end
    //   printer.example.com        a host name (RFC 1123 labels), not resolved here
    //   ::1, [fe80::1%eth0]:1161   single IPv6 hosts; IPv6 prefixes and ranges are refused
    static AddressSpec parse(QStringView token);

    // Splits one typed spec into tokens at commas, semicolons and whitespace; "a - b" is one range.
    static QStringList tokens(const QString &spec);

    // Expands every spec, removes what the exclusions (same syntax; a spec without a port
    // excludes the host on every port) match, and drops duplicates keeping the first. A spec
    // that would make the list longer than limit is refused as a whole.
    static TargetParseResult expand(const QStringList &specs, const QStringList &exclusions = {},
                                    qsizetype limit = kDefaultTargetLimit);

    static QString formatIpv4(quint32 address);
    // 1..65535 in decimal; nullopt with *why set otherwise.
    static std::optional<quint16> parsePort(QStringView text, QString *why);
};

} // namespace fleet::discovery
