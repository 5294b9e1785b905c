#include "schedule/Clock.h"

namespace fleet::schedule {

TestClock::TestClock(QDateTime start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{}

void TestClock::setNow(const QDateTime &now)
{
    m_now = now.toUTC();
    Q_EMIT changed();
}

void TestClock::advance(std::chrono::seconds by)
{
    setNow(m_now.addSecs(by.count()));
}

} // namespace fleet::schedule
