// `notifications`, `alert-profiles add|list|remove|test-mail` and `smtp set|show` as a user runs
// them: the built fleetkeeper-cli in a QProcess with stdin closed (or fed the password), against
// a real SMTP server (aiosmtpd with STARTTLS and AUTH) on loopback.

#include "CliRunner.h"
#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fleet::test::CliResult;
using fleet::test::CliRunner;
using fleet::test::SmtpSink;
using fleet::test::SmtpSinkOptions;
using fleet::test::TestPki;

class TestAlertingCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    SmtpSink m_sink;
    SmtpSinkOptions m_options;

    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        return CliRunner(m_profile.path()).run(args, input);
    }

    QJsonArray notifications()
    {
        const CliResult r = cli({QStringLiteral("notifications"), QStringLiteral("--json")});
        return r.json().value(u"notifications").toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY(m_profile.isValid());
        m_options.user = QStringLiteral("mailer");
        m_options.password = QStringLiteral("pass word");
        QVERIFY2(m_sink.start(m_options), qPrintable(m_sink.error()));
    }

    void smtpSetAndShow()
    {
        CliResult r = cli({QStringLiteral("smtp"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"configured").toBool(), false);

        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--port"), QString::number(m_sink.port()), QStringLiteral("--security"),
                 QStringLiteral("starttls"), QStringLiteral("--user"), m_options.user,
                 QStringLiteral("--password-stdin"), QStringLiteral("--from"), QStringLiteral("agent@fleet.test"),
                 QStringLiteral("--ca-file"), TestPki::instance().caCertificate()},
                m_options.password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(m_options.password.toUtf8()), "the password is never printed");

        r = cli({QStringLiteral("smtp"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject s = r.json();
        QCOMPARE(s.value(u"server").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(s.value(u"port").toInt(), int(m_sink.port()));
        QCOMPARE(s.value(u"security").toString(), QStringLiteral("starttls"));
        QCOMPARE(s.value(u"user").toString(), m_options.user);
        QCOMPARE(s.value(u"passwordSet").toBool(), true);
        QCOMPARE(s.value(u"configured").toBool(), true);
        QVERIFY(!r.out.contains(m_options.password.toUtf8()));

        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--security"), QStringLiteral("plain")});
        QCOMPARE(r.exitCode, 2); // only STARTTLS or TLS exist
    }

    // `thresholds`: defaults shown with their meaning; set by name, checked, kept; a mistake changes nothing.
    void thresholdsShowAndSet()
    {
        CliResult r = cli({QStringLiteral("thresholds"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"supply-percent").toDouble(), 10.0);
        QCOMPARE(r.json().value(u"failed-polls").toInt(), 3);
        QCOMPARE(r.json().value(u"not-reporting-hours").toInt(), 24);

        r = cli({QStringLiteral("thresholds"), QStringLiteral("set"), QStringLiteral("supply-percent=15.5"),
                 QStringLiteral("failed-polls=5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("supply-percent = 15.5") && r.out.contains("failed-polls = 5"),
                 qPrintable(r.describe()));

        struct Mistake
        {
            const char *assignment;
            const char *says;
        };
        for (const Mistake &m : {Mistake{"supply-percent=140", "between 0 and 100"},
                                 Mistake{"failed-polls=2.5", "whole number"}, Mistake{"failed-polls=many", "number"},
                                 Mistake{"toner=5", "NAME=VALUE"}, Mistake{"supply-percent", "NAME=VALUE"}}) {
            r = cli({QStringLiteral("thresholds"), QStringLiteral("set"), QStringLiteral("days-to-empty=3"),
                     QString::fromLatin1(m.assignment)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(m.says), qPrintable(r.describe()));
        }
        r = cli({QStringLiteral("thresholds"), QStringLiteral("set")});
        QCOMPARE(r.exitCode, 2);

        r = cli({QStringLiteral("thresholds"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"supply-percent").toDouble(), 15.5);
        QCOMPARE(r.json().value(u"failed-polls").toInt(), 5);
        QCOMPARE(r.json().value(u"days-to-empty").toDouble(), 7.0); // the refused commands changed nothing
    }

    void alertProfiles_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("no recipient") << QStringList{QStringLiteral("nobody")} << 2;
        QTest::addRow("not an address") << QStringList{QStringLiteral("bad"), QStringLiteral("--to"),
                                                       QStringLiteral("ops at fleet")}
                                        << 2;
        QTest::addRow("unknown kind") << QStringList{QStringLiteral("kind"), QStringLiteral("--to"),
                                                     QStringLiteral("ops@fleet.test"), QStringLiteral("--kinds"),
                                                     QStringLiteral("lunch")}
                                      << 2;
        QTest::addRow("two scopes")
            << QStringList{QStringLiteral("scopes"),     QStringLiteral("--to"),    QStringLiteral("ops@fleet.test"),
                           QStringLiteral("--location"), QStringLiteral("Floor 2"), QStringLiteral("--model"),
                           QStringLiteral("HP")}
            << 2;
        QTest::addRow("valid") << QStringList{QStringLiteral("ops"),
                                              QStringLiteral("--to"),
                                              QStringLiteral("ops@fleet.test"),
                                              QStringLiteral("--kinds"),
                                              QStringLiteral("supplyLow,notAnswering"),
                                              QStringLiteral("--quiet"),
                                              QStringLiteral("22:00-07:00")}
                               << 0;
        QTest::addRow("taken name") << QStringList{QStringLiteral("ops"), QStringLiteral("--to"),
                                                   QStringLiteral("other@fleet.test")}
                                    << 2;
    }
    void alertProfiles()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliResult r = cli(QStringList{QStringLiteral("alert-profiles"), QStringLiteral("add")} + args);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        if (exitCode != 0)
            QVERIFY2(!r.err.isEmpty(), "a refusal says why");
    }

    void listShowsTheStoredProfile()
    {
        const CliResult r = cli({QStringLiteral("alert-profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray profiles = r.json().value(u"profiles").toArray();
        QCOMPARE(profiles.size(), 1);
        const QJsonObject ops = profiles.first().toObject();
        QCOMPARE(ops.value(u"name").toString(), QStringLiteral("ops"));
        QCOMPARE(ops.value(u"recipients").toArray().first().toString(), QStringLiteral("ops@fleet.test"));
    }

    void testMailReachesTheServerAndIsListed()
    {
        const CliResult r = cli({QStringLiteral("alert-profiles"), QStringLiteral("test-mail"), QStringLiteral("ops")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + m_sink.output()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), 1, fleet::test::scaled(5000));
        QCOMPARE(m_sink.messages().constFirst().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        const QJsonArray list = notifications();
        QCOMPARE(list.size(), 1);
        const QJsonObject n = list.first().toObject();
        QCOMPARE(n.value(u"event").toString(), QStringLiteral("test"));
        QCOMPARE(n.value(u"state").toString(), QStringLiteral("sent"));
        QCOMPARE(n.value(u"profile").toString(), QStringLiteral("ops"));
    }

    void testMailWithTheServerDownFailsAndSaysWhy()
    {
        m_sink.stop();
        const CliResult r = cli({QStringLiteral("alert-profiles"), QStringLiteral("test-mail"), QStringLiteral("ops")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("not delivered"), qPrintable(r.describe()));
        const QJsonObject n = notifications().first().toObject();
        QCOMPARE(n.value(u"state").toString(), QStringLiteral("queued")); // kept for its retries
        QVERIFY(!n.value(u"lastError").toString().isEmpty());
        QVERIFY2(m_sink.start(m_options), qPrintable(m_sink.error()));
        QCOMPARE(m_sink.messages().size(), 1);
    }

    void removeProfile()
    {
        CliResult r = cli({QStringLiteral("alert-profiles"), QStringLiteral("remove"), QStringLiteral("ops")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("alert-profiles"), QStringLiteral("remove"), QStringLiteral("ops")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("alert-profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(u"profiles").toArray().size(), 0);
        // The record of what was sent outlives the profile.
        QCOMPARE(notifications().size(), 2);
    }

    // A mail the server refused for good is stored as failed; an administrator who fixed the cause
    // puts it back in the queue with `notifications retry ID`, which is audited.
    void failedNotificationIsQueuedAgainByHand()
    {
        SmtpSinkOptions refusing = m_options;
        refusing.refusedRecipients = {QStringLiteral("gone@fleet.test")};
        QVERIFY2(m_sink.restart(refusing), qPrintable(m_sink.error()));
        CliResult r = cli({QStringLiteral("alert-profiles"), QStringLiteral("add"), QStringLiteral("bounce"),
                           QStringLiteral("--to"), QStringLiteral("gone@fleet.test")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("alert-profiles"), QStringLiteral("test-mail"), QStringLiteral("bounce")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe() + m_sink.output()));
        QJsonObject n = notifications().first().toObject();
        QCOMPARE(n.value(u"state").toString(), QStringLiteral("failed"));
        const QString id = QString::number(n.value(u"id").toInteger());

        r = cli({QStringLiteral("notifications"), QStringLiteral("retry"), QStringLiteral("twelve")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("notifications"), QStringLiteral("retry"), id, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(u"requeued").toInt(), 1);
        n = notifications().first().toObject();
        QCOMPARE(n.value(u"id").toInteger(), id.toLongLong());
        QCOMPARE(n.value(u"state").toString(), QStringLiteral("queued"));

        r = cli({QStringLiteral("audit"), QStringLiteral("log"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("notifications.requeue"), qPrintable(r.describe()));
        QVERIFY2(m_sink.restart(m_options), qPrintable(m_sink.error()));
    }

    void cleanupTestCase() { m_sink.stop(); }
};

QTEST_GUILESS_MAIN(TestAlertingCli)
#include "tst_alertingcli.moc"
