#include "discovery/Ipv4RangeSet.h"

namespace fleet::discovery {

void Ipv4RangeSet::add(quint32 first, quint32 last)
{
    Q_ASSERT(first <= last);
    // Merge with every interval that overlaps or touches [first, last]; 64-bit arithmetic keeps
    // "last + 1" from wrapping at 255.255.255.255.
    auto it = m_intervals.upper_bound(first);
    if (it != m_intervals.begin()) {
        auto prev = std::prev(it);
        if (quint64(prev->second) + 1 >= first) {
            first = prev->first;
            last = std::max(last, prev->second);
            it = m_intervals.erase(prev);
        }
    }
    while (it != m_intervals.end() && quint64(it->first) <= quint64(last) + 1) {
        last = std::max(last, it->second);
        it = m_intervals.erase(it);
    }
    m_intervals.emplace(first, last);
}

void Ipv4RangeSet::add(const Ipv4RangeSet &other)
{
    for (const auto &[first, last] : other.m_intervals)
        add(first, last);
}

quint64 Ipv4RangeSet::size() const
{
    quint64 total = 0;
    for (const auto &[first, last] : m_intervals)
        total += quint64(last) - first + 1;
    return total;
}

QList<Ipv4Interval> Ipv4RangeSet::intersection(quint32 first, quint32 last) const
{
    QList<Ipv4Interval> out;
    auto it = m_intervals.upper_bound(first);
    if (it != m_intervals.begin())
        --it;
    for (; it != m_intervals.end() && it->first <= last; ++it) {
        if (it->second < first)
            continue;
        out.append({std::max(first, it->first), std::min(last, it->second)});
    }
    return out;
}

QList<Ipv4Interval> Ipv4RangeSet::difference(quint32 first, quint32 last) const
{
    QList<Ipv4Interval> out;
    quint64 next = first; // first address not yet accounted for; may reach 2^32
    for (const Ipv4Interval &cut : intersection(first, last)) {
        if (cut.first > next)
            out.append({quint32(next), cut.first - 1});
        next = quint64(cut.last) + 1;
    }
    if (next <= last)
        out.append({quint32(next), last});
    return out;
}

} // namespace fleet::discovery
