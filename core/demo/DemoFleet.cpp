#include "demo/DemoFleet.h"

#include "demo/SimulatorFleet.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QPointer>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcDemo, "fleet.demo", QtInfoMsg)

namespace fleet::demo {

namespace {
constexpr int kProbeIntervalMs = 250;
constexpr int kStopWaitMs = 3000;
// The discovery dialog remembers its targets under this key; the demo range is put there so the
// dialog opens on what the demo swept.
const QString kDialogTargetsKey = QStringLiteral("discovery/targets");
} // namespace

DemoFleet::DemoFleet(ProfileRoot profile, QString recordingsDir, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_recordingsDir(std::move(recordingsDir))
{
    m_probeTimer.setInterval(kProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &DemoFleet::probe);
    connect(&m_probe, &QUdpSocket::readyRead, this, &DemoFleet::onProbeAnswer);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_state == State::Starting)
            fail(tr("The printer simulator %1 could not be started: %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this] {
        if (m_state == State::Starting || m_state == State::Discovering)
            fail(tr("The printer simulator stopped: %1").arg(simulatorOutput()));
        else if (m_state == State::Ready)
            qCWarning(lcDemo) << "the printer simulator stopped:" << simulatorOutput();
    });
}

DemoFleet::~DemoFleet()
{
    m_discovery.reset(); // cancels a sweep in progress before the simulator goes
    stopSimulator();
}

QString DemoFleet::firstAddress() const
{
    return m_devices.value(0);
}

QString DemoFleet::lastAddress() const
{
    return m_devices.isEmpty() ? QString() : m_devices.last();
}

QString DemoFleet::targetSpec() const
{
    if (m_devices.isEmpty())
        return {};
    const QString range =
        m_devices.size() == 1 ? firstAddress() : QStringLiteral("%1-%2").arg(firstAddress(), lastAddress());
    return QStringLiteral("%1:%2").arg(range).arg(m_port);
}

Expected<bool> DemoFleet::isUnconfigured(const ProfileRoot &profile)
{
    if (!QFile::exists(profile.databasePath()))
        return true;
    storage::Database db(QStringLiteral("demo-check"));
    if (const auto e = db.open(profile.databasePath()))
        return Expected<bool>::failure(e.message);
    for (const QString &table : {QStringLiteral("devices"), QStringLiteral("credential_profiles")}) {
        const auto rows = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        if (!rows)
            return Expected<bool>::failure(rows.error().message);
        if (rows->toLongLong() > 0)
            return false;
    }
    return true;
}

void DemoFleet::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Starting;
    if (m_program.isEmpty())
        m_program = findSimulator();
    if (m_program.isEmpty()) {
        fail(tr("The printer simulator snmpsimd is not installed (Debian package snmpsim)."));
        return;
    }
    if (const QString why = planDevices(); !why.isEmpty()) {
        fail(why);
        return;
    }
    launch();
}

QString DemoFleet::planDevices()
{
    m_recordings = recordingFilesIn(m_recordingsDir);
    if (m_recordings.isEmpty())
        return tr("No printer recordings (*.snmprec) in %1.").arg(m_recordingsDir);
    if (m_maxDevices > 0 && m_recordings.size() > m_maxDevices)
        m_recordings.resize(m_maxDevices);
    const int last = m_firstHost + int(m_recordings.size()) - 1;
    if (m_firstHost < 1 || last > 254)
        return tr("Too many recordings for the loopback addresses 127.0.0.%1 to 127.0.0.254.").arg(m_firstHost);
    for (int host = m_firstHost; host <= last; ++host)
        m_devices << QStringLiteral("127.0.0.%1").arg(host);
    m_port = choosePort();
    if (m_port == 0)
        return tr("No free UDP port for the simulated printers on %1 to %2.").arg(firstAddress(), lastAddress());
    return {};
}

// A port is usable when every device address can bind it: binding all of them at once, then
// letting go, leaves a short race with other programs that the probe's deadline reports.
quint16 DemoFleet::choosePort() const
{
    QList<quint16> candidates;
    for (quint16 offset = 0; offset < 10; ++offset)
        candidates << quint16(m_preferredPort + offset);
    for (int i = 0; i < 20; ++i)
        candidates << quint16(QRandomGenerator::global()->bounded(20000, 60000));
    for (const quint16 port : candidates) {
        std::vector<std::unique_ptr<QUdpSocket>> sockets;
        const bool free = std::all_of(m_devices.cbegin(), m_devices.cend(), [&](const QString &address) {
            sockets.push_back(std::make_unique<QUdpSocket>());
            return sockets.back()->bind(QHostAddress(address), port);
        });
        if (free)
            return port;
    }
    return 0;
}

void DemoFleet::launch()
{
    m_run = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fleetkeeper-demo-XXXXXX"));
    if (!m_run->isValid()) {
        fail(tr("Cannot create a directory for the printer simulator: %1").arg(m_run->errorString()));
        return;
    }
    QList<SimulatedDevice> devices;
    for (qsizetype i = 0; i < m_devices.size(); ++i)
        devices.append({m_devices[i], m_recordings[i]});
    const QString out = m_run->filePath(QStringLiteral("stdout"));
    m_process.setStandardOutputFile(out);
    m_process.setStandardErrorFile(out, QIODevice::Append);
    m_process.setStandardInputFile(QProcess::nullDevice());
    qCInfo(lcDemo) << "serving" << devices.size() << "recordings on" << targetSpec() << "with" << m_program;
    m_process.start(m_program, simulatorArguments(m_run->path(), devices, m_port));
    m_since.start();
    m_probeTimer.start();
}

