// SMTP delivery against a real server on loopback (aiosmtpd): STARTTLS with AUTH, implicit TLS,
// a certificate that must be refused, a wrong password, a login the server requires but the
// settings lack, an unknown recipient and greylisting, and a server that is down and then up
// again while the durable queue loses nothing and sends each mail once. The queue retries what
// may succeed later and gives up on what the server refused for good.

#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/MailMessage.h"
#include "alerting/NotificationQueue.h"
#include "alerting/SmtpSender.h"
#include "alerting/TestMail.h"
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
                                        << QStringLiteral("wrong") << int(SmtpErrorKind::Auth);
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

    // The stage that failed and the server's reply code decide the kind (RFC 5321 4.2, RFC 4954 6),
    // and the message names the server's own reply.
    void classifiesRefusals_data()
    {
        QTest::addColumn<QString>("sinkUser");   // the server requires this login; empty: none
        QTest::addColumn<QString>("clientUser"); // the login configured in the settings
        QTest::addColumn<QString>("password");   // the client's password
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("replyCode");
        QTest::addColumn<bool>("permanent");
        QTest::addColumn<QStringList>("phrases"); // each must appear in the message
        const QString ops = QStringLiteral("ops@fleet.test");
        QTest::addRow("auth required but no user configured")
            << QStringLiteral("mailer") << QString() << QString() << ops << int(SmtpErrorKind::AuthRequired) << 530
            << false
            << QStringList{QStringLiteral("requires authentication"), QStringLiteral("no user name"),
                           QStringLiteral("MAIL FROM:<agent@fleet.test>"),
                           QStringLiteral("530 5.7.0 Authentication required")};
        QTest::addRow("wrong password") << QStringLiteral("mailer") << QStringLiteral("mailer")
                                        << QStringLiteral("wrong") << ops << int(SmtpErrorKind::Auth) << 535 << false
                                        << QStringList{QStringLiteral("rejected the login as mailer"),
                                                       QStringLiteral("535")};
        QTest::addRow("unknown recipient") << QString() << QString() << QString() << QStringLiteral("nobody@fleet.test")
                                           << int(SmtpErrorKind::Rejected) << 550 << true
                                           << QStringList{QStringLiteral("refused the recipient nobody@fleet.test"),
                                                          QStringLiteral("550 5.1.1"), QStringLiteral("User unknown")};
        QTest::addRow("greylisted") << QString() << QString() << QString() << ops << int(SmtpErrorKind::Temporary)
                                    << 451 << false
                                    << QStringList{QStringLiteral("temporary failure"),
                                                   QStringLiteral("RCPT TO:<ops@fleet.test>"),
                                                   QStringLiteral("451 4.7.1")};
    }
    void classifiesRefusals()
    {
        QFETCH(QString, sinkUser);
        QFETCH(QString, clientUser);
        QFETCH(QString, password);
        QFETCH(QString, recipient);
        QFETCH(int, kind);
        QFETCH(int, replyCode);
        QFETCH(bool, permanent);
        QFETCH(QStringList, phrases);
        SmtpSink sink;
        SmtpSinkOptions o;
        o.user = sinkUser;
        o.password = QStringLiteral("right");
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test")};
        o.temporaryFailures = kind == int(SmtpErrorKind::Temporary) ? 1 : 0;
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        const SmtpSender sender(settingsFor(sink, SmtpSecurity::StartTls, clientUser), password);
        const SmtpResult r = sender.send({recipient}, message(QStringLiteral("x")));
        const QString shown = smtpErrorKindName(r.kind) + QStringLiteral(": ") + r.message + u'\n' + sink.output();
        QVERIFY2(int(r.kind) == kind, qPrintable(shown));
        QCOMPARE(r.replyCode, replyCode);
        QCOMPARE(r.permanent(), permanent);
        for (const QString &phrase : std::as_const(phrases))
            QVERIFY2(r.message.contains(phrase), qPrintable(phrase + QStringLiteral(" not in ") + shown));
        QVERIFY2(!r.message.contains(QStringLiteral("right")), qPrintable(r.message)); // no password echoed
        QVERIFY(sink.messages().isEmpty());
    }

    // What the queue does with each kind: a temporary failure (451) stays queued and goes out on a
    // later round; a permanent refusal (550 to the recipient) becomes "failed" and is never tried
    // again; a missing login (530) is the set-up's fault and stays queued until it is fixed.
    void queueRetriesTemporaryNotPermanent()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("f.db"))));
        SmtpSink sink;
        SmtpSinkOptions o;
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test")};
        o.temporaryFailures = 1;
        QVERIFY2(sink.start(o), qPrintable(sink.error()));

        NotificationQueue queue(db);
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-03-04T10:00:00Z"), Qt::ISODate);
        const auto add = [&](const QString &recipient, const QString &subject) {
            NotificationRecord n;
            n.createdAt = t0;
            n.event = QStringLiteral("opened");
            n.recipients = {recipient};
            n.subject = subject;
            n.bodyText = QStringLiteral("text");
            return queue.add(n);
        };
        const auto greylisted = add(QStringLiteral("ops@fleet.test"), QStringLiteral("greylisted"));
        const auto unknown = add(QStringLiteral("nobody@fleet.test"), QStringLiteral("unknown"));
        QVERIFY(greylisted && unknown);
        const SmtpSender sender(settingsFor(sink, SmtpSecurity::StartTls), QString());
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");

        auto first = queue.deliverDue(sender, from, t0, &rng);
        QVERIFY(first);
        QCOMPARE(first->sent, 0);
        QCOMPARE(first->failed, 2);
        QCOMPARE(first->refused, 1);
        auto g = queue.find(*greylisted);
        auto u = queue.find(*unknown);
        QVERIFY(g && *g && u && *u);
        QCOMPARE((*g)->state, kStateQueued);
        QVERIFY((*g)->nextAttemptAt > t0);
        QVERIFY2((*g)->lastError.contains(QStringLiteral("451")), qPrintable((*g)->lastError));
        QCOMPARE((*u)->state, kStateFailed);
        QCOMPARE((*u)->attempts, 1);
        QVERIFY(!(*u)->nextAttemptAt.isValid());
        QVERIFY2((*u)->lastError.contains(QStringLiteral("550")), qPrintable((*u)->lastError));

        // A day later: the greylisted mail goes out, the refused one is not tried.
        auto later = queue.deliverDue(sender, from, t0.addDays(1), &rng);
        QVERIFY(later);
        QCOMPARE(later->sent, 1);
        QCOMPARE(later->failed, 0);
        auto never = queue.deliverDue(sender, from, t0.addDays(30), &rng);
        QVERIFY(never);
        QCOMPARE(never->sent + never->failed, 0);
        const auto mails = sink.messages();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.constFirst().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        g = queue.find(*greylisted);
        u = queue.find(*unknown);
        QCOMPARE((*g)->state, kStateSent);
        QCOMPARE((*g)->attempts, 2);
        QCOMPARE((*u)->state, kStateFailed);
        QCOMPARE((*u)->attempts, 1);
    }

    void queueKeepsMailUntilLoginIsConfigured()
    {
        QTemporaryDir dir;
        storage::Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("f.db"))));
        SmtpSink sink;
        SmtpSinkOptions o;
        o.user = QStringLiteral("mailer");
        o.password = QStringLiteral("pw");
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        NotificationQueue queue(db);
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-03-04T10:00:00Z"), Qt::ISODate);
        NotificationRecord n;
        n.createdAt = t0;
        n.event = QStringLiteral("opened");
        n.recipients = {QStringLiteral("ops@fleet.test")};
        n.subject = QStringLiteral("login");
        n.bodyText = QStringLiteral("text");
        const auto id = queue.add(n);
        QVERIFY(id);
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");

        auto noLogin =
            queue.deliverDue(SmtpSender(settingsFor(sink, SmtpSecurity::StartTls), QString()), from, t0, &rng);
        QVERIFY(noLogin);
        QCOMPARE(noLogin->failed, 1);
        QCOMPARE(noLogin->refused, 0);
        QVERIFY2(noLogin->lastError.contains(QStringLiteral("requires authentication")),
                 qPrintable(noLogin->lastError));
        auto row = queue.find(*id);
        QVERIFY(row && *row);
        QCOMPARE((*row)->state, kStateQueued);
        QVERIFY((*row)->nextAttemptAt > t0);

        const SmtpSender fixed(settingsFor(sink, SmtpSecurity::StartTls, o.user), o.password);
        auto sent = queue.deliverDue(fixed, from, t0.addDays(1), &rng);
        QVERIFY(sent);
        QCOMPARE(sent->sent, 1);
        QCOMPARE(sink.messages().size(), 1);
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
