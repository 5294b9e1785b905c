// SMTP delivery against a real server on loopback (aiosmtpd): STARTTLS with AUTH, implicit TLS,
// a certificate that must be refused, a wrong password, and a server that is down and then up
// again while the durable queue loses nothing and sends each mail once.

#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/MailMessage.h"
#include "alerting/NotificationQueue.h"
#include "alerting/SmtpSender.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using fleet::test::SmtpSink;
using fleet::test::SmtpSinkOptions;
using fleet::test::TestPki;

namespace {

SmtpSettings settingsFor(const SmtpSink &sink, SmtpSecurity security, const QString &user = {})
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = sink.port();
    s.security = security;
    s.username = user;
    s.from = QStringLiteral("agent@fleet.test");
    s.caFile = TestPki::instance().caCertificate();
    s.timeoutSeconds = 10;
    return s;
}

QByteArray message(const QString &subject)
{
    MailMessage m;
    m.from = QStringLiteral("agent@fleet.test");
    m.to = {QStringLiteral("ops@fleet.test")};
    m.subject = subject;
    m.text = QStringLiteral("Paper jam on Floor 2");
    m.html = QStringLiteral("<p>Paper jam on &lt;Floor 2&gt;</p>");
    return m.render();
}

} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error())); }

    void sends_data()
    {
        QTest::addColumn<bool>("implicitTls");
        QTest::addColumn<QString>("user");
        QTest::addRow("starttls with auth") << false << QStringLiteral("mailer");
        QTest::addRow("starttls without auth") << false << QString();
        QTest::addRow("implicit tls with auth") << true << QStringLiteral("mailer");
    }
    void sends()
    {
        QFETCH(bool, implicitTls);
        QFETCH(QString, user);
        SmtpSink sink;
        SmtpSinkOptions o;
        o.implicitTls = implicitTls;
        o.user = user;
        o.password = QStringLiteral("s3cret pass");
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        const SmtpSender sender(
            settingsFor(sink, implicitTls ? SmtpSecurity::ImplicitTls : SmtpSecurity::StartTls, user), o.password);
        const SmtpResult r = sender.send({QStringLiteral("ops@fleet.test")}, message(QStringLiteral("Jam é")));
        QVERIFY2(r.ok(), qPrintable(r.message + u'\n' + sink.output()));
        const auto mails = sink.messages();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.constFirst().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        QVERIFY(mails.constFirst().raw.contains("Subject: =?UTF-8?B?"));
        QVERIFY(mails.constFirst().raw.contains("multipart/alternative"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("kind");
        const TestPki &pki = TestPki::instance();
        const QString good = QStringLiteral("right");
        QTest::addRow("host name mismatch") << pki.wrongHost().certificate << pki.wrongHost().key << pki.caCertificate()
                                            << good << int(SmtpErrorKind::Tls);
        QTest::addRow("expired certificate")
            << pki.expired().certificate << pki.expired().key << pki.caCertificate() << good << int(SmtpErrorKind::Tls);
        QTest::addRow("untrusted CA") << pki.server().certificate << pki.server().key << pki.otherCaCertificate()
                                      << good << int(SmtpErrorKind::Tls);
        QTest::addRow("wrong password") << pki.server().certificate << pki.server().key << pki.caCertificate()
                                        << QStringLiteral("wrong") << -1;
    }
    void refuses()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, caFile);
        QFETCH(QString, password);
        QFETCH(int, kind);
        SmtpSink sink;
        SmtpSinkOptions o;
        o.certificate = certificate;
        o.key = key;
        o.user = QStringLiteral("mailer");
        o.password = QStringLiteral("right");
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        SmtpSettings s = settingsFor(sink, SmtpSecurity::StartTls, o.user);
        s.caFile = caFile;
        const SmtpResult r =
            SmtpSender(s, password).send({QStringLiteral("ops@fleet.test")}, message(QStringLiteral("x")));
        QVERIFY(!r.ok());
        if (kind >= 0)
            QCOMPARE(int(r.kind), kind);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(sink.messages().isEmpty());
    }

    // The queue keeps the mail while the server is down, retries on its backoff and sends it
    // exactly once when the server is back.
    void serverDownThenUp()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("f.db"))));
        SmtpSink sink;
        SmtpSinkOptions o;
        o.user = QStringLiteral("mailer");
        o.password = QStringLiteral("pw");
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        sink.stop();

        NotificationQueue queue(db);
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-03-04T10:00:00Z"), Qt::ISODate);
        for (int i = 0; i < 3; ++i) {
            NotificationRecord n;
            n.createdAt = t0;
            n.event = QStringLiteral("opened");
            n.recipients = {QStringLiteral("ops@fleet.test")};
            n.subject = QStringLiteral("mail %1").arg(i);
            n.bodyText = QStringLiteral("text");
            n.bodyHtml = QStringLiteral("<p>html</p>");
            QVERIFY(queue.add(n));
        }
        const SmtpSender sender(settingsFor(sink, SmtpSecurity::StartTls, o.user), o.password);
        QRandomGenerator rng(7);
        auto down = queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), t0, &rng);
        QVERIFY(down);
        QCOMPARE(down->sent, 0);
        QCOMPARE(down->failed, 3);
        auto rows = queue.list();
        QVERIFY(rows);
        for (const auto &n : *rows) {
            QCOMPARE(n.state, kStateQueued);
            QCOMPARE(n.attempts, 1);
            QVERIFY(n.nextAttemptAt > t0);
            QVERIFY(!n.lastError.isEmpty());
        }
        // Not due yet: nothing is tried.
        auto early = queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), t0.addSecs(10), &rng);
        QVERIFY(early);
        QCOMPARE(early->failed + early->sent, 0);

        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        const QDateTime later = t0.addSecs(3600);
        auto up = queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), later, &rng);
        QVERIFY(up);
        QCOMPARE(up->sent, 3);
        auto again = queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), later.addSecs(7200), &rng);
        QVERIFY(again);
        QCOMPARE(again->sent, 0);
        QCOMPARE(sink.messages().size(), 3);
        rows = queue.list();
        for (const auto &n : *rows) {
            QCOMPARE(n.state, kStateSent);
            QCOMPARE(n.attempts, 2);
            QCOMPARE(n.sentAt, later);
        }
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
