#include "discovery/DiscoveryJob.h"

#include <QCoreApplication>

namespace fleet::discovery {

DiscoveryJob::DiscoveryJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fleet::discovery::DiscoveryProgress>();
    qRegisterMetaType<fleet::discovery::DiscoveryResult>();
    connect(&m_poller, &collect::Poller::deviceFinished, this, [this](const DeviceSnapshot &s) {
        if (!s.reachable)
            m_result.failed << s;
        else if (!s.printer)
            m_result.skipped << s;
        else
            m_result.printers << s;
    });
    connect(&m_poller, &collect::Poller::progress, this, [this](int done, int total) {
        DiscoveryProgress p;
        p.done = done;
        p.total = total;
        p.found = int(m_result.printers.size());
        const qint64 ms = m_clock.elapsed();
        if (done > 0 && ms > 0)
            p.etaSeconds = int(double(total - done) * double(ms) / double(done) / 1000.0 + 0.5);
        Q_EMIT progress(p);
    });
    connect(&m_poller, &collect::Poller::finished, this, [this] {
        m_result.cancelled = m_cancelled;
        m_result.finishedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT finished(m_result);
    });
}

void DiscoveryJob::start(const QList<Target> &targets, const QList<snmp::Credential> &credentials,
                         const QList<snmp::Credential> &namedProfiles, collect::PollOptions options)
{
    m_result = {};
    m_refused.clear();
    m_cancelled = false;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    QList<collect::PollTarget> polls;
    polls.reserve(targets.size());
    for (const Target &t : targets) {
        collect::PollTarget pt;
        pt.target = t.toString();
        pt.host = t.host;
        pt.port = t.port;
        pt.credentials = credentials;
        if (!t.credentialProfile.isEmpty()) {
            auto it = std::find_if(namedProfiles.cbegin(), namedProfiles.cend(),
                                   [&](const snmp::Credential &c) { return c.name == t.credentialProfile; });
            if (it == namedProfiles.cend()) {
                m_refused << QCoreApplication::translate("fleet::discovery", "%1: no credential profile named %2.")
                                 .arg(t.origin, t.credentialProfile);
                continue;
            }
            pt.credentials = {*it};
        }
        polls << pt;
    }
    m_clock.start();
    m_poller.start(polls, options); // finishes (asynchronously) even when nothing is left to poll
}

void DiscoveryJob::cancel()
{
    m_cancelled = true;
    m_poller.cancel();
}

} // namespace fleet::discovery
