#include "collect/Poller.h"

#include "collect/FirmwareVersion.h"
#include "collect/MeterProfileSet.h"
#include "collect/PrinterMib.h"
#include "collect/SnapshotParser.h"
#include "snmp/AsyncSession.h"
#include "snmp/MultiWalk.h"
#include "snmp/SnmpEngine.h"
#include "snmp/SnmpLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <deque>

namespace fleet::collect {

using namespace fleet::snmp;

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::collect::Poller)
};

QList<Oid> statusScalars()
{
    return {mib::sysDescr, mib::sysObjectID, mib::sysUpTime, mib::sysContact, mib::sysName, mib::sysLocation};
}

QList<Oid> statusSubtrees()
{
    QList<Oid> roots = {mib::hrDeviceType,
                        mib::hrDeviceDescr,
                        mib::hrDeviceStatus,
                        mib::hrPrinterStatus,
                        mib::hrPrinterDetectedErrorState,
                        mib::ifPhysAddress,
                        mib::ipAdEntAddr,
                        mib::ipAdEntIfIndex,
                        mib::ipAdEntNetMask,
                        mib::prtGeneralSerialNumber,
                        mib::prtConsoleDisplayBufferText,
                        mib::prtMarkerColorantValue};
    for (quint32 col = 2; col <= 5; ++col)
        roots << mib::prtMarkerTable.child(col);
    for (quint32 col = 3; col <= 9; ++col)
        roots << mib::prtMarkerSuppliesTable.child(col);
    for (quint32 col = 2; col <= 9; ++col)
        roots << mib::prtAlertTable.child(col);
    return roots;
}

QList<Oid> inventorySubtrees()
{
    return {
        mib::ifDescr,       mib::ifType,         mib::ifOperStatus,      mib::hrStorageTable,     mib::prtCoverTable,
        mib::prtInputTable, mib::prtOutputTable, mib::prtMediaPathTable, mib::prtInterpreterTable};
}

// More specific errors beat "no response": a wrong password tells the administrator what to fix.
int errorRank(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return 0;
    case ErrorClass::NoResponse:
        return 1;
    case ErrorClass::DeadlineExceeded:
        return 2;
    default:
        return 3;
    }
}

int defaultDeadlineMs(const PollTarget &t)
{
    // Every credential may time out fully, then the walk itself needs a few round trips.
    qint64 ms = 0;
    for (const Credential &c : t.credentials)
        ms += qint64(c.timeoutMs) * (c.retries + 1);
    const int longest = t.credentials.isEmpty() ? 1500 : t.credentials.first().timeoutMs;
    return int(std::min<qint64>(ms + 20LL * longest + 5000, 10 * 60 * 1000));
}
} // namespace

// One device, on the engine thread.
class DevicePoll final : public std::enable_shared_from_this<DevicePoll>
{
public:
    using Done = std::function<void(DeviceSnapshot)>;
    DevicePoll(PollTarget target, const PollOptions &options, Done done)
        : m_target(std::move(target))
        , m_options(options)
        , m_done(std::move(done))
    {
        m_snap.target = m_target.target;
    }
    ~DevicePoll() { delete m_context; }

    void start()
    {
        m_clock.start();
        m_snap.polledAt = QDateTime::currentDateTimeUtc();
        m_context = new QObject();
        auto *deadline = new QTimer(m_context);
        m_deadline = deadline;
        deadline->setSingleShot(true);
        const int ms = m_options.deviceDeadlineMs > 0 ? m_options.deviceDeadlineMs : defaultDeadlineMs(m_target);
        std::weak_ptr<DevicePoll> weak = shared_from_this();
        QObject::connect(deadline, &QTimer::timeout, m_context, [weak, ms] {
            if (auto self = weak.lock())
                self->onDeadline(ms);
        });
        deadline->start(ms);

        if (m_target.credentials.isEmpty()) {
            finish({ErrorClass::ConfigError, Tr::tr("No credential profile to try.")});
            return;
        }
        QHostAddress literal;
        if (literal.setAddress(m_target.host)) {
            m_address = literal;
            tryCredential(0);
            return;
        }
        QHostInfo::lookupHost(m_target.host, m_context, [weak](const QHostInfo &info) {
            if (auto self = weak.lock())
                self->onResolved(info);
        });
    }

