#include "discovery/TargetListBuilder.h"

#include <QCoreApplication>

namespace fleet::discovery {

namespace {

constexpr quint32 kFirstAfterThisNetwork = 0x01000000; // 1.0.0.0: below is 0.0.0.0/8
constexpr quint32 kFirstMulticast = 0xE0000000;        // 224.0.0.0
constexpr quint32 kFirstReserved = 0xF0000000;         // 240.0.0.0
constexpr quint32 kBroadcast = 0xFFFFFFFF;

// Why an address can never be a device; empty for ordinary addresses (loopback included, as test
// agents listen there).
QString notADeviceReason(quint32 address)
{
    if (address < kFirstAfterThisNetwork)
        return QCoreApplication::translate("fleet::discovery",
                                           "addresses in 0.0.0.0/8 mean “this network”, not a device");
    if (address == kBroadcast)
        return QCoreApplication::translate("fleet::discovery",
                                           "255.255.255.255 is the broadcast address, not a device");
    if (address >= kFirstReserved)
        return QCoreApplication::translate("fleet::discovery", "addresses from 240.0.0.0 up are reserved");
    if (address >= kFirstMulticast)
        return QCoreApplication::translate("fleet::discovery", "a multicast address is not a device address");
    return {};
}

// The first address of pieces that can never be a device, if any.
std::optional<quint32> firstNonDevice(const QList<Ipv4Interval> &pieces)
{
    for (const Ipv4Interval &piece : pieces) {
        if (piece.first < kFirstAfterThisNetwork)
            return piece.first;
        if (piece.last >= kFirstMulticast)
            return std::max(piece.first, kFirstMulticast);
    }
    return std::nullopt;
}

// Host names compare case-insensitively and with or without the final dot.
QString hostKey(const AddressSpec &spec)
{
    QString key = spec.host.toLower();
    if (spec.kind == AddressSpec::Kind::DnsName && key.endsWith(u'.'))
        key.chop(1);
    return key;
}

QString withPort(const QString &key, quint16 port)
{
    return key + u'|' + QString::number(port);
}

} // namespace

TargetListBuilder::TargetListBuilder(const QStringList &exclusions, qsizetype limit)
    : m_limit(std::max<qsizetype>(0, limit))
{
    for (const QString &spec : exclusions) {
        for (const QString &token : TargetSpec::tokens(spec))
            addExclusion(token, spec.trimmed());
    }
}

void TargetListBuilder::addExclusion(const QString &token, const QString &spec)
{
    const AddressSpec parsed = TargetSpec::parse(token);
    if (!parsed.isValid()) {
        m_result.errors.append(
            {spec, 0, token,
             QCoreApplication::translate("fleet::discovery", "exclusion “%1”: %2").arg(token, parsed.error)});
        return;
    }
    if (parsed.kind == AddressSpec::Kind::Ipv4Range) {
        // The whole block: excluding 10.0.0.0/24 also removes .0 and .255 given by a range.
        m_ipv4Exclusions[parsed.port ? int(*parsed.port) : -1].add(parsed.first, parsed.last);
        m_ipv4ExclusionsByPort.clear();
    } else {
        m_hostExclusions.insert(parsed.port ? withPort(hostKey(parsed), *parsed.port) : hostKey(parsed));
    }
}

void TargetListBuilder::add(const QString &spec, const SpecSource &source, const Target &details)
{
    for (const QString &token : TargetSpec::tokens(spec)) {
        const AddressSpec parsed = TargetSpec::parse(token);
        if (parsed.isValid())
            addParsed(parsed, token, source, details);
        else
            fail(source, token, parsed.error);
    }
}

void TargetListBuilder::addError(const SpecSource &source, const QString &text, const QString &message)
{
    m_result.errors.append({source.origin, source.line, source.lineText.isEmpty() ? text : source.lineText, message});
}

void TargetListBuilder::fail(const SpecSource &source, const QString &token, const QString &message)
{
    addError(source, token, QCoreApplication::translate("fleet::discovery", "“%1”: %2").arg(token, message));
}

void TargetListBuilder::addParsed(const AddressSpec &spec, const QString &token, const SpecSource &source,
                                  const Target &details)
{
    Target target = details;
    target.port = spec.port.value_or(details.port);
    target.origin = source.line > 0 ? source.origin + u':' + QString::number(source.line) : source.origin;
    if (spec.kind == AddressSpec::Kind::Ipv4Range)
        addIpv4(spec, token, source, std::move(target));
    else
        addHost(spec, token, source, std::move(target));
}

void TargetListBuilder::addIpv4(const AddressSpec &spec, const QString &token, const SpecSource &source, Target target)
{
    target.kind = Target::Kind::Ipv4;
    const quint32 first = spec.skipNetworkAndBroadcast ? spec.first + 1 : spec.first;
    const quint32 last = spec.skipNetworkAndBroadcast ? spec.last - 1 : spec.last;
    const Ipv4RangeSet &exclusions = ipv4ExclusionsFor(target.port);
    const QList<Ipv4Interval> kept = exclusions.difference(first, last);

    // Counted before anything is built, so "0.0.0.0/0" costs no memory; counted after the
    // exclusions, so a large block with its unwanted parts excluded is still accepted.
    quint64 count = 0;
    for (const Ipv4Interval &piece : kept)
        count += piece.size();
    if (count > quint64(m_limit)) {
        fail(source, token,
             QCoreApplication::translate("fleet::discovery", "expands to %1 addresses, more than the limit of %2")
                 .arg(QString::number(count), QString::number(m_limit)));
        return;
    }
    if (const auto bad = firstNonDevice(kept)) {
        const QString reason = notADeviceReason(*bad);
        fail(source, token,
             spec.first == spec.last ? reason
                                     : QCoreApplication::translate("fleet::discovery", "the range includes %1: %2")
                                           .arg(TargetSpec::formatIpv4(*bad), reason));
        return;
    }

    QList<Target> fresh;
    QList<quint64> keys;
    qsizetype duplicates = 0;
    for (const Ipv4Interval &piece : kept) {
        for (quint64 address = piece.first; address <= piece.last; ++address) {
            const quint64 key = address << 16 | target.port;
            if (m_seenIpv4.contains(key)) {
                ++duplicates;
                continue;
            }
            target.host = TargetSpec::formatIpv4(quint32(address));
            fresh.append(target);
            keys.append(key);
        }
    }
    if (m_result.targets.size() + fresh.size() > m_limit) {
        fail(source, token,
             QCoreApplication::translate("fleet::discovery",
                                         "with the targets before it the list would exceed the limit of %1")
                 .arg(m_limit));
        return;
    }
    m_result.targets.append(fresh);
    for (quint64 key : std::as_const(keys))
        m_seenIpv4.insert(key);
    m_result.duplicateCount += duplicates;
    Ipv4RangeSet &excluded = m_excludedIpv4[target.port];
    for (const Ipv4Interval &hit : exclusions.intersection(first, last))
        excluded.add(hit.first, hit.last);
}

void TargetListBuilder::addHost(const AddressSpec &spec, const QString &token, const SpecSource &source, Target target)
{
    target.kind = spec.kind == AddressSpec::Kind::Ipv6 ? Target::Kind::Ipv6 : Target::Kind::DnsName;
    target.host = spec.host;
    const QString key = withPort(hostKey(spec), target.port);
    if (isHostExcluded(hostKey(spec), target.port)) {
        m_excludedHosts.insert(key);
        return;
    }
    if (m_seenHosts.contains(key)) {
        ++m_result.duplicateCount;
        return;
    }
    if (m_result.targets.size() >= m_limit) {
        fail(source, token,
             QCoreApplication::translate("fleet::discovery",
                                         "with the targets before it the list would exceed the limit of %1")
                 .arg(m_limit));
        return;
    }
    m_seenHosts.insert(key);
    m_result.targets.append(std::move(target));
}

const Ipv4RangeSet &TargetListBuilder::ipv4ExclusionsFor(quint16 port)
{
    auto it = m_ipv4ExclusionsByPort.find(port);
    if (it == m_ipv4ExclusionsByPort.end()) {
        Ipv4RangeSet set = m_ipv4Exclusions.value(-1);
        set.add(m_ipv4Exclusions.value(port));
        it = m_ipv4ExclusionsByPort.insert(port, set);
    }
    return *it;
}

bool TargetListBuilder::isHostExcluded(const QString &host, quint16 port) const
{
    return m_hostExclusions.contains(host) || m_hostExclusions.contains(withPort(host, port));
}

TargetParseResult TargetListBuilder::result() const
{
    TargetParseResult result = m_result;
    for (const Ipv4RangeSet &excluded : m_excludedIpv4)
        result.excludedCount += qsizetype(excluded.size());
    result.excludedCount += m_excludedHosts.size();
    return result;
}

} // namespace fleet::discovery
