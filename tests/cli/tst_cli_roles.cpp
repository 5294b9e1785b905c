// The permission matrix through fleetkeeper-cli: accounts of every role are created with
// `users add`, then state-changing commands run `--as` each of them with the password in
// FLEETKEEPER_PASSWORD. A refused command exits 2 with "NAME (Role) may not ..." and leaves a
// "denied" row in the audit log; an allowed one gets past the check (it may still fail for
// another reason, such as no server). Also: the users subcommands and `audit verify` noticing a
// row changed in the database file.
//
// Expected roles come from docs/security.md's table, written out here.

#include "CliRunner.h"
#include "TestEnv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

namespace {

using fleet::test::CliResult;
using fleet::test::CliRunner;

// Refused by the permission check: exit 2 with "NAME (Role) may not ...".
bool isRefused(const CliResult &r)
{
    return r.exitCode == 2 && QString::fromUtf8(r.err).contains(QStringLiteral(" may not "));
}

const QString kAdmin = QStringLiteral("ada");
const QString kPassword = QStringLiteral("correct horse battery");

// One account per person role: name and the letter used in the tables below.
struct Account
{
    QString name;
    QString role;
    QChar letter;
};
const QList<Account> kAccounts = {
    {kAdmin, QStringLiteral("administrator"), u'A'},
    {QStringLiteral("pete"), QStringLiteral("power-user"), u'P'},
    {QStringLiteral("carla"), QStringLiteral("customer-administrator"), u'C'},
    {QStringLiteral("cuss"), QStringLiteral("customer"), u'U'},
};

} // namespace

