// Alerting in the process that owns the schedule, end to end: real polls of a printer served by
// snmpsimd through FleetService, the AlertingService evaluating after each poll, and mail through
// a real SMTP server (aiosmtpd) on loopback. Between polls the simulator is restarted on the same
// port with another recording (the black toner at 28 %, then at 4 %), or not at all (the printer
// goes silent). Checked: exactly one mail when a condition opens, none while it stays open, one
// when it clears; "not answering for 3 polls" after three silent polls; a server that is down
// loses nothing and, once back, receives each mail once. Also the certificates it watches.

#include "SmtpSink.h"
#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/AlertProfile.h"
#include "alerting/AlertingService.h"
#include "alerting/NotificationQueue.h"
#include "alerting/QueueControl.h"
#include "alerting/SmtpSettings.h"
#include "alerting/WatchedCertificates.h"
#include "collect/Poller.h"
#include "schedule/FleetService.h"
#include "storage/CredentialRepository.h"
#include "storage/FleetRepository.h"
#include "storage/SnapshotStore.h"
#include "sync/SyncSettings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using namespace std::chrono_literals;
using fleet::test::SmtpSink;
using fleet::test::TestPki;

namespace {

const QString kPrinter = QStringLiteral("127.0.47.1");

// The recording with the black toner's level (supply 1) replaced.
QString recordingWithBlackAt(const QString &dir, int level)
{
    QFile in(test::fixtureDir() + QStringLiteral("/hp-laserjet-mfp-m130nw.snmprec"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    const QByteArray from = "\n1.3.6.1.2.1.43.11.1.1.9.1.1|2|28\n";
    if (!data.contains(from))
        return {};
    const QByteArray to = QByteArray("\n1.3.6.1.2.1.43.11.1.1.9.1.1|2|") + QByteArray::number(level) + '\n';
    data.replace(from, to);
    const QString path = QStringLiteral("%1/black-%2.snmprec").arg(dir).arg(level);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
        return {};
    out.setPermissions(QFileDevice::Permissions(0x6444));
    return path;
}

} // namespace

class TestAlertingService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRoot> m_profile;
    std::unique_ptr<storage::Database> m_db;
    test::SnmpSim m_sim;
    SmtpSink m_sink;
    std::unique_ptr<schedule::FleetService> m_fleet;
    std::unique_ptr<AlertingService> m_alerting;
    QString m_full, m_low;

    bool serve(const QString &recording)
    {
        m_sim.stop();
        const quint16 port = m_sim.port();
        if (m_sim.startFleet({{kPrinter, recording}}, port))
            return true;
        qWarning().noquote() << m_sim.error();
        return false;
    }

    // One poll through the service, then the alerting round it causes and that round's delivery.
    bool pollAndDeliver()
    {
        QSignalSpy evaluated(m_alerting.get(), &AlertingService::evaluated);
        QSignalSpy delivered(m_alerting.get(), &AlertingService::deliveryFinished);
        QSignalSpy failed(m_alerting.get(), &AlertingService::failed);
        if (!m_fleet->pollNow())
            return false;
        if (!evaluated.wait(test::scaled(60000)) && evaluated.isEmpty())
            return false;
        const bool done =
            QTest::qWaitFor([&] { return !delivered.isEmpty() || !failed.isEmpty(); }, test::scaled(30000));
        if (!failed.isEmpty())
            qWarning().noquote() << "alerting failed:" << failed.first().first().toString();
        return done && failed.isEmpty();
    }

    QList<NotificationRecord> notifications() { return *NotificationQueue(*m_db).list(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY(m_dir.isValid());
        // Started as root, snmpsimd reads the recordings as nobody.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755));
        m_full = recordingWithBlackAt(m_dir.path(), 28);
        m_low = recordingWithBlackAt(m_dir.path(), 4);
        QVERIFY(!m_full.isEmpty() && !m_low.isEmpty());
        QVERIFY2(m_sim.startFleet({{kPrinter, m_full}}), qPrintable(m_sim.error()));

        m_profile = std::make_unique<ProfileRoot>(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_profile->ensureExists(nullptr));
        m_db = std::make_unique<storage::Database>(QStringLiteral("test"));
        QVERIFY(!m_db->open(m_profile->databasePath()));
        const snmp::Credential site = test::quickCommunity(QStringLiteral("site"), QStringLiteral("public"), 1000);
        storage::SecretStore secrets(m_profile->secretsPath());
        QVERIFY(!storage::CredentialRepository(*m_db, secrets).save({site}));
        // The printer is known, as a discovery would have left it.
        collect::Poller poller;
        QList<DeviceSnapshot> results;
        connect(&poller, &collect::Poller::deviceFinished, &poller, [&](const DeviceSnapshot &s) { results << s; });
        QSignalSpy done(&poller, &collect::Poller::finished);
        poller.start(
            {collect::Poller::targetFromString(QStringLiteral("%1:%2").arg(kPrinter).arg(m_sim.port()), {site})}, {});
        QVERIFY(done.wait(test::scaled(30000)));
        QCOMPARE(storage::SnapshotStore(*m_db).storeBatch(results)->stored, 1);

        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
        const SmtpSettings smtp = test::smtpSettingsFor(m_sink);
        QVERIFY(!smtp.save(*m_db));
        AlertProfile ops;
        ops.name = QStringLiteral("ops");
        ops.kinds = {ConditionKind::SupplyLow, ConditionKind::NotAnswering};
        ops.recipients = {QStringLiteral("ops@fleet.test")};
        QVERIFY(AlertProfileRepository(*m_db).add(ops));

        m_fleet = std::make_unique<schedule::FleetService>(*m_profile);
        m_alerting = std::make_unique<AlertingService>(*m_profile);
        // No hold before a clear, no flap damping: each poll's truth is the condition's state.
        m_alerting->setTrackerOptions({0s, 0s});
        m_alerting->watch(m_fleet.get());
    }

    void cleanupTestCase()
    {
        m_alerting.reset();
        m_fleet.reset();
        m_sim.stop();
        m_sink.stop();
    }

    void oneMailWhenAConditionOpensNoneWhileOpenOneWhenItClears()
    {
        QVERIFY(pollAndDeliver()); // toner at 28 %: nothing to say
        QCOMPARE(m_sink.messages().size(), 0);

        QVERIFY(serve(m_low));
        QSignalSpy opened(m_alerting.get(), &AlertingService::conditionsOpened);
        QVERIFY(pollAndDeliver());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), 1, test::scaled(5000));
        QCOMPARE(m_sink.messages().constFirst().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        QCOMPARE(opened.size(), 1);
        const QList<Condition> conditions = opened.first().first().value<QList<Condition>>();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.first().kind, ConditionKind::SupplyLow);
        QVERIFY(!conditions.first().details.value(QStringLiteral("deviceName")).toString().isEmpty());
        QCOMPARE(notifications().constFirst().event, QStringLiteral("opened"));
        QCOMPARE(notifications().constFirst().state, kStateSent);

        QVERIFY(pollAndDeliver()); // still at 4 %: still open, no second mail
        QTest::qWait(300);
        QCOMPARE(m_sink.messages().size(), 1);

        QVERIFY(serve(m_full)); // a new cartridge
        QVERIFY(pollAndDeliver());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), 2, test::scaled(5000));
        QCOMPARE(notifications().constFirst().event, QStringLiteral("cleared"));
        QVERIFY(m_sink.messages().at(1).raw.contains("Subject: "));
    }

    void aSilentPrinterIsNotAnsweringAfterThreePolls()
    {
        const qsizetype before = m_sink.messages().size();
        m_sim.stop();
        QVERIFY(pollAndDeliver());
        QVERIFY(pollAndDeliver());
        QTest::qWait(200);
        QCOMPARE(m_sink.messages().size(), before); // two failed polls are not yet a condition
        QVERIFY(pollAndDeliver());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + 1, test::scaled(5000));
        const NotificationRecord n = notifications().constFirst();
        QVERIFY2(n.conditionKey.endsWith(QStringLiteral("/notAnswering")), qPrintable(n.conditionKey));
        QVERIFY2(n.bodyText.contains(QStringLiteral("Not answering for 3 polls in a row")), qPrintable(n.bodyText));
    }

    void aServerThatIsDownLosesNothingAndSendsOnce()
    {
        const qsizetype before = m_sink.messages().size();
        m_sink.stop();
        QVERIFY(serve(m_low)); // the printer is back (notAnswering clears) with a low toner (supplyLow opens)
        QVERIFY(pollAndDeliver());
        QList<NotificationRecord> queued;
        for (const NotificationRecord &n : notifications())
            if (n.state == kStateQueued)
                queued << n;
        QCOMPARE(queued.size(), 2);
        for (const NotificationRecord &n : std::as_const(queued)) {
            QCOMPARE(n.attempts, 1);
            QVERIFY(!n.lastError.isEmpty());
            QVERIFY(n.nextAttemptAt > QDateTime::currentDateTimeUtc()); // backoff, not a busy loop
        }

        QVERIFY2(m_sink.start(), qPrintable(m_sink.error())); // same port, same mailbox
        QCOMPARE(*retryNow(*m_db, {}, QDateTime::currentDateTimeUtc()), 2);
        QSignalSpy delivered(m_alerting.get(), &AlertingService::deliveryFinished);
        m_alerting->deliver();
        QVERIFY(delivered.wait(test::scaled(30000)));
        QCOMPARE(delivered.first().first().value<DeliveryReport>().sent, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + 2, test::scaled(5000));
        // Nothing is due any more: another round sends nothing again.
        m_alerting->deliver();
        QVERIFY(delivered.wait(test::scaled(30000)));
        QCOMPARE(delivered.last().first().value<DeliveryReport>().sent, 0);
        QCOMPARE(m_sink.messages().size(), before + 2);
    }

    void watchesTheConfiguredCertificates()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        QCOMPARE(watchedCertificates(profile).size(), 0); // nothing configured, nothing watched
        const TestPki &pki = TestPki::instance();
        {
            QSettings ini(profile.settingsPath(), QSettings::IniFormat);
            sync::SyncSettings s = sync::SyncSettings::load(ini);
            s.clientCertFile = pki.expired().certificate;
            s.caFile = pki.caCertificate();
            QCOMPARE(s.save(ini), QString());
        }
        const QList<CertificateInput> certs = watchedCertificates(profile);
        QCOMPARE(certs.size(), 2);
        QCOMPARE(certs.at(0).name, QStringLiteral("client certificate"));
        QVERIFY(certs.at(0).expiresAt < QDateTime::currentDateTimeUtc()); // the PKI's expired one
        QCOMPARE(certs.at(1).name, QStringLiteral("server CA certificate"));
        QVERIFY(certs.at(1).expiresAt > QDateTime::currentDateTimeUtc());
    }
};

QTEST_GUILESS_MAIN(TestAlertingService)
#include "tst_alertingservice.moc"
