#include "discovery/TargetSpec.h"

#include "discovery/TargetListBuilder.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace fleet::discovery {

namespace {

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Only digits and dots: the user meant an IPv4 address, so a mistake in it gets an IPv4 message
// instead of being taken for a host name.
bool looksLikeIpv4(QStringView s)
{
    for (QChar c : s) {
        if (c != u'.' && (c < u'0' || c > u'9'))
            return false;
    }
    return true;
}

bool looksLikeIpv4Range(QStringView s)
{
    bool dash = false;
    for (QChar c : s) {
        if (c == u'-')
            dash = true;
        else if (c != u'.' && (c < u'0' || c > u'9'))
            return false;
    }
    return dash;
}

// Strict dotted quad. Shorthand ("10.1") and leading zeros are refused: inet_aton() reads
// "010.0.0.1" as octal 8.0.0.1, so accepting it would scan a different host than the user sees.
std::optional<quint32> parseIpv4(QStringView text, QString *why)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4) {
        *why = QCoreApplication::translate("fleet::discovery",
                                           "an IPv4 address has four numbers from 0 to 255 separated by dots");
        return std::nullopt;
    }
    quint32 address = 0;
    for (QStringView part : parts) {
        if (!isDigits(part)) {
            *why = QCoreApplication::translate("fleet::discovery", "a number is missing between two dots");
            return std::nullopt;
        }
        if (part.size() > 1 && part.front() == u'0') {
            *why = QCoreApplication::translate("fleet::discovery",
                                               "“%1” has a leading zero, which some tools read as octal")
                       .arg(part);
            return std::nullopt;
        }
        const uint value = part.size() > 3 ? 256 : part.toUInt();
        if (value > 255) {
            *why = QCoreApplication::translate("fleet::discovery", "%1 is greater than 255").arg(part);
            return std::nullopt;
        }
        address = address << 8 | value;
    }
    return address;
}

} // namespace

std::optional<quint16> TargetSpec::parsePort(QStringView text, QString *why)
{
    if (text.isEmpty()) {
        *why = QCoreApplication::translate("fleet::discovery", "the port is missing after “:”");
        return std::nullopt;
    }
    const uint value = isDigits(text) && text.size() <= 5 ? text.toUInt() : 0;
    if (value < 1 || value > 65535) {
        *why =
            QCoreApplication::translate("fleet::discovery", "the port “%1” is not a number from 1 to 65535").arg(text);
        return std::nullopt;
    }
    return quint16(value);
}

