#include "discovery/CredentialTester.h"

#include "discovery/TargetSpec.h"
#include "snmp/SnmpEngine.h"

#include <QHostInfo>
#include <QLoggingCategory>

namespace fleet::discovery {

namespace {
Q_LOGGING_CATEGORY(lcCredentialTest, "fleet.discovery.credentialtest", QtInfoMsg)
} // namespace

CredentialTester::CredentialTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<fleet::discovery::CredentialTestResult>();
    connect(&m_poller, &collect::Poller::deviceFinished, this, &CredentialTester::onDevice);
}

std::optional<TestHost> CredentialTester::parseHost(const QString &text, QString *why)
{
    const auto refuse = [why](const QString &message) -> std::optional<TestHost> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QStringList tokens = TargetSpec::tokens(text);
    if (tokens.isEmpty())
        return refuse(tr("Enter the host name or address of one device."));
    if (tokens.size() > 1)
        return refuse(tr("Enter one host, not a list: “%1”.").arg(text.trimmed()));
    const AddressSpec spec = TargetSpec::parse(tokens.first());
    if (!spec.isValid())
        return refuse(tr("“%1”: %2").arg(tokens.first(), spec.error));
    TestHost host;
    host.port = spec.port.value_or(kDefaultSnmpPort);
    if (spec.kind == AddressSpec::Kind::Ipv4Range) {
        if (spec.first != spec.last)
            return refuse(tr("“%1” is a range: a credential test asks one device.").arg(tokens.first()));
        host.host = TargetSpec::formatIpv4(spec.first);
    } else {
        host.host = spec.host;
    }
    return host;
}

void CredentialTester::start(const QString &host, const snmp::Credential &credential)
{
    // A probe being replaced ends silently: its result would only describe the previous attempt.
    ++m_generation;
    m_poller.cancel();
    m_running = true;
    m_host = host.trimmed();
    m_credential = credential;

    QString why;
    const std::optional<TestHost> parsed = parseHost(host, &why);
    if (!parsed) {
        finishLater({snmp::ErrorClass::ConfigError, why});
        return;
    }
    if (const QString problem = credential.validate(); !problem.isEmpty()) {
        finishLater({snmp::ErrorClass::ConfigError, problem});
        return;
    }
    m_target = *parsed;
    qCInfo(lcCredentialTest) << "testing" << credential.describe() << "on" << m_host;
    QHostAddress literal;
    if (literal.setAddress(m_target.host)) {
        probe(literal);
        return;
    }
    // Resolved here rather than by the poller: the engine-ID cache is keyed by address.
    QHostInfo::lookupHost(m_target.host, this,
                          [this, generation = m_generation](const QHostInfo &info) { onResolved(generation, info); });
}

void CredentialTester::finishLater(const snmp::Error &error)
{
    CredentialTestResult refused;
    refused.host = m_host;
    refused.error = error;
    // Queued, so callers see the same order of events whether or not the probe ran.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, refused] {
            if (generation == m_generation && m_running)
                finishWith(refused);
        },
        Qt::QueuedConnection);
}

void CredentialTester::onResolved(quint64 generation, const QHostInfo &info)
{
    if (generation != m_generation || !m_running)
        return;
    // Prefer IPv4 as the poller does: printers answer SNMP over IPv4 far more often.
    QList<QHostAddress> addresses = info.addresses();
    std::stable_sort(addresses.begin(), addresses.end(), [](const QHostAddress &a, const QHostAddress &b) {
        return a.protocol() == QHostAddress::IPv4Protocol && b.protocol() != QHostAddress::IPv4Protocol;
    });
    if (info.error() != QHostInfo::NoError || addresses.isEmpty()) {
        CredentialTestResult failed;
        failed.host = m_host;
        failed.error = {snmp::ErrorClass::DnsFailure,
                        tr("Cannot resolve %1: %2").arg(m_target.host, info.errorString())};
        finishWith(failed);
        return;
    }
    probe(addresses.first());
}

void CredentialTester::probe(const QHostAddress &address)
{
    // Limit: the key repeats AsyncSession's private "udp:host:port" form; if that changes, a wrong
    // privacy passphrase after an earlier poll shows as noResponse (tst_credentialtester notices).
    const QString peer = address.protocol() == QHostAddress::IPv6Protocol
                             ? QStringLiteral("udp6:[%1]:%2").arg(address.toString()).arg(m_target.port)
                             : QStringLiteral("udp:%1:%2").arg(address.toString()).arg(m_target.port);
    // Posted before the poll, which the engine thread runs after it.
    snmp::SnmpEngine::instance().post([peer] { snmp::SnmpEngine::instance().forgetEngineId(peer); });

    collect::PollTarget target;
    target.target = m_host;
    target.host = address.toString();
    target.port = m_target.port;
    target.credentials = {m_credential};
    collect::PollOptions options;
    options.concurrency = 1;
    options.depth = collect::PollDepth::Status;
    m_poller.start({target}, options);
}

void CredentialTester::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_poller.cancel();
    CredentialTestResult result;
    result.host = m_host;
    result.error = {snmp::ErrorClass::Cancelled, tr("Cancelled.")};
    finishWith(result);
}

void CredentialTester::onDevice(const DeviceSnapshot &snapshot)
{
    if (!m_running)
        return;
    CredentialTestResult result;
    result.host = m_host;
    result.address = snapshot.address;
    result.answered = snapshot.reachable;
    result.error = snapshot.error;
    result.sysName = snapshot.identity.sysName;
    result.sysDescr = snapshot.identity.sysDescr;
    result.sysObjectID = snapshot.identity.sysObjectID;
    result.manufacturer = snapshot.identity.manufacturer;
    result.model = snapshot.identity.model;
    result.printer = snapshot.printer;
    result.durationMs = snapshot.durationMs;
    finishWith(result);
}

void CredentialTester::finishWith(const CredentialTestResult &result)
{
    m_running = false;
    qCInfo(lcCredentialTest) << "test of" << result.host << (result.answered ? "answered" : "failed:")
                             << snmp::errorClassName(result.error.cls) << result.error.message;
    Q_EMIT finished(result);
}

} // namespace fleet::discovery