    void cancel() { stop({ErrorClass::Cancelled, Tr::tr("Cancelled.")}); }

private:
    void onResolved(const QHostInfo &info)
    {
        if (m_finished)
            return;
        // Prefer IPv4: printers answer SNMP over IPv4 far more often than over IPv6.
        QList<QHostAddress> addrs = info.addresses();
        std::stable_sort(addrs.begin(), addrs.end(), [](const QHostAddress &a, const QHostAddress &b) {
            return a.protocol() == QHostAddress::IPv4Protocol && b.protocol() != QHostAddress::IPv4Protocol;
        });
        if (info.error() != QHostInfo::NoError || addrs.isEmpty()) {
            finish({ErrorClass::DnsFailure, Tr::tr("Cannot resolve %1: %2").arg(m_target.host, info.errorString())});
            return;
        }
        m_address = addrs.first();
        tryCredential(0);
    }

    void tryCredential(int i)
    {
        if (m_finished)
            return;
        if (i >= m_target.credentials.size()) {
            finish(m_bestError);
            return;
        }
        m_credentialIndex = i;
        const Credential &cred = m_target.credentials.at(i);
        Error openError;
        m_session = AsyncSession::open(SnmpEngine::instance(), m_address, m_target.port, cred, &openError);
        m_snap.address = m_address.protocol() == QHostAddress::IPv6Protocol
                             ? QStringLiteral("[%1]:%2").arg(m_address.toString()).arg(m_target.port)
                             : QStringLiteral("%1:%2").arg(m_address.toString()).arg(m_target.port);
        if (!m_session) {
            noteError(openError);
            tryCredential(i + 1);
            return;
        }
        MultiWalk::Limits limits;
        limits.varbindBudget = m_options.varbindBudget;
        m_walk = std::make_shared<MultiWalk>(m_session, limits);
        m_walk->addScalars(statusScalars());
        m_walk->addSubtrees(statusSubtrees());
        // GETBULK ends an absent ENTITY-MIB column with endOfMibView inside a request it sends anyway.
        // An SNMPv1 agent whose MIB ends before it answers noSuchName instead, one more round trip per
        // column. Limit: over SNMPv1 the version comes only from the descriptions and vendor objects.
        if (cred.version != Version::V1)
            m_walk->addSubtrees(firmware::entitySubtrees());
        if (m_options.depth == PollDepth::Inventory) {
            m_walk->addScalars({mib::hrMemorySize});
            m_walk->addSubtrees(inventorySubtrees());
        }
        m_profile = nullptr;
        m_walk->setOnProgress([this](MultiWalk &walk, const QMap<Oid, Value> &values) {
            // Once sysObjectID is known, the vendor's meters and firmware object ride along with the rest of the walk.
            if (m_profile || m_profileLookedUp)
                return;
            const auto it = values.constFind(mib::sysObjectID);
            if (it == values.cend())
                return;
            m_profileLookedUp = true;
            walk.addScalars(firmware::vendorScalars(it->oid()));
            walk.addSubtrees(firmware::vendorSubtrees(it->oid()));
            m_profile = MeterProfileSet::builtin().match(it->oid());
            if (m_profile) {
                walk.addScalars(m_profile->scalarOids());
                walk.addSubtrees(m_profile->tableColumns());
            }
        });
        m_profileLookedUp = false;
        std::weak_ptr<DevicePoll> weak = shared_from_this();
        m_walk->start([weak](WalkResult r) {
            if (auto self = weak.lock())
                self->onWalkDone(std::move(r));
        });
    }

