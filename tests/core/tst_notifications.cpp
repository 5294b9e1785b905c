// Alerts that reach people, end to end: a real printer recording (Epson CW-C6500Au, three "Ink
// is low." prtAlert rows; its sysLocation rewritten to carry HTML) served by snmpsimd and polled,
// stored, evaluated by runAlertingCycle, and delivered by deliverDueMail through a real SMTP
// server on loopback (aiosmtpd with STARTTLS and AUTH). Time is simulated: snapshots are stored
// with chosen poll times and every cycle is given its "now".

#include "SmtpSink.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/AlertProfile.h"
#include "alerting/AlertingCycle.h"
#include "alerting/MailDispatcher.h"
#include "alerting/NotificationQueue.h"
#include "collect/Poller.h"
#include "storage/Database.h"
#include "storage/FleetRepository.h"
#include "storage/SecretStore.h"
#include "storage/SnapshotStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using fleet::test::SmtpSink;
using fleet::test::SmtpSinkOptions;

namespace {

const QString kLocation = QStringLiteral("Floor 2 <Copy & Print>");
const QString kRecipient = QStringLiteral("ops@fleet.test");

struct Mail
{
    QStringList recipients;
    QString subject;
    QString text;
    QString html;
};

// The base64 body of the part whose Content-Type starts with type.
QString part(const QByteArray &raw, const QByteArray &type)
{
    const qsizetype header = raw.indexOf(QByteArray(QByteArray("Content-Type: ") + type));
    if (header < 0)
        return {};
    const qsizetype start = raw.indexOf("\r\n\r\n", header) + 4;
    const qsizetype end = raw.indexOf("\r\n--", start);
    QByteArray b64 = raw.mid(start, end - start);
    b64.replace("\r\n", "");
    return QString::fromUtf8(QByteArray::fromBase64(b64));
}

Mail decode(const fleet::test::ReceivedMail &m)
{
    Mail out;
    out.recipients = m.recipients;
    const qsizetype s = m.raw.indexOf("Subject: ") + 9;
    QByteArray subject = m.raw.mid(s, m.raw.indexOf("\r\n", s) - s);
    if (subject.startsWith("=?UTF-8?B?"))
        subject = QByteArray::fromBase64(subject.mid(10, subject.size() - 12));
    out.subject = QString::fromUtf8(subject);
    out.text = part(m.raw, "text/plain");
    out.html = part(m.raw, "text/html");
    return out;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fleet::test::SnmpSim m_sim;
    SmtpSink m_sink;
    DeviceSnapshot m_epson;
    QDateTime m_t0; // a weekday morning, 10:00 local time
    std::unique_ptr<storage::Database> m_db;
    QString m_secrets;
    qint64 m_deviceId = 0;
    int m_mailsBefore = 0;

    void storeAt(DeviceSnapshot s, const QDateTime &polledAt, bool withAlerts = true)
    {
        s.polledAt = polledAt;
        if (!withAlerts) {
            s.alerts.clear();
            s.status.detectedErrors.clear();
            for (auto &p : s.status.printers)
                p.detectedErrors.clear();
        }
        auto r = storage::SnapshotStore(*m_db).storeBatch({s});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    }

    CycleReport cycle(const QDateTime &now, const AlertingOptions &options = {})
    {
        auto r = runAlertingCycle(*m_db, now, options);
        if (!r)
            qWarning("cycle failed: %s", qPrintable(r.error().message));
        return r ? *r : CycleReport{};
    }

    // Delivers what is due at now; returns the mails that arrived with it.
    QList<Mail> deliver(const QDateTime &now)
    {
        auto r = deliverDueMail(*m_db, m_secrets, now);
        if (!r)
            qWarning("delivery failed: %s", qPrintable(r.error().message));
        else if (r->failed)
            qWarning("delivery: %s\n%s", qPrintable(r->lastError), qPrintable(m_sink.output()));
        const auto all = m_sink.messages();
        QList<Mail> fresh;
        for (qsizetype i = m_mailsBefore; i < all.size(); ++i)
            fresh << decode(all.at(i));
        m_mailsBefore = int(all.size());
        return fresh;
    }

    AlertProfile profile(const QString &name)
    {
        AlertProfile p;
        p.name = name;
        p.recipients = {kRecipient};
        p.kinds = {ConditionKind::DeviceAlert};
        p.categories = {AlertCategory::TonerLow};
        p.minSeverity = Severity::Warning;
        return p;
    }

    void addProfile(const AlertProfile &p)
    {
        auto id = AlertProfileRepository(*m_db).add(p);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(fleet::test::TestPki::instance().isValid(), qPrintable(fleet::test::TestPki::instance().error()));
        // The recording with its location replaced by text an administrator could type.
        QFile in(fleet::test::fixtureDir() + QStringLiteral("/epson-cw-c6500au.snmprec"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        data.replace("\n1.3.6.1.2.1.1.6.0|4|\n",
                     QByteArray(QByteArray("\n1.3.6.1.2.1.1.6.0|4|") + kLocation.toUtf8() + '\n'));
        const QString recording = m_dir.filePath(QStringLiteral("epson.snmprec"));
        QFile out(recording);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
        out.close();
        // snmpsimd drops to nobody when started as root: it must be able to read the file.
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther);
        QFile::setPermissions(recording, QFile::permissions(recording) | QFileDevice::ReadOther);
        QVERIFY2(m_sim.startFleet({{QStringLiteral("127.0.62.1"), recording}}), qPrintable(m_sim.error()));

        snmp::Credential community;
        community.community = QStringLiteral("public");
        community.timeoutMs = fleet::test::scaled(2000);
        collect::Poller poller;
        QList<DeviceSnapshot> polled;
        connect(&poller, &collect::Poller::deviceFinished, this, [&polled](const DeviceSnapshot &s) { polled << s; });
        QSignalSpy finished(&poller, &collect::Poller::finished);
        poller.start(
            {collect::Poller::targetFromString(QStringLiteral("127.0.62.1:%1").arg(m_sim.port()), {community})}, {});
        QVERIFY(finished.wait(fleet::test::scaled(60000)));
        QCOMPARE(polled.size(), 1);
        m_epson = polled.constFirst();
        QVERIFY2(m_epson.reachable, qPrintable(m_epson.error.message));
        QCOMPARE(m_epson.alerts.size(), 4);
        QCOMPARE(m_epson.identity.sysLocation, kLocation);
        m_sim.stop();

        SmtpSinkOptions o;
        o.user = QStringLiteral("mailer");
        o.password = QStringLiteral("s3cret");
        QVERIFY2(m_sink.start(o), qPrintable(m_sink.error()));
        m_t0 = QDateTime(QDate(2024, 3, 4), QTime(10, 0), Qt::LocalTime).toUTC();
    }

    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(path);
        m_db = std::make_unique<storage::Database>();
        QVERIFY(!m_db->open(path));
        storeAt(m_epson, m_t0.addSecs(-60));
        auto found = storage::FleetRepository(*m_db).devices(true);
        QVERIFY(found && found->size() == 1);
        m_deviceId = found->constFirst().id;

        SmtpSettings smtp = fleet::test::smtpSettingsFor(m_sink, SmtpSecurity::StartTls, QStringLiteral("mailer"));
        smtp.from = QStringLiteral("fleetkeeper@fleet.test");
        QVERIFY(!smtp.save(*m_db));
        m_secrets = m_dir.filePath(QStringLiteral("secrets-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        storage::SecretStore secrets(m_secrets);
        secrets.setValue(kSmtpPasswordKey, QStringLiteral("s3cret"));
        QVERIFY(!secrets.save());
        m_mailsBefore = int(m_sink.messages().size());
    }
    void cleanup() { m_db.reset(); }

    // One mail when the condition opens, none while it stays, a reminder after its interval,
    // one when it clears.
    void openRemindClear()
    {
        AlertProfile p = profile(QStringLiteral("Ops"));
        p.reminderHours = 2;
        addProfile(p);

        CycleReport r = cycle(m_t0);
        QVERIFY(r.opened >= 1);
        QCOMPARE(r.notifications.queued, 1); // three "Ink is low." rows are one condition
        QList<Mail> mails = deliver(m_t0);
        QCOMPARE(mails.size(), 1);
        const Mail &m = mails.constFirst();
        QCOMPARE(m.recipients, QStringList{kRecipient});
        QVERIFY2(m.subject.contains(m_epson.identity.sysName) && m.subject.contains(u"Ink is low."),
                 qPrintable(m.subject));
        QVERIFY(m.text.contains(QStringLiteral("Location: ") + kLocation));
        QVERIFY(m.text.contains(u"Condition: Ink is low."));
        QVERIFY(m.text.contains(u"Supplies:"));
        QVERIFY2(m.html.contains(u"Floor 2 &lt;Copy &amp; Print&gt;"), qPrintable(m.html));
        QVERIFY(!m.html.contains(kLocation));
        QVERIFY(m.html.contains(u"<h3>Supplies</h3>"));

        // Next polls and evaluations: still low, nothing new.
        storeAt(m_epson, m_t0.addSecs(240));
        QCOMPARE(cycle(m_t0.addSecs(300)).opened, 0);
        QVERIFY(deliver(m_t0.addSecs(300)).isEmpty());
        QVERIFY(cycle(m_t0.addSecs(3600)).notifications.queued == 0);
        QVERIFY(deliver(m_t0.addSecs(3600)).isEmpty());
        // Two hours after the mail: a reminder.
        QCOMPARE(cycle(m_t0.addSecs(7300)).notifications.queued, 1);
        mails = deliver(m_t0.addSecs(7300));
        QCOMPARE(mails.size(), 1);
        QVERIFY2(mails.constFirst().subject.contains(u"Still open"), qPrintable(mails.constFirst().subject));

        // Ink replaced: the alert rows are gone; one clear mail after the absence period.
        storeAt(m_epson, m_t0.addSecs(7400), false);
        QCOMPARE(cycle(m_t0.addSecs(7500)).cleared, 0);
        QCOMPARE(cycle(m_t0.addSecs(7500 + 11 * 60)).notifications.queued, 1);
        mails = deliver(m_t0.addSecs(7500 + 11 * 60));
        QCOMPARE(mails.size(), 1);
        QVERIFY2(mails.constFirst().subject.contains(u"Cleared"), qPrintable(mails.constFirst().subject));
        QCOMPARE(cycle(m_t0.addSecs(9000)).notifications.queued, 0);
        QVERIFY(deliver(m_t0.addSecs(9000)).isEmpty());

        // The record of it all.
        auto listed = NotificationQueue(*m_db).list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        for (const NotificationRecord &n : *listed) {
            QCOMPARE(n.state, kStateSent);
            QCOMPARE(n.attempts, 1);
            QCOMPARE(n.deviceId, std::optional<qint64>(m_deviceId));
        }
    }

    void noMailOnClearUnlessAsked()
    {
        AlertProfile p = profile(QStringLiteral("Ops"));
        p.notifyClear = false;
        addProfile(p);
        QCOMPARE(cycle(m_t0).notifications.queued, 1);
        QCOMPARE(deliver(m_t0).size(), 1);
        storeAt(m_epson, m_t0.addSecs(60), false);
        cycle(m_t0.addSecs(120));
        QVERIFY(cycle(m_t0.addSecs(120 + 11 * 60)).cleared >= 1);
        QVERIFY(deliver(m_t0.addSecs(120 + 11 * 60)).isEmpty());
    }

    void quietHoursHoldMail()
    {
        AlertProfile p = profile(QStringLiteral("Night shift"));
        p.quietStartMinute = 9 * 60; // 09:00-12:00 local
        p.quietEndMinute = 12 * 60;
        addProfile(p);
        QCOMPARE(cycle(m_t0).notifications.queued, 1);
        QVERIFY(deliver(m_t0).isEmpty());
        QVERIFY(deliver(m_t0.addSecs(2 * 3600 - 60)).isEmpty());
        QCOMPARE(deliver(m_t0.addSecs(2 * 3600)).size(), 1);
        QVERIFY(deliver(m_t0.addSecs(3 * 3600)).isEmpty());
    }

    // A digest profile hears of every condition (the device's ink, the agent's certificate) in
    // one mail at its hour.
    void dailyDigest()
    {
        AlertProfile p = profile(QStringLiteral("Digest"));
        p.kinds.clear();
        p.categories.clear();
        p.delivery = Delivery::Digest;
        p.digestHour = 18;
        p.minSeverity = Severity::Info;
        addProfile(p);
        AlertingOptions options;
        options.certificates << CertificateInput{QStringLiteral("client certificate"), m_t0.addDays(3)};

        CycleReport r = cycle(m_t0, options);
        QVERIFY2(r.opened >= 2, qPrintable(QString::number(r.opened)));
        QCOMPARE(r.notifications.held, r.opened);
        QCOMPARE(r.notifications.queued, 0);
        QCOMPARE(r.digests, 0);
        QVERIFY(deliver(m_t0).isEmpty());

        const QDateTime evening = m_t0.addSecs(8 * 3600 + 300); // 18:05 local
        storeAt(m_epson, evening.addSecs(-60));
        r = cycle(evening, options);
        QCOMPARE(r.digests, 1);
        QList<Mail> mails = deliver(evening);
        QCOMPARE(mails.size(), 1);
        const Mail &m = mails.constFirst();
        QVERIFY2(m.subject.contains(u"Daily digest"), qPrintable(m.subject));
        QVERIFY(m.text.contains(u"Ink is low."));
        QVERIFY(m.text.contains(u"client certificate"));
        QVERIFY(m.html.contains(u"Floor 2 &lt;Copy &amp; Print&gt;"));
        // Once a day.
        QCOMPARE(cycle(evening.addSecs(600), options).digests, 0);
        QVERIFY(deliver(evening.addSecs(600)).isEmpty());
    }

    void deviceSelection_data()
    {
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("value"); // "#id": this device's id
        QTest::addColumn<int>("mails");
        QTest::addRow("location matches") << int(DeviceScope::Location) << QStringLiteral("floor 2") << 1;
        QTest::addRow("location differs") << int(DeviceScope::Location) << QStringLiteral("Basement") << 0;
        QTest::addRow("model matches") << int(DeviceScope::Model) << QStringLiteral("c6500") << 1;
        QTest::addRow("model differs") << int(DeviceScope::Model) << QStringLiteral("TASKalfa") << 0;
        QTest::addRow("device listed") << int(DeviceScope::Devices) << QStringLiteral("#id") << 1;
        QTest::addRow("device not listed") << int(DeviceScope::Devices) << QStringLiteral("999") << 0;
    }
    void deviceSelection()
    {
        QFETCH(int, scope);
        QFETCH(QString, value);
        QFETCH(int, mails);
        AlertProfile p = profile(QStringLiteral("Selected"));
        p.scope = DeviceScope(scope);
        p.scopeValues = {value == u"#id" ? QString::number(m_deviceId) : value};
        addProfile(p);
        cycle(m_t0);
        QCOMPARE(deliver(m_t0).size(), mails);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