// Asks every address until each has answered once: the sweep then sees the whole fleet.
void DemoFleet::probe()
{
    if (m_since.elapsed() > m_startTimeoutMs) {
        fail(tr("The printer simulator did not answer within %1 seconds: %2")
                 .arg(m_startTimeoutMs / 1000)
                 .arg(simulatorOutput()));
        return;
    }
    if (m_process.state() != QProcess::Running)
        return;
    const QByteArray packet = readinessProbe(QByteArrayLiteral("public"));
    for (const QString &address : std::as_const(m_devices))
        if (!m_answered.contains(address))
            m_probe.writeDatagram(packet, QHostAddress(address), m_port);
}

void DemoFleet::onProbeAnswer()
{
    while (m_probe.hasPendingDatagrams()) {
        const QNetworkDatagram answer = m_probe.receiveDatagram();
        if (answer.senderPort() == m_port)
            m_answered.insert(QHostAddress(answer.senderAddress().toIPv4Address()).toString());
    }
    if (m_state != State::Starting || m_answered.size() < m_devices.size())
        return;
    m_probeTimer.stop();
    qCInfo(lcDemo) << "simulator ready after" << m_since.elapsed() << "ms";
    m_state = State::Discovering;
    storeCredentials();
}

// The credential profile the sweep tries, stored like one made in the credential profiles dialog,
// on a pool thread with its own connection.
void DemoFleet::storeCredentials()
{
    const ProfileRoot profile = m_profile;
    const QString targets = targetSpec();
    QPointer<DemoFleet> self(this);
    QThreadPool::globalInstance()->start([self, profile, targets] {
        QString error;
        if (profile.ensureExists(&error)) {
            storage::Database db(QStringLiteral("demo"));
            storage::SecretStore secrets(profile.secretsPath());
            if (const auto e = db.open(profile.databasePath()))
                error = e.message;
            else if (const auto e = secrets.load())
                error = e.message;
            else if (auto stored = storage::CredentialRepository(db, secrets).load(); !stored)
                error = stored.error().message;
            else if (std::none_of(stored->cbegin(), stored->cend(),
                                  [](const snmp::Credential &c) { return c.name == credentialProfileName(); })) {
                snmp::Credential demo; // v2c "public", what the simulator answers to
                demo.name = credentialProfileName();
                stored->append(demo);
                if (const auto e = storage::CredentialRepository(db, secrets).save(*stored))
                    error = e.message;
            }
            QSettings settings(profile.settingsPath(), QSettings::IniFormat);
            settings.setValue(kDialogTargetsKey, targets);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, error] {
                if (!self || self->m_state != State::Discovering)
                    return;
                if (!error.isEmpty())
                    self->fail(tr("Cannot store the demo's credential profile: %1").arg(error));
                else
                    self->discover();
            },
            Qt::QueuedConnection);
    });
}

void DemoFleet::discover()
{
    m_discovery = std::make_unique<schedule::ScheduledDiscovery>(m_profile);
    DiscoverySettings settings;
    settings.targets = {targetSpec()};
    settings.credentialProfiles = {credentialProfileName()};
    m_discovery->setSettings(settings);
    connect(m_discovery.get(), &schedule::ScheduledDiscovery::finished, this,
            [this](const schedule::DiscoveryJobOutcome &outcome) {
                if (m_state != State::Discovering)
                    return;
                if (!outcome.ok) {
                    fail(outcome.message);
                    return;
                }
                if (outcome.found == 0) {
                    fail(tr("None of the simulated printers answered the discovery."));
                    return;
                }
                qCInfo(lcDemo) << outcome.message;
                m_state = State::Ready;
                Q_EMIT ready(outcome.found);
            });
    m_discovery->start();
}

void DemoFleet::fail(const QString &reason)
{
    m_probeTimer.stop();
    const bool wasRunning = m_state != State::Failed;
    m_state = State::Failed;
    stopSimulator();
    if (!wasRunning)
        return;
    qCWarning(lcDemo) << "demo fleet failed:" << reason;
    // Queued: start() may be what failed, and the caller connects after calling it just as often.
    QMetaObject::invokeMethod(
        this, [this, reason] { Q_EMIT failed(reason); }, Qt::QueuedConnection);
}

// The simulator's last words for the message (its whole tail goes to the log).
QString DemoFleet::simulatorOutput() const
{
    QString text;
    for (const QString &name : {QStringLiteral("snmpsimd.log"), QStringLiteral("stdout")}) {
        QFile file(m_run ? m_run->filePath(name) : QString());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromLocal8Bit(file.readAll().right(4000));
    }
    qCInfo(lcDemo).noquote() << "printer simulator output:" << text;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? tr("no output") : lines.last().trimmed();
}

void DemoFleet::stopSimulator()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const QSignalBlocker quiet(&m_process); // its end is expected now
    m_process.terminate();
    if (!m_process.waitForFinished(kStopWaitMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopWaitMs);
    }
}

} // namespace fleet::demo