    void onWalkDone(WalkResult r)
    {
        if (m_finished)
            return;
        m_requests += r.requests;
        const bool staleEngineId = m_session && m_session->usedCachedEngineId();
        if (m_session) {
            m_session->close();
            m_session.reset();
        }
        if (r.values.isEmpty() && r.error.cls == ErrorClass::UnknownUser && staleEngineId && !m_rediscovered) {
            // The cached engine ID was stale (the session dropped it): discover again, same credential.
            m_rediscovered = true;
            tryCredential(m_credentialIndex);
            return;
        }
        if (r.values.isEmpty() && r.error) {
            noteError(r.error);
            if (r.error.cls == ErrorClass::DeadlineExceeded || r.error.cls == ErrorClass::Cancelled) {
                finish(r.error);
                return;
            }
            tryCredential(m_credentialIndex + 1);
            return;
        }
        m_snap.reachable = true;
        m_snap.credentialName = m_target.credentials.at(m_credentialIndex).name;
        m_snap.warnings += r.warnings;
        // Parsing is pure CPU: a pool thread does it so the engine thread keeps serving sockets.
        // Until it is back, nothing on the engine thread touches m_snap (stop() waits it out).
        m_parsing = true;
        auto self = shared_from_this();
        QThreadPool::globalInstance()->start([self, r = std::move(r)] {
            self->parse(r);
            SnmpEngine::instance().post([self, error = r.error] {
                self->m_parsing = false;
                self->finish(error);
            });
        });
    }

    void parse(const WalkResult &r)
    {
        parseStandardMibs(r.values, m_snap);
        m_snap.printer = looksLikePrinter(r.values);
        addPrinterMibMeters(r);
        addVendorMeters(r);
    }

    void addPrinterMibMeters(const WalkResult &r)
    {
        std::optional<quint64> total;
        bool allImpressions = true;
        for (const Marker &m : std::as_const(m_snap.counters.markers)) {
            if (!m.lifeCount)
                continue;
            Meter meter;
            meter.name = QStringLiteral("marker.%1.%2").arg(m.hrDeviceIndex).arg(m.index);
            meter.value = *m.lifeCount;
            meter.unit = m.unit ? (m.unit->name.isEmpty() ? QString::number(m.unit->value) : m.unit->name) : QString();
            const Oid oid = mib::prtMarkerTable.child(4).appended({quint32(m.hrDeviceIndex), quint32(m.index)});
            meter.oid = oid.toString();
            meter.rawValue = r.values.value(oid).toDisplayString();
            meter.source = QStringLiteral("printer-mib");
            meter.readAt = m_snap.polledAt;
            m_snap.counters.meters.append(meter);
            total = total.value_or(0) + *m.lifeCount;
            allImpressions = allImpressions && (!m.unit || m.unit->value == 7);
        }
        if (total && allImpressions)
            m_snap.counters.lifetimeImpressions = total;
    }

    void addVendorMeters(const WalkResult &r)
    {
        if (!m_profile)
            return;
        QHash<Oid, Value> values;
        values.reserve(r.values.size());
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            values.insert(it.key(), it.value());
        const QList<Meter> meters = m_profile->extract(values, m_snap.polledAt);
        m_snap.counters.meters += meters;
        if (!m_snap.counters.lifetimeImpressions) {
            for (const Meter &m : meters)
                if (m.name == u"total" && m.unit == u"impressions")
                    m_snap.counters.lifetimeImpressions = m.value;
        }
    }

    void onDeadline(int ms)
    {
        stop({ErrorClass::DeadlineExceeded,
              Tr::tr("The device did not finish within its deadline of %1 s.").arg(double(ms) / 1000.0, 0, 'f', 1)});
    }

    void stop(const Error &why)
    {
        if (m_finished || m_parsing) // a parse is bounded and finishes on its own
            return;
        if (m_walk && m_session) {
            m_walk->cancel(why); // reports partial data through onWalkDone
            // The partial data may now be parsing on a pool thread, which finishes the poll when it is done;
            // finishing here would hand m_snap on while that thread still writes it.
            if (!m_finished && !m_parsing)
                finish(why);
            return;
        }
        finish(why);
    }

