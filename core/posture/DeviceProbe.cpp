#include "posture/DeviceProbe.h"

#include "actions/SnmpCall.h"
#include "snmp/SnmpEngine.h"

#include <QHostInfo>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace fleet::posture {

namespace {
const snmp::Oid kSysObjectId{1, 3, 6, 1, 2, 1, 1, 2, 0};
const snmp::Oid kSysLocation{1, 3, 6, 1, 2, 1, 1, 6, 0};

snmp::Credential communityCredential(snmp::Version version, const QString &community, int timeoutMs)
{
    snmp::Credential c;
    c.name = QStringLiteral("posture probe");
    c.version = version;
    c.community = community;
    c.timeoutMs = timeoutMs;
    c.retries = 0; // one attempt: the probe must stay polite
    return c;
}

bool cleanAnswer(const snmp::Response &r)
{
    return actions::snmpProblem(r).isEmpty() && !r.varbinds.isEmpty();
}

// On the SNMP engine thread: forget any engine ID learnt earlier (so a stale cache entry cannot
// pass for an answer), send one request as a user nobody has; the agent is SNMPv3-capable when it
// answered the engine discovery (the engine ID is then cached again) or reported on the user.
void probeV3OnEngine(const QHostAddress &address, quint16 port, const QString &user, int timeoutMs,
                     std::function<void(Observed, QString)> deliver)
{
    snmp::SnmpEngine &engine = snmp::SnmpEngine::instance();
    engine.post([&engine, address, port, user, timeoutMs, deliver] {
        const QString peer = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("udp6:[%1]:%2").arg(address.toString()).arg(port)
                                 : QStringLiteral("udp:%1:%2").arg(address.toString()).arg(port);
        engine.forgetEngineId(peer);
        snmp::Credential c;
        c.name = QStringLiteral("posture probe v3");
        c.version = snmp::Version::V3;
        c.user = user;
        c.level = snmp::SecurityLevel::NoAuthNoPriv;
        c.timeoutMs = timeoutMs;
        c.retries = 0;
        snmp::Error error;
        auto session = snmp::AsyncSession::open(engine, address, port, c, &error);
        if (!session) {
            deliver(Observed::NotTested, error.message);
            return;
        }
        session->get({kSysObjectId}, [session, &engine, peer, deliver](const snmp::Response &r) {
            const bool discovered = !engine.cachedEngineId(peer).isEmpty();
            const bool reported =
                r.error.cls != snmp::ErrorClass::NoResponse && r.error.cls != snmp::ErrorClass::DeadlineExceeded &&
                r.error.cls != snmp::ErrorClass::ConfigError && r.error.cls != snmp::ErrorClass::Internal &&
                r.error.cls != snmp::ErrorClass::Cancelled;
            deliver(discovered || reported ? Observed::Yes : Observed::No, r.error.message);
            session->close();
        });
    });
}
} // namespace

QList<ServicePort> ProbeOptions::defaultPorts()
{
    QList<ServicePort> ports;
    for (Service s : allServices())
        ports.append({s, defaultPort(s)});
    return ports;
}

bool splitHostPort(const QString &address, QString *host, quint16 *port)
{
    QString h = address.trimmed();
    quint16 p = 161;
    if (h.startsWith(u'[')) {
        const qsizetype close = h.indexOf(u']');
        if (close < 0)
            return false;
        const QString rest = h.mid(close + 1);
        h = h.mid(1, close - 1);
        if (!rest.isEmpty()) {
            bool ok = false;
            p = rest.startsWith(u':') ? rest.mid(1).toUShort(&ok) : 0;
            if (!ok || p == 0)
                return false;
        }
    } else if (h.count(u':') == 1) {
        bool ok = false;
        p = h.section(u':', 1).toUShort(&ok);
        if (!ok || p == 0)
            return false;
        h = h.section(u':', 0, 0);
    }
    if (h.isEmpty())
        return false;
    *host = h;
    *port = p;
    return true;
}

DeviceProbe::DeviceProbe(qint64 deviceId, const QString &address, const ProbeOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_address(address)
{
    m_result.deviceId = deviceId;
}

void DeviceProbe::start()
{
    m_result.probedAt = QDateTime::currentDateTimeUtc();
    QString host;
    quint16 port = 161;
    if (!splitHostPort(m_address, &host, &port)) {
        m_result.error = tr("The stored address %1 is not HOST:PORT.").arg(m_address);
        finish();
        return;
    }
    m_result.host = host;
    m_result.snmpPort = port;
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        probe(literal);
        return;
    }
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (info.addresses().isEmpty()) {
            m_result.error = tr("The name %1 does not resolve: %2").arg(host, info.errorString());
            finish();
            return;
        }
        probe(info.addresses().constFirst());
    });
}

void DeviceProbe::probe(const QHostAddress &address)
{
    m_ip = address;
    // Every step below holds one count; the probe finishes when the last one is done.
    m_pending = 1;
    probeCommunities();
    probeV3();
    for (const ServicePort &p : std::as_const(m_options.ports))
        probePort(p);
    stepDone();
}

