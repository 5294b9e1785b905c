// SMTP delivery against a real server on loopback (aiosmtpd): STARTTLS with AUTH, implicit TLS,
// a certificate that must be refused, a wrong password, a login the server requires but the
// settings lack, an unknown recipient and greylisting, and a server that is down and then up
// again while the durable queue loses nothing and sends each mail once. The queue retries what
// may succeed later and gives up on what the server refused for good. One refused recipient does
// not keep the mail from the others, and a failed notification can be put back by hand.

#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/MailMessage.h"
#include "alerting/NotificationQueue.h"
#include "alerting/QueueControl.h"
#include "alerting/SmtpSender.h"
#include "alerting/TestMail.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using fleet::test::smtpSettingsFor;
using fleet::test::SmtpSink;
using fleet::test::SmtpSinkOptions;
using fleet::test::TestPki;

namespace {

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

NotificationRecord notification(const QDateTime &createdAt, const QStringList &recipients, const QString &subject)
{
    NotificationRecord n;
    n.createdAt = createdAt;
    n.event = QStringLiteral("opened");
    n.recipients = recipients;
    n.subject = subject;
    n.bodyText = QStringLiteral("text");
    return n;
}

// Where the queue cases start: a fresh database with its notification queue, the SMTP sink, and
// the time the first notifications are created.
struct QueueFixture
{
    QTemporaryDir dir;
    storage::Database db;
    NotificationQueue queue{db};
    SmtpSink sink;
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2024-03-04T10:00:00Z"), Qt::ISODate);
    QString error; // why open() or start() failed

    bool open()
    {
        if (const auto e = db.open(dir.filePath(QStringLiteral("f.db"))))
            error = QStringLiteral("cannot open the database: ") + e.message;
        return error.isEmpty();
    }
    // open(), then the sink with options.
    bool start(const SmtpSinkOptions &options)
    {
        if (open() && !sink.start(options))
            error = sink.error();
        return error.isEmpty();
    }
};

SmtpSinkOptions withLogin()
{
    SmtpSinkOptions o;
    o.user = QStringLiteral("mailer");
    o.password = QStringLiteral("pw");
    return o;
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
            smtpSettingsFor(sink, implicitTls ? SmtpSecurity::ImplicitTls : SmtpSecurity::StartTls, user), o.password);
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
        SmtpSettings s = smtpSettingsFor(sink, SmtpSecurity::StartTls, o.user);
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
        const SmtpSender sender(smtpSettingsFor(sink, SmtpSecurity::StartTls, clientUser), password);
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
        QueueFixture f;
        SmtpSinkOptions o;
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test")};
        o.temporaryFailures = 1;
        QVERIFY2(f.start(o), qPrintable(f.error));

        const auto add = [&](const QString &recipient, const QString &subject) {
            return f.queue.add(notification(f.t0, {recipient}, subject));
        };
        const auto greylisted = add(QStringLiteral("ops@fleet.test"), QStringLiteral("greylisted"));
        const auto unknown = add(QStringLiteral("nobody@fleet.test"), QStringLiteral("unknown"));
        QVERIFY(greylisted && unknown);
        const SmtpSender sender(smtpSettingsFor(f.sink, SmtpSecurity::StartTls), QString());
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");

        auto first = f.queue.deliverDue(sender, from, f.t0, &rng);
        QVERIFY(first);
        QCOMPARE(first->sent, 0);
        QCOMPARE(first->failed, 2);
        QCOMPARE(first->refused, 1);
        auto g = f.queue.find(*greylisted);
        auto u = f.queue.find(*unknown);
        QVERIFY(g && *g && u && *u);
        QCOMPARE((*g)->state, kStateQueued);
        QVERIFY((*g)->nextAttemptAt > f.t0);
        QVERIFY2((*g)->lastError.contains(QStringLiteral("451")), qPrintable((*g)->lastError));
        QCOMPARE((*u)->state, kStateFailed);
        QCOMPARE((*u)->attempts, 1);
        QVERIFY(!(*u)->nextAttemptAt.isValid());
        QVERIFY2((*u)->lastError.contains(QStringLiteral("550")), qPrintable((*u)->lastError));