class TestCliRoles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_profile;

    // password: FLEETKEEPER_PASSWORD (null: unset); input: standard input.
    CliResult cli(const QStringList &args, const QString &password = {}, const QByteArray &input = {},
                  const QString &profile = {})
    {
        CliRunner runner(profile.isEmpty() ? m_profile : profile);
        QProcessEnvironment &env = runner.environment();
        env.insert(QStringLiteral("FLEETKEEPER_ARGON2"), QStringLiteral("interactive"));
        env.remove(QStringLiteral("FLEETKEEPER_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("FLEETKEEPER_PASSWORD"), password);
        return runner.run(args, input);
    }

    // The first administrator, then one account per other role, all with kPassword.
    bool createAccounts(const QString &profile)
    {
        const QByteArray line = kPassword.toUtf8() + '\n';
        const CliResult first = cli({QStringLiteral("users"), QStringLiteral("add"), kAdmin}, {}, line, profile);
        if (first.exitCode != 0) {
            qWarning().noquote() << first.describe();
            return false;
        }
        for (const Account &a : kAccounts) {
            if (a.name == kAdmin)
                continue;
            const CliResult added = cli({QStringLiteral("users"), QStringLiteral("add"), a.name,
                                         QStringLiteral("--role"), a.role, QStringLiteral("--as"), kAdmin},
                                        kPassword, line, profile);
            if (added.exitCode != 0) {
                qWarning().noquote() << added.describe();
                return false;
            }
        }
        return true;
    }

    qint64 auditRows(const QString &actor, const QString &action, const QString &result)
    {
        const QString name = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
        qint64 n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_profile + QStringLiteral("/fleetkeeper.db"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND action = ? AND result = ?"));
                q.addBindValue(actor);
                q.addBindValue(action);
                q.addBindValue(result);
                if (q.exec() && q.next())
                    n = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("matrix"));
        QVERIFY(createAccounts(m_profile));
    }

    void commandsAsEachRole_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("allowed"); // letters of the roles that may
        QTest::addColumn<QString>("action");  // the audit log's name for it
        const QString closed = QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort());
        const QStringList quick = {QStringLiteral("--timeout"),   QStringLiteral("100"),
                                   QStringLiteral("--retries"),   QStringLiteral("0"),
                                   QStringLiteral("--community"), QStringLiteral("public")};
        for (const Account &a : kAccounts) {
            const QStringList as = {QStringLiteral("--as"), a.name};
            const QByteArray who = a.role.toUtf8(); // lives as long as the rows are added
            QTest::addRow("profiles add as %s", who.constData())
                << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("lab-") + a.name,
                               QStringLiteral("--community"), QStringLiteral("public")} +
                       as
                << QStringLiteral("APC") << QStringLiteral("credentials.save");
            QTest::addRow("report as %s", who.constData())
                << QStringList{QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2020-01-01")} + as
                << QStringLiteral("APC") << QStringLiteral("export.meter-usage");
            QTest::addRow("poll as %s", who.constData()) << QStringList{QStringLiteral("poll"), closed} + quick + as
                                                         << QStringLiteral("APC") << QStringLiteral("poll.now");
            QTest::addRow("discover as %s", who.constData())
                << QStringList{QStringLiteral("discover"), closed} + quick + as << QStringLiteral("APC")
                << QStringLiteral("discovery.now");
            QTest::addRow("alerts ack as %s", who.constData())
                << QStringList{QStringLiteral("alerts"), QStringLiteral("ack"), QStringLiteral("4242"),
                               QStringLiteral("--note"), QStringLiteral("seen")} +
                       as
                << QStringLiteral("APC") << QStringLiteral("alerts.acknowledge");
            QTest::addRow("export-payload as %s", who.constData())
                << QStringList{QStringLiteral("export-payload"), QStringLiteral("-")} + as << QStringLiteral("AP")
                << QStringLiteral("payload.preview");
            QTest::addRow("outbox show as %s", who.constData())
                << QStringList{QStringLiteral("outbox"), QStringLiteral("--show"), QStringLiteral("4242")} + as
                << QStringLiteral("AP") << QStringLiteral("payload.view");
            QTest::addRow("sync now as %s", who.constData())
                << QStringList{QStringLiteral("sync"), QStringLiteral("--now")} + as << QStringLiteral("AP")
                << QStringLiteral("sync.now");
            QTest::addRow("smtp set as %s", who.constData())
                << QStringList{QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--server"),
                               QStringLiteral("127.0.0.1")} +
                       as
                << QStringLiteral("AP") << QStringLiteral("smtp.set");
            QTest::addRow("thresholds set as %s", who.constData())
                << QStringList{QStringLiteral("thresholds"), QStringLiteral("set"),
                               QStringLiteral("supply-percent=12")} +
                       as
                << QStringLiteral("AP") << QStringLiteral("alerting.thresholds");
            QTest::addRow("alert-profiles add as %s", who.constData())
                << QStringList{QStringLiteral("alert-profiles"), QStringLiteral("add"), QStringLiteral("ops-") + a.name,
                               QStringLiteral("--to"), QStringLiteral("ops@example.net")} +
                       as
                << QStringLiteral("AP") << QStringLiteral("alert-profiles.add");
            QTest::addRow("register as %s", who.constData()) << QStringList{QStringLiteral("register"),
                                                                            QStringLiteral("--server"),
                                                                            QStringLiteral("https://127.0.0.1:1/fk"),
                                                                            QStringLiteral("--key"),
                                                                            QStringLiteral("k"),
                                                                            QStringLiteral("--account"),
                                                                            QStringLiteral("Acme"),
                                                                            QStringLiteral("--site"),
                                                                            QStringLiteral("HQ"),
                                                                            QStringLiteral("--email"),
                                                                            QStringLiteral("it@example.net")} +
                                                                    as
                                                             << QStringLiteral("A") << QStringLiteral("sync.register");
            QTest::addRow("devices as %s", who.constData())
                << QStringList{QStringLiteral("devices")} << QStringLiteral("APCU") << QString();
        }
    }

    void commandsAsEachRole()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, allowed);
        QFETCH(QString, action);
        const qsizetype at = args.indexOf(QStringLiteral("--as"));
        const QString name = at >= 0 ? args.at(at + 1) : kAdmin;
        const auto account =
            std::find_if(kAccounts.cbegin(), kAccounts.cend(), [&](const Account &a) { return a.name == name; });
        QVERIFY(account != kAccounts.cend());
        const bool expected = allowed.contains(account->letter);
        const qint64 deniedBefore = action.isEmpty() ? 0 : auditRows(name, action, QStringLiteral("denied"));

        const CliResult r = cli(args, kPassword);
        if (expected) {
            QVERIFY2(!isRefused(r) && !r.err.contains("may not"), qPrintable(r.describe()));
            QVERIFY2(r.exitCode >= 0, qPrintable(r.describe()));
        } else {
            QVERIFY2(isRefused(r), qPrintable(r.describe()));
            QVERIFY2(QString::fromUtf8(r.err).contains(name + QStringLiteral(" (")), qPrintable(r.describe()));
            QCOMPARE(auditRows(name, action, QStringLiteral("denied")), deniedBefore + 1);
        }
    }

    void wrongOrMissingPasswordIsRefused()
    {
        const QStringList report = {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                    QStringLiteral("--as"), QStringLiteral("pete")};
        const CliResult wrong = cli(report, QStringLiteral("not the password"));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(!wrong.err.contains("may not"), qPrintable(wrong.describe()));
        // Without FLEETKEEPER_PASSWORD the first line of standard input is the password.
        const CliResult fromStdin = cli(report, QString(), kPassword.toUtf8() + '\n');
        QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.describe()));
        // The OS user has no role once accounts exist (and no group is mapped).
        const CliResult nobody =
            cli({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2020-01-01")});
        QCOMPARE(nobody.exitCode, 2);
        QVERIFY2(nobody.err.contains("--as"), qPrintable(nobody.describe()));
    }

    void usersSubcommands()
    {
        const QString profile = m_dir.filePath(QStringLiteral("users"));
        QVERIFY(createAccounts(profile));
        auto as = [](const QString &name) { return QStringList{QStringLiteral("--as"), name}; };

        const CliResult list =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("list")} + as(kAdmin), kPassword, {}, profile);
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        for (const Account &a : kAccounts)
            QVERIFY2(list.out.contains(a.name.toUtf8()), qPrintable(list.describe()));
        const CliResult listByCustomer =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("list")} + as(QStringLiteral("cuss")), kPassword,
                {}, profile);
        QVERIFY2(isRefused(listByCustomer), qPrintable(listByCustomer.describe()));

        // An administrator resets a password: the old one stops working, the new one works.
        const QString fresh = QStringLiteral("another long secret");
        const CliResult passwd =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("cuss")} + as(kAdmin),
                kPassword, fresh.toUtf8() + '\n', profile);
        QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.describe()));
        const QStringList report = {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2020-01-01")};
        QCOMPARE(cli(report + as(QStringLiteral("cuss")), kPassword, {}, profile).exitCode, 2);
        const CliResult refusedReport = cli(report + as(QStringLiteral("cuss")), fresh, {}, profile);
        QVERIFY2(isRefused(refusedReport),
                 qPrintable(refusedReport.describe())); // signed in; a Customer may not export

        // A new role takes effect at the next command.
        const CliResult role = cli(QStringList{QStringLiteral("users"), QStringLiteral("set-role"),
                                               QStringLiteral("cuss"), QStringLiteral("power-user")} +
                                       as(kAdmin),
                                   kPassword, {}, profile);
        QVERIFY2(role.exitCode == 0, qPrintable(role.describe()));
        const CliResult allowedReport = cli(report + as(QStringLiteral("cuss")), fresh, {}, profile);
        QVERIFY2(allowedReport.exitCode == 0, qPrintable(allowedReport.describe()));

        // A removed (disabled: the audit log still names it) account signs in no more.
        const CliResult disable =
            cli(QStringList{QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("cuss")} + as(kAdmin),
                kPassword, {}, profile);
        QVERIFY2(disable.exitCode == 0, qPrintable(disable.describe()));
        const CliResult disabled = cli(report + as(QStringLiteral("cuss")), fresh, {}, profile);
        QCOMPARE(disabled.exitCode, 2);
        QVERIFY2(!isRefused(disabled), qPrintable(disabled.describe())); // not a role refusal: no sign-in at all
    }

    void auditVerifyDetectsAChangedRow()
    {
        // By now the matrix profile has many rows (sign-ins, refusals, allowed calls).
        const QStringList verify = {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), kAdmin};
        const CliResult intact = cli(verify, kPassword);
        QVERIFY2(intact.exitCode == 0, qPrintable(intact.describe()));
        QVERIFY2(intact.out.contains("intact"), qPrintable(intact.describe()));
        // The customer may not look at it.
        const CliResult refused =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--as"), QStringLiteral("cuss")},
                kPassword);
        QVERIFY2(isRefused(refused), qPrintable(refused.describe()));

        // Someone with write access to the file turns a refusal into a success.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_profile + QStringLiteral("/fleetkeeper.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT min(seq) FROM audit_log WHERE result = 'denied'")) && q.next());
            const qint64 seq = q.value(0).toLongLong();
            QVERIFY(seq > 0);
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE seq = %1").arg(seq)),
                     qPrintable(q.lastError().text()));
            db.close();
            const CliResult damaged = cli(verify, kPassword);
            QCOMPARE(damaged.exitCode, 1);
            QVERIFY2(damaged.out.contains(QStringLiteral("damaged at row %1").arg(seq).toUtf8()),
                     qPrintable(damaged.describe()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
};

QTEST_GUILESS_MAIN(TestCliRoles)
#include "tst_cli_roles.moc"