namespace {

AddressSpec failed(const QString &why)
{
    AddressSpec spec;
    spec.error = why;
    return spec;
}

AddressSpec parseIpv6(QStringView text, std::optional<quint16> port)
{
    if (text.contains(u'/'))
        return failed(QCoreApplication::translate("fleet::discovery",
                                                  "IPv6 prefixes are too large to scan; give single IPv6 addresses"));
    if (text.contains(u'-'))
        return failed(QCoreApplication::translate("fleet::discovery",
                                                  "IPv6 ranges are not supported; give single IPv6 addresses"));
    QHostAddress address;
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return failed(QCoreApplication::translate("fleet::discovery",
                                                  "not a valid IPv6 address (write “[address]:port” to give a port)"));
    if (address.isEqual(QHostAddress(QHostAddress::AnyIPv6), QHostAddress::StrictConversion))
        return failed(QCoreApplication::translate("fleet::discovery", "“::” is not a device address"));
    if (address.isMulticast())
        return failed(QCoreApplication::translate("fleet::discovery", "a multicast address is not a device address"));
    AddressSpec spec;
    spec.kind = AddressSpec::Kind::Ipv6;
    spec.host = address.toString();
    spec.port = port;
    return spec;
}

AddressSpec parseCidr(QStringView text, std::optional<quint16> port)
{
    const qsizetype slash = text.indexOf(u'/');
    const QStringView network = text.left(slash);
    const QStringView prefixText = text.mid(slash + 1);
    if (!looksLikeIpv4(network) || network.isEmpty())
        return failed(QCoreApplication::translate("fleet::discovery", "a prefix needs an IPv4 address before “/”"));
    QString why;
    const auto address = parseIpv4(network, &why);
    if (!address)
        return failed(why);
    const uint prefix = isDigits(prefixText) && prefixText.size() <= 2 ? prefixText.toUInt() : 99;
    if (prefix > 32)
        return failed(
            QCoreApplication::translate("fleet::discovery", "the prefix length “%1” is not a number from 0 to 32")
                .arg(prefixText));
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    AddressSpec spec;
    spec.first = *address & mask;
    spec.last = spec.first | ~mask;
    // A /31 is a point-to-point link and a /32 a single host: there is no network or broadcast
    // address to skip (RFC 3021).
    spec.skipNetworkAndBroadcast = prefix <= 30;
    spec.port = port;
    return spec;
}

AddressSpec parseRange(QStringView text, std::optional<quint16> port)
{
    const qsizetype dash = text.indexOf(u'-');
    const QStringView startText = text.left(dash);
    const QStringView endText = text.mid(dash + 1);
    QString why;
    const auto start = parseIpv4(startText, &why);
    if (!start)
        return failed(QCoreApplication::translate("fleet::discovery", "range start: %1").arg(why));
    std::optional<quint32> end;
    if (endText.contains(u'.')) {
        end = parseIpv4(endText, &why);
        if (!end)
            return failed(QCoreApplication::translate("fleet::discovery", "range end: %1").arg(why));
    } else if (isDigits(endText) && endText.size() <= 3 && endText.toUInt() <= 255 &&
               (endText.size() == 1 || endText.front() != u'0')) {
        end = (*start & 0xFFFFFF00u) | endText.toUInt();
    } else {
        return failed(QCoreApplication::translate(
            "fleet::discovery", "the end of a range is an IPv4 address or a last number from 0 to 255"));
    }
    if (*end < *start)
        return failed(QCoreApplication::translate("fleet::discovery", "the range is reversed: %1 comes after %2")
                          .arg(TargetSpec::formatIpv4(*start), TargetSpec::formatIpv4(*end)));
    AddressSpec spec;
    spec.first = *start;
    spec.last = *end;
    spec.port = port;
    return spec;
}

// RFC 1123 host name: labels of 1..63 letters, digits and hyphens, not starting or ending with a
// hyphen, 253 characters in all. The last label may not be all digits (RFC 3696), which keeps
// "10.0.0.300"-like typos from passing as names.
AddressSpec parseDnsName(QStringView text, std::optional<quint16> port)
{
    QString name = text.toString();
    const bool absolute = name.size() > 1 && name.endsWith(u'.');
    if (absolute)
        name.chop(1);
    bool ascii = true;
    for (QChar c : std::as_const(name))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        // Resolvers only take the ASCII form, so that is what the target carries.
        const QByteArray ace = QUrl::toAce(name);
        if (ace.isEmpty())
            return failed(QCoreApplication::translate("fleet::discovery", "not a valid host name"));
        name = QString::fromLatin1(ace);
    }
    if (name.size() > 253)
        return failed(
            QCoreApplication::translate("fleet::discovery", "a host name has at most 253 characters, this one has %1")
                .arg(name.size()));
    const auto labels = QStringView(name).split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty())
            return failed(QCoreApplication::translate("fleet::discovery", "a host name has an empty label"));
        if (label.size() > 63)
            return failed(
                QCoreApplication::translate("fleet::discovery", "the label “%1…” is longer than 63 characters")
                    .arg(label.left(20)));
        for (QChar c : label) {
            if (c == u'_')
                return failed(
                    QCoreApplication::translate("fleet::discovery", "“_” is not allowed in host names (label “%1”)")
                        .arg(label));
            const bool ok =
                (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok)
                return failed(
                    QCoreApplication::translate("fleet::discovery", "“%1” is not allowed in host names").arg(c));
        }
        if (label.front() == u'-' || label.back() == u'-')
            return failed(QCoreApplication::translate("fleet::discovery", "the label “%1” starts or ends with a hyphen")
                              .arg(label));
    }
    if (isDigits(labels.last()))
        return failed(QCoreApplication::translate("fleet::discovery", "not a valid IPv4 address or host name"));
    AddressSpec spec;
    spec.kind = AddressSpec::Kind::DnsName;
    spec.host = absolute ? name + u'.' : name;
    spec.port = port;
    return spec;
}