        // A day later: the greylisted mail goes out, the refused one is not tried.
        auto later = f.queue.deliverDue(sender, from, f.t0.addDays(1), &rng);
        QVERIFY(later);
        QCOMPARE(later->sent, 1);
        QCOMPARE(later->failed, 0);
        auto never = f.queue.deliverDue(sender, from, f.t0.addDays(30), &rng);
        QVERIFY(never);
        QCOMPARE(never->sent + never->failed, 0);
        const auto mails = f.sink.messages();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.constFirst().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        g = f.queue.find(*greylisted);
        u = f.queue.find(*unknown);
        QCOMPARE((*g)->state, kStateSent);
        QCOMPARE((*g)->attempts, 2);
        QCOMPARE((*u)->state, kStateFailed);
        QCOMPARE((*u)->attempts, 1);
    }

    void queueKeepsMailUntilLoginIsConfigured()
    {
        QueueFixture f;
        const SmtpSinkOptions o = withLogin();
        QVERIFY2(f.start(o), qPrintable(f.error));
        const auto id = f.queue.add(notification(f.t0, {QStringLiteral("ops@fleet.test")}, QStringLiteral("login")));
        QVERIFY(id);
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");

        auto noLogin = f.queue.deliverDue(SmtpSender(smtpSettingsFor(f.sink, SmtpSecurity::StartTls), QString()), from,
                                          f.t0, &rng);
        QVERIFY(noLogin);
        QCOMPARE(noLogin->failed, 1);
        QCOMPARE(noLogin->refused, 0);
        QVERIFY2(noLogin->lastError.contains(QStringLiteral("requires authentication")),
                 qPrintable(noLogin->lastError));
        auto row = f.queue.find(*id);
        QVERIFY(row && *row);
        QCOMPARE((*row)->state, kStateQueued);
        QVERIFY((*row)->nextAttemptAt > f.t0);

        const SmtpSender fixed(smtpSettingsFor(f.sink, SmtpSecurity::StartTls, o.user), o.password);
        auto sent = f.queue.deliverDue(fixed, from, f.t0.addDays(1), &rng);
        QVERIFY(sent);
        QCOMPARE(sent->sent, 1);
        QCOMPARE(f.sink.messages().size(), 1);
    }

    // The queue keeps the mail while the server is down, retries on its backoff and sends it
    // exactly once when the server is back.
    void serverDownThenUp()
    {
        QueueFixture f;
        const SmtpSinkOptions o = withLogin();
        QVERIFY2(f.start(o), qPrintable(f.error));
        f.sink.stop();

        for (int i = 0; i < 3; ++i) {
            NotificationRecord n =
                notification(f.t0, {QStringLiteral("ops@fleet.test")}, QStringLiteral("mail %1").arg(i));
            n.bodyHtml = QStringLiteral("<p>html</p>");
            QVERIFY(f.queue.add(n));
        }
        const SmtpSender sender(smtpSettingsFor(f.sink, SmtpSecurity::StartTls, o.user), o.password);
        QRandomGenerator rng(7);
        auto down = f.queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), f.t0, &rng);
        QVERIFY(down);
        QCOMPARE(down->sent, 0);
        QCOMPARE(down->failed, 3);
        auto rows = f.queue.list();
        QVERIFY(rows);
        for (const auto &n : *rows) {
            QCOMPARE(n.state, kStateQueued);
            QCOMPARE(n.attempts, 1);
            QVERIFY(n.nextAttemptAt > f.t0);
            QVERIFY(!n.lastError.isEmpty());
        }
        // Not due yet: nothing is tried.
        auto early = f.queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), f.t0.addSecs(10), &rng);
        QVERIFY(early);
        QCOMPARE(early->failed + early->sent, 0);

        QVERIFY2(f.sink.start(o), qPrintable(f.sink.error()));
        const QDateTime later = f.t0.addSecs(3600);
        auto up = f.queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), later, &rng);
        QVERIFY(up);
        QCOMPARE(up->sent, 3);
        auto again = f.queue.deliverDue(sender, QStringLiteral("agent@fleet.test"), later.addSecs(7200), &rng);
        QVERIFY(again);
        QCOMPARE(again->sent, 0);
        QCOMPARE(f.sink.messages().size(), 3);
        rows = f.queue.list();
        for (const auto &n : *rows) {
            QCOMPARE(n.state, kStateSent);
            QCOMPARE(n.attempts, 2);
            QCOMPARE(n.sentAt, later);
        }
    }

    // A refused address does not keep the mail from the others (CURLOPT_MAIL_RCPT_ALLOWFAILS): the
    // server takes it for the accepted ones, and the result names each refused one with its reply.
    // Only when every recipient is refused does the send fail, permanently only if every refusal was.
    void recipientsRefusedOneByOne_data()
    {
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<int>("greylisted"); // the sink answers the first N RCPT TO with 451
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("delivered"); // the envelope of the one mail received; empty: none
        QTest::addColumn<QStringList>("refused");   // address:code, in order
        const QString ops = QStringLiteral("ops@fleet.test");
        const QString desk = QStringLiteral("desk@fleet.test");
        const QString nobody = QStringLiteral("nobody@fleet.test");
        const QString gone = QStringLiteral("gone@fleet.test");
        QTest::addRow("one unknown, one accepted")
            << QStringList{nobody, ops} << 0 << int(SmtpErrorKind::None) << QStringList{ops}
            << QStringList{QStringLiteral("nobody@fleet.test:550")};
        QTest::addRow("accepted, unknown, accepted")
            << QStringList{ops, nobody, desk} << 0 << int(SmtpErrorKind::None) << QStringList{ops, desk}
            << QStringList{QStringLiteral("nobody@fleet.test:550")};
        QTest::addRow("one greylisted, one accepted")
            << QStringList{desk, ops} << 1 << int(SmtpErrorKind::None) << QStringList{ops}
            << QStringList{QStringLiteral("desk@fleet.test:451")};
        QTest::addRow("all unknown") << QStringList{nobody, gone} << 0 << int(SmtpErrorKind::Rejected) << QStringList()
                                     << QStringList{QStringLiteral("nobody@fleet.test:550"),
                                                    QStringLiteral("gone@fleet.test:550")};
        QTest::addRow("one greylisted, one unknown")
            << QStringList{ops, nobody} << 1 << int(SmtpErrorKind::Temporary) << QStringList()
            << QStringList{QStringLiteral("ops@fleet.test:451"), QStringLiteral("nobody@fleet.test:550")};
        QTest::addRow("all accepted") << QStringList{ops, desk} << 0 << int(SmtpErrorKind::None)
                                      << QStringList{ops, desk} << QStringList();
    }
    void recipientsRefusedOneByOne()
    {
        QFETCH(QStringList, recipients);
        QFETCH(int, greylisted);
        QFETCH(int, kind);
        QFETCH(QStringList, delivered);
        QFETCH(QStringList, refused);
        SmtpSink sink;
        SmtpSinkOptions o;
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test"), QStringLiteral("gone@fleet.test")};
        o.temporaryFailures = greylisted;
        QVERIFY2(sink.start(o), qPrintable(sink.error()));
        const SmtpResult r = SmtpSender(smtpSettingsFor(sink, SmtpSecurity::StartTls), QString())
                                 .send(recipients, message(QStringLiteral("x")));
        const QString shown = smtpErrorKindName(r.kind) + QStringLiteral(": ") + r.message + u'\n' + sink.output();
        QVERIFY2(int(r.kind) == kind, qPrintable(shown));
        QStringList got;
        for (const RecipientRefusal &f : r.refusedRecipients) {
            got << QStringLiteral("%1:%2").arg(f.address).arg(f.replyCode);
            QVERIFY2(f.reply.startsWith(QString::number(f.replyCode)), qPrintable(f.reply));
            QVERIFY2(f.reply.contains(f.address), qPrintable(f.reply));
        }
        QCOMPARE(got, refused);
        const auto mails = sink.messages();
        if (delivered.isEmpty()) {
            QVERIFY(mails.isEmpty());
            QCOMPARE(r.permanent(), kind == int(SmtpErrorKind::Rejected));
            for (const QString &address : std::as_const(recipients))
                QVERIFY2(r.message.contains(address), qPrintable(shown));
        } else {
            QCOMPARE(mails.size(), 1);
            QCOMPARE(mails.constFirst().recipients, delivered);
            const QString note = refusedRecipientsNote(r.refusedRecipients);
            QCOMPARE(note.isEmpty(), refused.isEmpty());
            for (const RecipientRefusal &f : r.refusedRecipients)
                QVERIFY2(note.contains(f.address) && note.contains(f.reply), qPrintable(note));
        }
    }

    // In the queue: a mail the server took for some recipients is "sent" once, and its delivery
    // result names who did not get it; a greylisted recipient among accepted ones gets the mail
    // later through a queued row of its own (the others do not get it twice); all refused is "failed".
    void queueRecordsRefusedRecipients()
    {
        QueueFixture f;
        SmtpSinkOptions o;
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test"), QStringLiteral("gone@fleet.test")};
        o.temporaryFailures = 1;
        QVERIFY2(f.start(o), qPrintable(f.error));
        const QString ops = QStringLiteral("ops@fleet.test");
        // Oldest first: the greylisted one takes the sink's one 451.
        const auto greylisted =
            f.queue.add(notification(f.t0, {QStringLiteral("desk@fleet.test"), ops}, QStringLiteral("grey")));
        const auto partly = f.queue.add(
            notification(f.t0.addSecs(1), {ops, QStringLiteral("nobody@fleet.test")}, QStringLiteral("partly")));
        const auto none = f.queue.add(
            notification(f.t0.addSecs(2), {QStringLiteral("nobody@fleet.test"), QStringLiteral("gone@fleet.test")},
                         QStringLiteral("none")));
        QVERIFY(greylisted && partly && none);
        const SmtpSender sender(smtpSettingsFor(f.sink, SmtpSecurity::StartTls), QString());
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");

        auto round = f.queue.deliverDue(sender, from, f.t0.addSecs(10), &rng);
        QVERIFY(round);
        QCOMPARE(round->sent, 2);
        QCOMPARE(round->partly, 2);
        QCOMPARE(round->failed, 1);
        QCOMPARE(round->refused, 1);
        QCOMPARE(round->followUps, 1);

        auto g = f.queue.find(*greylisted);
        QVERIFY(g && *g);
        QCOMPARE((*g)->state, kStateSent);
        QVERIFY2((*g)->lastError.contains(QStringLiteral("desk@fleet.test")) &&
                     (*g)->lastError.contains(QStringLiteral("451")) &&
                     (*g)->lastError.contains(QStringLiteral("for now")),
                 qPrintable((*g)->lastError));
        // The follow-up: the same mail, for the greylisted address only, queued and named in the first row.
        auto all = f.queue.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 4);
        const NotificationRecord followUp = all->first(); // newest
        QVERIFY(followUp.id != *greylisted && followUp.id != *partly && followUp.id != *none);
        QCOMPARE(followUp.state, kStateQueued);
        QCOMPARE(followUp.recipients, QStringList{QStringLiteral("desk@fleet.test")});
        QCOMPARE(followUp.subject, (*g)->subject);
        QCOMPARE(followUp.bodyText, (*g)->bodyText);
        QCOMPARE(followUp.attempts, 0);
        QVERIFY(followUp.nextAttemptAt > f.t0.addSecs(10));
        QVERIFY2((*g)->lastError.contains(QStringLiteral("notification %1").arg(followUp.id)),
                 qPrintable((*g)->lastError));
        auto p = f.queue.find(*partly);
        QVERIFY(p && *p);
        QCOMPARE((*p)->state, kStateSent);
        QCOMPARE((*p)->attempts, 1);
        QVERIFY2((*p)->lastError.contains(QStringLiteral("nobody@fleet.test")) &&
                     (*p)->lastError.contains(QStringLiteral("550 5.1.1")),
                 qPrintable((*p)->lastError));
        QVERIFY(!(*p)->lastError.contains(ops));
        auto n = f.queue.find(*none);
        QVERIFY(n && *n);
        QCOMPARE((*n)->state, kStateFailed);
        QVERIFY2((*n)->lastError.contains(QStringLiteral("nobody@fleet.test")) &&
                     (*n)->lastError.contains(QStringLiteral("gone@fleet.test")),
                 qPrintable((*n)->lastError));

        // Later the greylisted address gets its mail; nothing else goes out twice, nothing refused is retried.
        auto later = f.queue.deliverDue(sender, from, f.t0.addDays(2), &rng);
        QVERIFY(later);
        QCOMPARE(later->sent, 1);
        QCOMPARE(later->failed, 0);
        QCOMPARE(later->followUps, 0);
        auto fu = f.queue.find(followUp.id);
        QVERIFY(fu && *fu);
        QCOMPARE((*fu)->state, kStateSent);
        QVERIFY2((*fu)->lastError.isEmpty(), qPrintable((*fu)->lastError));
        auto again = f.queue.deliverDue(sender, from, f.t0.addDays(4), &rng);
        QVERIFY(again);
        QCOMPARE(again->sent + again->failed, 0);
        const auto mails = f.sink.messages();
        QCOMPARE(mails.size(), 3);
        QCOMPARE(mails.at(0).recipients, QStringList{ops});
        QCOMPARE(mails.at(1).recipients, QStringList{ops});
        QCOMPARE(mails.at(2).recipients, QStringList{QStringLiteral("desk@fleet.test")});
        QVERIFY2(mails.at(2).raw.contains("Subject: grey"), mails.at(2).raw.constData());
    }

    // A failed notification put back by hand (the address was fixed on the server) goes out at the
    // next round; only a role that may change settings may do it, and both outcomes are audited.
    // Without an actor, retryNow leaves failed rows alone as before.
    void failedNotificationRetriedByHand()
    {
        QueueFixture f;
        SmtpSinkOptions o;
        o.refusedRecipients = {QStringLiteral("nobody@fleet.test")};
        QVERIFY2(f.start(o), qPrintable(f.error));
        const auto id =
            f.queue.add(notification(f.t0, {QStringLiteral("nobody@fleet.test")}, QStringLiteral("refused")));
        QVERIFY(id);
        const SmtpSender sender(smtpSettingsFor(f.sink, SmtpSecurity::StartTls), QString());
        QRandomGenerator rng(7);
        const QString from = QStringLiteral("agent@fleet.test");
        auto first = f.queue.deliverDue(sender, from, f.t0, &rng);
        QVERIFY(first);
        QCOMPARE(first->refused, 1);
        QCOMPARE((*f.queue.find(*id))->state, kStateFailed);

        const QDateTime t1 = f.t0.addSecs(3600);
        auto plain = retryNow(f.db, {*id}, t1);
        QVERIFY(plain);
        QCOMPARE(*plain, 0);
        QCOMPARE((*f.queue.find(*id))->state, kStateFailed);

        const security::Actor customer{QStringLiteral("carol"), security::Role::Customer};
        auto denied = retryNow(f.db, customer, {*id}, t1);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, security::SecurityErrorCode::Denied);
        QCOMPARE((*f.queue.find(*id))->state, kStateFailed);

        QVERIFY2(f.sink.restart({}), qPrintable(f.sink.error())); // the mailbox exists now
        const security::Actor admin{QStringLiteral("alice"), security::Role::Administrator};
        auto requeued = retryNow(f.db, admin, {*id}, t1);
        QVERIFY2(requeued, qPrintable(requeued.error().message));
        QCOMPARE(requeued->requeued, 1);
        QCOMPARE(requeued->rescheduled, 0);
        auto row = f.queue.find(*id);
        QCOMPARE((*row)->state, kStateQueued);
        QCOMPARE((*row)->nextAttemptAt, t1);
        QCOMPARE((*row)->attempts, 1);

        auto second = f.queue.deliverDue(sender, from, t1, &rng);
        QVERIFY(second);
        QCOMPARE(second->sent, 1);
        row = f.queue.find(*id);
        QCOMPARE((*row)->state, kStateSent);
        QCOMPARE((*row)->attempts, 2);
        QVERIFY((*row)->lastError.isEmpty());
        const auto mails = f.sink.messages();
        QCOMPARE(mails.size(), 1);
        QCOMPARE(mails.constFirst().recipients, QStringList{QStringLiteral("nobody@fleet.test")});

        // A sent row is not put back.
        auto again = retryNow(f.db, admin, {*id}, t1.addSecs(60));
        QVERIFY(again);
        QCOMPARE(again->requeued + again->rescheduled, 0);

        auto audit = security::AuditLog(f.db).list();
        QVERIFY(audit);
        QStringList outcomes;
        for (const auto &a : *audit)
            if (a.action == kRequeueAuditAction)
                outcomes << a.actor + u':' + a.result;
        outcomes.sort();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("alice:ok"), QStringLiteral("carol:denied")}));
    }

    // Which rows a hand on "Retry now" touches: queued ones are made due (no permission needed), named
    // failed ones are put back for a role with change-settings, an empty selection never puts failed
    // ones back, and sent, digest-held and merged rows are left alone whoever asks.
    void retryNowByState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("named"); // the row's id is passed; else the selection is empty
        QTest::addColumn<int>("role");   // -1: the call without an actor
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("due");    // next_attempt_at is now afterwards
        QTest::addColumn<bool>("denied"); // the call is refused
        const int admin = int(security::Role::Administrator);
        const int power = int(security::Role::PowerUser);
        const int customer = int(security::Role::Customer);
        QTest::addRow("queued, named, no actor") << kStateQueued << true << -1 << kStateQueued << true << false;
        QTest::addRow("queued, all, customer") << kStateQueued << false << customer << kStateQueued << true << false;
        QTest::addRow("failed, named, no actor") << kStateFailed << true << -1 << kStateFailed << false << false;
        QTest::addRow("failed, all, administrator") << kStateFailed << false << admin << kStateFailed << false << false;
        QTest::addRow("failed, named, administrator") << kStateFailed << true << admin << kStateQueued << true << false;
        QTest::addRow("failed, named, power user") << kStateFailed << true << power << kStateQueued << true << false;
        QTest::addRow("failed, named, customer") << kStateFailed << true << customer << kStateFailed << false << true;
        QTest::addRow("sent, named, administrator") << kStateSent << true << admin << kStateSent << false << false;
        QTest::addRow("digest, named, administrator")
            << kStateDigest << true << admin << kStateDigest << false << false;
        QTest::addRow("merged, named, administrator")
            << kStateMerged << true << admin << kStateMerged << false << false;
    }
    void retryNowByState()
    {
        QFETCH(QString, state);
        QFETCH(bool, named);
        QFETCH(int, role);
        QFETCH(QString, after);
        QFETCH(bool, due);
        QFETCH(bool, denied);
        QueueFixture f;
        QVERIFY2(f.open(), qPrintable(f.error));
        const auto id = NotificationQueue(f.db).add(notification(f.t0, {QStringLiteral("ops@fleet.test")}, state));
        QVERIFY(id);
        QVERIFY(!f.db.exec(QStringLiteral("UPDATE notifications SET state = ?, next_attempt_at = ? WHERE id = ?"),
                           {state, storage::sql::time(f.t0.addDays(1)), *id}));
        const QDateTime now = f.t0.addSecs(60);
        const QList<qint64> ids = named ? QList<qint64>{*id} : QList<qint64>{};
        if (role < 0) {
            QVERIFY(retryNow(f.db, ids, now));
        } else {
            const auto r = retryNow(f.db, {QStringLiteral("someone"), security::Role(role)}, ids, now);
            QCOMPARE(!r, denied);
        }
        const auto row = NotificationQueue(f.db).find(*id);
        QVERIFY(row && *row);
        QCOMPARE((*row)->state, after);
        QCOMPARE((*row)->nextAttemptAt == now, due);
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