void DeviceProbe::probeCommunities()
{
    const QString host = m_ip.toString();
    const QList<snmp::Version> versions{snmp::Version::V1, snmp::Version::V2c};
    auto remaining = std::make_shared<int>(int(versions.size() * m_options.communities.size()));
    if (*remaining == 0)
        return;
    ++m_pending; // the GETs and the write test that follows them
    for (snmp::Version version : versions) {
        for (const QString &community : std::as_const(m_options.communities)) {
            actions::snmpGet(
                host, m_result.snmpPort, communityCredential(version, community, m_options.snmpTimeoutMs),
                {kSysObjectId}, this, [this, version, community, remaining](const snmp::Response &r) {
                    if (cleanAnswer(r))
                        m_result.defaultCommunities.append({version, community});
                    if (--*remaining > 0)
                        return;
                    // Stable order whatever the answers' order was.
                    std::sort(m_result.defaultCommunities.begin(), m_result.defaultCommunities.end(),
                              [this](const CommunityAnswer &a, const CommunityAnswer &b) {
                                  if (a.version != b.version)
                                      return a.version < b.version;
                                  return m_options.communities.indexOf(a.community) <
                                         m_options.communities.indexOf(b.community);
                              });
                    // The write test uses v2c where it answered, else v1; the last
                    // configured community first ("private" is the usual write one).
                    QStringList seen;
                    for (qsizetype i = m_options.communities.size() - 1; i >= 0; --i) {
                        const QString &c = m_options.communities.at(i);
                        for (snmp::Version v : {snmp::Version::V2c, snmp::Version::V1}) {
                            const bool answered = std::any_of(
                                m_result.defaultCommunities.cbegin(), m_result.defaultCommunities.cend(),
                                [&](const CommunityAnswer &a) { return a.version == v && a.community == c; });
                            if (answered && !seen.contains(c)) {
                                seen.append(c);
                                m_writeCandidates.append({v, c});
                            }
                        }
                    }
                    nextWriteCandidate();
                });
        }
    }
}

// Per candidate: read sysLocation, then SET it to exactly the value read (same type, same bytes),
// so an accepted SET proves write access without changing anything.
void DeviceProbe::nextWriteCandidate()
{
    if (m_writeCandidates.isEmpty()) {
        if (m_result.writeAccepted != Observed::Yes) {
            m_result.writeAccepted = m_setSent ? Observed::No : Observed::NotTested;
            m_result.writeNote = m_writeNotes.isEmpty() ? tr("No default community answered, so no SET was tried.")
                                                        : m_writeNotes.join(QStringLiteral(" "));
        }
        stepDone();
        return;
    }
    const CommunityAnswer candidate = m_writeCandidates.takeFirst();
    const snmp::Credential credential =
        communityCredential(candidate.version, candidate.community, m_options.snmpTimeoutMs);
    const QString host = m_ip.toString();
    actions::snmpGet(
        host, m_result.snmpPort, credential, {kSysLocation}, this,
        [this, candidate, credential, host](const snmp::Response &read) {
            if (!cleanAnswer(read) || read.varbinds.constFirst().oid != kSysLocation) {
                m_writeNotes.append(tr("Not tested with \"%1\": sysLocation could not be read (%2).")
                                        .arg(candidate.community, actions::snmpProblem(read)));
                nextWriteCandidate();
                return;
            }
            m_setSent = true;
            const snmp::VarBind same = read.varbinds.constFirst();
            actions::snmpSet(
                host, m_result.snmpPort, credential, {same}, this, [this, candidate](const snmp::Response &written) {
                    const QString problem = actions::snmpProblem(written);
                    if (problem.isEmpty() && written.errorStatus == 0) {
                        m_result.writeAccepted = Observed::Yes;
                        m_result.writeCommunity = candidate.community;
                        m_result.writeNote = tr("A SET of sysLocation to its own value was accepted "
                                                "with \"%1\".")
                                                 .arg(candidate.community);
                        m_writeCandidates.clear();
                        stepDone();
                        return;
                    }
                    m_writeNotes.append(tr("SET refused with \"%1\": %2").arg(candidate.community, problem));
                    nextWriteCandidate();
                });
        });
}

void DeviceProbe::probeV3()
{
    ++m_pending;
    QPointer<DeviceProbe> guard(this);
    probeV3OnEngine(m_ip, m_result.snmpPort, m_options.v3ProbeUser, m_options.snmpTimeoutMs,
                    [guard](Observed seen, const QString &message) {
                        if (!guard)
                            return;
                        QMetaObject::invokeMethod(
                            guard.data(),
                            [guard, seen, message] {
                                if (!guard)
                                    return;
                                guard->m_result.v3 = seen;
                                qCDebug(lcPosture) << guard->m_address << "SNMPv3" << observedName(seen) << message;
                                guard->stepDone();
                            },
                            Qt::QueuedConnection);
                    });
}

void DeviceProbe::probePort(const ServicePort &port)
{
    ++m_pending;
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket, port](PortState state) {
        if (socket->property("done").toBool())
            return;
        socket->setProperty("done", true);
        m_result.services.append({port.service, port.port, state});
        socket->abort(); // nothing is sent: the handshake alone answers the question
        socket->deleteLater();
        stepDone();
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(PortState::Open); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done](QAbstractSocket::SocketError e) {
        done(e == QAbstractSocket::ConnectionRefusedError ? PortState::Closed : PortState::NoAnswer);
    });
    connect(timer, &QTimer::timeout, this, [done] { done(PortState::NoAnswer); });
    timer->start(m_options.tcpTimeoutMs);
    socket->connectToHost(m_ip, port.port);
}

void DeviceProbe::stepDone()
{
    if (--m_pending == 0)
        finish();
}

void DeviceProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    std::sort(m_result.services.begin(), m_result.services.end(),
              [](const ServiceResult &a, const ServiceResult &b) { return a.port < b.port; });
    emit finished(m_result);
}

} // namespace fleet::posture
