#pragma once
// Collects targets from many specs (typed or from a file) into one list: applies exclusions,
// drops duplicates keeping the first, enforces the size limit and records every refusal.

#include "discovery/Ipv4RangeSet.h"
#include "discovery/TargetSpec.h"

#include <QHash>
#include <QSet>

namespace fleet::discovery {

// Where a spec came from, for Target::origin and TargetError.
struct SpecSource
{
    QString origin;   // the spec as typed, or the file name
    int line = 0;     // 1-based line in a file; 0 for typed specs
    QString lineText; // the whole line, reported as TargetError::text for files
};

class TargetListBuilder
{
public:
    // Exclusions are fixed first so every spec is filtered the same way whatever its position.
    explicit TargetListBuilder(const QStringList &exclusions = {}, qsizetype limit = kDefaultTargetLimit);

    // Adds every token of spec. details supplies name, location, credential profile and the port
    // for tokens that do not name one; its host and origin are ignored.
    void add(const QString &spec, const SpecSource &source, const Target &details = {});
    void addError(const SpecSource &source, const QString &text, const QString &message);

    TargetParseResult result() const;

private:
    void addParsed(const AddressSpec &spec, const QString &token, const SpecSource &source, const Target &details);
    void addIpv4(const AddressSpec &spec, const QString &token, const SpecSource &source, Target target);
    void addHost(const AddressSpec &spec, const QString &token, const SpecSource &source, Target target);
    void addExclusion(const QString &token, const QString &spec);
    const Ipv4RangeSet &ipv4ExclusionsFor(quint16 port);
    bool isHostExcluded(const QString &host, quint16 port) const;
    void fail(const SpecSource &source, const QString &token, const QString &message);

    qsizetype m_limit;
    TargetParseResult m_result;

    // Exclusions: key -1 applies to every port.
    QHash<int, Ipv4RangeSet> m_ipv4Exclusions;
    QHash<quint16, Ipv4RangeSet> m_ipv4ExclusionsByPort; // cache: any-port plus that port
    QSet<QString> m_hostExclusions;                      // "host" or "host|port"

    QSet<quint64> m_seenIpv4;  // address << 16 | port
    QSet<QString> m_seenHosts; // "host|port", host normalised
    QHash<quint16, Ipv4RangeSet> m_excludedIpv4;
    QSet<QString> m_excludedHosts;
};

} // namespace fleet::discovery
