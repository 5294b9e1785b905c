#pragma once
// A set of IPv4 addresses kept as sorted, disjoint, inclusive intervals, so that exclusions such
// as "0.0.0.0/0" and counts over large ranges cost nothing per address.

#include <QList>
#include <QtGlobal>

#include <map>

namespace fleet::discovery {

struct Ipv4Interval
{
    quint32 first = 0;
    quint32 last = 0;

    quint64 size() const { return quint64(last) - first + 1; }
    friend bool operator==(const Ipv4Interval &, const Ipv4Interval &) = default;
};

class Ipv4RangeSet
{
public:
    void add(quint32 first, quint32 last);
    void add(const Ipv4RangeSet &other);
    bool isEmpty() const { return m_intervals.empty(); }
    quint64 size() const;

    // The parts of [first, last] inside / outside this set, in ascending order.
    QList<Ipv4Interval> intersection(quint32 first, quint32 last) const;
    QList<Ipv4Interval> difference(quint32 first, quint32 last) const;

private:
    std::map<quint32, quint32> m_intervals; // first -> last
};

} // namespace fleet::discovery