AddressSpec parseHostPart(QStringView text, std::optional<quint16> port)
{
    if (text.isEmpty())
        return failed(QCoreApplication::translate("fleet::discovery", "the address is missing"));
    if (text.contains(u'/'))
        return parseCidr(text, port);
    if (looksLikeIpv4Range(text))
        return parseRange(text, port);
    if (looksLikeIpv4(text)) {
        QString why;
        const auto address = parseIpv4(text, &why);
        if (!address)
            return failed(why);
        AddressSpec spec;
        spec.first = spec.last = *address;
        spec.port = port;
        return spec;
    }
    return parseDnsName(text, port);
}

} // namespace

QString Target::toString() const
{
    if (port == kDefaultSnmpPort)
        return host;
    if (kind == Kind::Ipv6)
        return u'[' + host + u"]:" + QString::number(port);
    return host + u':' + QString::number(port);
}

QString TargetError::toString() const
{
    const QString where = line > 0 ? origin + u':' + QString::number(line) : origin;
    return where.isEmpty() ? message : where + u": " + message;
}

AddressSpec TargetSpec::parse(QStringView token)
{
    const QStringView text = token.trimmed();
    if (text.isEmpty())
        return failed(QCoreApplication::translate("fleet::discovery", "the address is missing"));
    if (text.front() == u'[') {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return failed(QCoreApplication::translate("fleet::discovery", "“]” is missing after the IPv6 address"));
        const QStringView inner = text.mid(1, close - 1);
        const QStringView rest = text.mid(close + 1);
        std::optional<quint16> port;
        if (!rest.isEmpty()) {
            if (rest.front() != u':')
                return failed(QCoreApplication::translate("fleet::discovery", "only “:port” may follow “]”"));
            QString why;
            port = TargetSpec::parsePort(rest.mid(1), &why);
            if (!port)
                return failed(why);
        }
        if (!inner.contains(u':'))
            return failed(QCoreApplication::translate("fleet::discovery", "brackets are only for IPv6 addresses"));
        return parseIpv6(inner, port);
    }
    const qsizetype colons = text.count(u':');
    if (colons >= 2)
        return parseIpv6(text, std::nullopt);
    if (colons == 1) {
        const qsizetype colon = text.indexOf(u':');
        QString why;
        const auto port = TargetSpec::parsePort(text.mid(colon + 1), &why);
        if (!port)
            return failed(why);
        return parseHostPart(text.left(colon), port);
    }
    return parseHostPart(text, std::nullopt);
}

QStringList TargetSpec::tokens(const QString &spec)
{
    static const QRegularExpression spacedDash(QStringLiteral("\\s*-\\s*"));
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QString text = spec;
    text.replace(spacedDash, QStringLiteral("-"));
    return text.split(separators, Qt::SkipEmptyParts);
}

TargetParseResult TargetSpec::expand(const QStringList &specs, const QStringList &exclusions, qsizetype limit)
{
    TargetListBuilder builder(exclusions, limit);
    for (const QString &spec : specs)
        builder.add(spec, SpecSource{spec.trimmed(), 0, {}});
    return builder.result();
}

QString TargetSpec::formatIpv4(quint32 address)
{
    return QString::number(address >> 24) + u'.' + QString::number((address >> 16) & 0xFF) + u'.' +
           QString::number((address >> 8) & 0xFF) + u'.' + QString::number(address & 0xFF);
}

} // namespace fleet::discovery
