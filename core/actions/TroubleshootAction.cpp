#include "actions/TroubleshootAction.h"

#include "actions/SnmpCall.h"

#include <QHostInfo>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>

namespace fleet::actions {

TroubleshootAction::TroubleshootAction(ActionRequest request, ActionContext context, QObject *parent)
    : Action(std::move(request), context, parent)
{}

void TroubleshootAction::buildSteps()
{
    const ActionOptions &o = m_request.options;
    m_steps << Step{QStringLiteral("dns-forward"), tr("DNS name to address"), [this] { dnsForward(); }};
    m_steps << Step{QStringLiteral("dns-reverse"), tr("DNS address to name"), [this] { dnsReverse(); }};
    if (o.usePing)
        m_steps << Step{QStringLiteral("ping"), tr("Ping"), [this] { ping(); }};
    for (quint16 port : o.tcpPorts)
        m_steps << Step{QStringLiteral("tcp-%1").arg(port), tr("TCP port %1").arg(port), [this, port] { tcp(port); }};
    for (int i = 0; i < m_request.device.credentials.size(); ++i) {
        const snmp::Credential &c = m_request.device.credentials.at(i);
        const QString name = c.name.isEmpty() ? c.describe() : c.name;
        m_steps << Step{QStringLiteral("snmp:%1").arg(name), tr("SNMP with profile %1").arg(name),
                        [this, i] { snmp(i); }};
    }
}

void TroubleshootAction::start()
{
    buildSteps();
    next();
}

void TroubleshootAction::next()
{
    if (cancelRequested() || isFinished())
        return;
    ++m_current;
    if (m_current >= m_steps.size()) {
        const QJsonObject details{{QStringLiteral("checklist"), m_checklist},
                                  {QStringLiteral("failed"), QJsonArray::fromStringList(m_failed)}};
        if (m_failed.isEmpty())
            finish(Outcome::Succeeded,
                   tr("All %1 checks passed for %2.").arg(m_steps.size()).arg(m_request.device.label()), details);
        else
            finish(Outcome::Failed,
                   tr("%1 of %2 checks failed for %3: %4")
                       .arg(m_failed.size())
                       .arg(m_steps.size())
                       .arg(m_request.device.label(), m_failed.join(QStringLiteral(", "))),
                   details);
        return;
    }
    const Step &step = m_steps.at(m_current);
    report(int(100 * m_current / m_steps.size()), step.title);
    step.run();
}

void TroubleshootAction::stepDone(bool ok, const QString &detail, bool skipped)
{
    if (isFinished())
        return;
    const Step &step = m_steps.at(m_current);
    m_checklist.append(QJsonObject{{QStringLiteral("step"), step.id},
                                   {QStringLiteral("title"), step.title},
                                   {QStringLiteral("ok"), ok},
                                   {QStringLiteral("skipped"), skipped},
                                   {QStringLiteral("detail"), detail}});
    if (!ok)
        m_failed << step.title;
    // Queued: a step that answers synchronously must not recurse through the whole list.
    QMetaObject::invokeMethod(this, &TroubleshootAction::next, Qt::QueuedConnection);
}

void TroubleshootAction::dnsForward()
{
    const QString host = m_request.device.host;
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        m_address = literal;
        stepDone(true, tr("%1 is an address; no name to look up.").arg(host), true);
        return;
    }
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (info.addresses().isEmpty()) {
            stepDone(false, tr("%1 does not resolve: %2").arg(host, info.errorString()));
            return;
        }
        m_address = info.addresses().constFirst();
        QStringList all;
        for (const QHostAddress &a : info.addresses())
            all << a.toString();
        stepDone(true, tr("%1 is %2").arg(host, all.join(QStringLiteral(", "))));
    });
}

void TroubleshootAction::dnsReverse()
{
    if (m_address.isNull()) {
        stepDone(false, tr("No address to look up."));
        return;
    }
    const QString ip = m_address.toString();
    QHostInfo::lookupHost(ip, this, [this, ip](const QHostInfo &info) {
        // Without a PTR record the "name" is the address itself.
        if (info.error() != QHostInfo::NoError || info.hostName().isEmpty() || info.hostName() == ip)
            stepDone(false, tr("%1 has no name in DNS.").arg(ip));
        else
            stepDone(true, tr("%1 is named %2").arg(ip, info.hostName()));
    });
}

// The system ping: it has the capability (or the unprivileged ICMP sysctl) that a user process
// lacks for raw sockets.
void TroubleshootAction::ping()
{
    const QString host = m_address.isNull() ? m_request.device.host : m_address.toString();
    QString tool = QStandardPaths::findExecutable(QStringLiteral("ping"));
    if (tool.isEmpty())
        tool = QStandardPaths::findExecutable(QStringLiteral("ping"),
                                              {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (tool.isEmpty()) {
        stepDone(false, tr("No ping program on this machine."), true);
        return;
    }
    auto *process = new QProcess(this);
    connect(process, &QProcess::finished, this, [this, process, host](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput()).trimmed();
        static const QRegularExpression rtt(QStringLiteral("time[=<]([0-9.]+) ?ms"));
        const auto m = rtt.match(out);
        if (status == QProcess::NormalExit && code == 0)
            stepDone(true,
                     m.hasMatch() ? tr("%1 answers in %2 ms").arg(host, m.captured(1)) : tr("%1 answers").arg(host));
        else
            stepDone(false, tr("%1 does not answer ping.").arg(host));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        stepDone(false, tr("ping could not be started: %1").arg(process->errorString()), true);
    });
    process->setStandardInputFile(QProcess::nullDevice());
    process->start(tool, {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-W"),
                          QStringLiteral("2"), host});
}

void TroubleshootAction::tcp(quint16 port)
{
    const QString host = m_address.isNull() ? m_request.device.host : m_address.toString();
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket, timer](bool ok, const QString &detail) {
        timer->stop();
        timer->disconnect(this);
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        stepDone(ok, detail);
    };
    connect(socket, &QTcpSocket::connected, this,
            [done, host, port] { done(true, tr("%1:%2 accepts connections.").arg(host).arg(port)); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done, socket, host, port] {
        done(false, tr("%1:%2: %3").arg(host).arg(port).arg(socket->errorString()));
    });
    connect(timer, &QTimer::timeout, this, [this, done, host, port] {
        done(false, tr("%1:%2 did not answer within %3 ms (filtered?).")
                        .arg(host)
                        .arg(port)
                        .arg(m_request.options.connectTimeoutMs));
    });
    timer->start(m_request.options.connectTimeoutMs);
    socket->connectToHost(host, port);
}

void TroubleshootAction::snmp(int credentialIndex)
{
    const DeviceTarget &d = m_request.device;
    snmpGet(d.host, d.snmpPort, d.credentials.at(credentialIndex), {oids::sysObjectId, oids::sysName}, this,
            [this](const snmp::Response &r) {
                if (const QString problem = snmpProblem(r); !problem.isEmpty()) {
                    stepDone(false, problem);
                    return;
                }
                stepDone(true, tr("Answers: %1").arg(r.varbinds.constLast().value.toDisplayString()));
            });
}

} // namespace fleet::actions