    void noteError(const Error &e)
    {
        if (errorRank(e.cls) >= errorRank(m_bestError.cls))
            m_bestError = e;
    }

    void finish(const Error &error)
    {
        Q_ASSERT(!m_parsing);
        if (m_finished)
            return;
        m_finished = true;
        if (m_session) {
            m_requests += m_session->requestsSent();
            m_session->close();
            m_session.reset();
        }
        m_snap.error = error;
        m_snap.durationMs = m_clock.elapsed();
        m_snap.requests = m_requests;
        if (!m_snap.reachable)
            m_snap.status.overall = OverallStatus::Offline;
        // Deferred: we may be inside the deadline timer's or the name lookup's own callback.
        if (m_deadline)
            m_deadline->stop();
        if (m_context)
            m_context->deleteLater();
        m_context = nullptr;
        m_deadline = nullptr;
        Done done = std::exchange(m_done, nullptr);
        if (done)
            done(std::move(m_snap));
    }

    PollTarget m_target;
    PollOptions m_options;
    Done m_done;
    DeviceSnapshot m_snap;
    QElapsedTimer m_clock;
    QObject *m_context = nullptr;
    QTimer *m_deadline = nullptr;
    QHostAddress m_address;
    std::shared_ptr<AsyncSession> m_session;
    std::shared_ptr<MultiWalk> m_walk;
    const MeterProfile *m_profile = nullptr;
    bool m_profileLookedUp = false;
    Error m_bestError{ErrorClass::NoResponse, Tr::tr("No response.")};
    int m_credentialIndex = 0;
    int m_requests = 0;
    bool m_finished = false;
    bool m_parsing = false;
    bool m_rediscovered = false;
};

// The queue of one start() call, on the engine thread.
class PollRun final : public std::enable_shared_from_this<PollRun>
{
public:
    PollRun(Poller *sink, quint64 id, QList<PollTarget> targets, const PollOptions &options)
        : m_sink(sink)
        , m_id(id)
        , m_queue(targets.cbegin(), targets.cend())
        , m_options(options)
    {
        m_options.concurrency = std::clamp(m_options.concurrency, 1, 4096);
    }

    void detach()
    {
        QMutexLocker lock(&m_sinkLock);
        m_sink = nullptr;
    }

    // Engine thread.
    void pump()
    {
        if (m_cancelled) {
            if (m_active.isEmpty())
                reportFinished();
            return;
        }
        if (!m_context)
            m_context = std::make_unique<QObject>();
        while (!m_queue.empty() && int(m_active.size()) < m_options.concurrency) {
            if (m_options.startsPerSecond > 0) {
                const qint64 due = m_started * 1000LL / m_options.startsPerSecond;
                if (!m_rateClock.isValid())
                    m_rateClock.start();
                const qint64 wait = due - m_rateClock.elapsed();
                if (wait > 0) {
                    if (!m_pumpScheduled) {
                        m_pumpScheduled = true;
                        std::weak_ptr<PollRun> weak = shared_from_this();
                        QTimer::singleShot(int(wait), m_context.get(), [weak] {
                            if (auto self = weak.lock()) {
                                self->m_pumpScheduled = false;
                                self->pump();
                            }
                        });
                    }
                    return;
                }
            }
            PollTarget t = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_started;
            startJob(std::move(t));
        }
        if (m_queue.empty() && m_active.isEmpty())
            reportFinished();
    }

    void cancel()
    {
        m_cancelled = true;
        m_queue.clear();
        const auto active = m_active;
        for (const auto &job : active)
            job->cancel();
        if (m_active.isEmpty())
            reportFinished();
    }

private:
    void startJob(PollTarget t)
    {
        std::weak_ptr<PollRun> weak = shared_from_this();
        auto key = std::make_shared<DevicePoll *>(nullptr);
        auto job = std::make_shared<DevicePoll>(std::move(t), m_options, [weak, key](DeviceSnapshot snap) {
            auto self = weak.lock();
            if (!self)
                return;
            self->report(snap);
            // The job is still on the stack: release it from the event loop, then refill.
            SnmpEngine::instance().post([weak, key] {
                if (auto run = weak.lock()) {
                    run->m_active.remove(*key);
                    run->pump();
                }
            });
        });
        *key = job.get();
        m_active.insert(job.get(), job);
        job->start();
    }

    void reportFinished()
    {
        if (m_finishedReported)
            return;
        m_finishedReported = true;
        QMutexLocker lock(&m_sinkLock);
        if (!m_sink)
            return;
        Poller *sink = m_sink;
        const quint64 id = m_id;
        QMetaObject::invokeMethod(
            sink, [sink, id] { sink->onRunFinished(id); }, Qt::QueuedConnection);
    }

    void report(const DeviceSnapshot &snap)
    {
        QMutexLocker lock(&m_sinkLock);
        if (!m_sink)
            return;
        Poller *sink = m_sink;
        const quint64 id = m_id;
        QMetaObject::invokeMethod(
            sink, [sink, id, snap] { sink->onDeviceFinished(id, snap); }, Qt::QueuedConnection);
    }

    friend class Poller;
    QMutex m_sinkLock;
    Poller *m_sink;
    quint64 m_id;
    std::deque<PollTarget> m_queue;
    PollOptions m_options;
    QHash<DevicePoll *, std::shared_ptr<DevicePoll>> m_active;
    std::unique_ptr<QObject> m_context;
    QElapsedTimer m_rateClock;
    qint64 m_started = 0;
    bool m_pumpScheduled = false;
    bool m_cancelled = false;
    bool m_finishedReported = false;
};

} // namespace fleet::collect

namespace fleet::collect {

Poller::Poller(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fleet::DeviceSnapshot>();
}

Poller::~Poller()
{
    cancel();
}

void Poller::start(const QList<PollTarget> &targets, const PollOptions &options)
{
    cancel();
    m_done = 0;
    m_total = int(targets.size());
    m_running = true;
    auto run = std::make_shared<PollRun>(this, ++m_runId, targets, options);
    m_run = run;
    SnmpEngine::instance().post([run] { run->pump(); });
}

void Poller::cancel()
{
    if (!m_run)
        return;
    auto run = std::exchange(m_run, nullptr);
    run->detach();
    SnmpEngine::instance().post([run] { run->cancel(); });
    if (m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

void Poller::onDeviceFinished(quint64 runId, const DeviceSnapshot &snapshot)
{
    if (runId != m_runId || !m_running)
        return;
    ++m_done;
    Q_EMIT deviceFinished(snapshot);
    Q_EMIT progress(m_done, m_total);
}

void Poller::onRunFinished(quint64 runId)
{
    if (runId != m_runId || !m_running)
        return;
    m_running = false;
    m_run.reset();
    Q_EMIT finished();
}

PollTarget Poller::targetFromString(const QString &spec, const QList<snmp::Credential> &credentials)
{
    PollTarget t;
    t.target = spec.trimmed();
    t.credentials = credentials;
    QString host = t.target;
    if (host.startsWith(u'[')) { // [v6]:port
        const qsizetype close = host.indexOf(u']');
        const QString rest = close > 0 ? host.mid(close + 1) : QString();
        if (rest.startsWith(u':'))
            t.port = quint16(rest.mid(1).toUInt());
        host = close > 0 ? host.mid(1, close - 1) : host.mid(1);
    } else if (host.count(u':') == 1) {
        const qsizetype colon = host.indexOf(u':');
        bool ok = false;
        const uint port = host.mid(colon + 1).toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            t.port = quint16(port);
        host = host.left(colon);
    }
    t.host = host;
    return t;
}

} // namespace fleet::collect
