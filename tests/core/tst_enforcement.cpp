// The permission matrix enforced at the core's entry points: every role of security::allRoles()
// against every guarded operation, through the same calls the CLI and the GUI make. An allowed
// call passes the check (it may still fail for other reasons: no server, no such item), a refused
// one comes back with the readable "name (Role) may not ..." message, changes nothing, and leaves
// a "denied" row in the audit log.
//
// The expected roles are written out here from docs/security.md, not taken from isAllowed(), so a
// wrong permission at an entry point fails the test.

#include "TestEnv.h"
#include "actions/ActionRunner.h"
#include "schedule/FleetService.h"
#include "security/AuditLog.h"
#include "security/GuardedAlerts.h"
#include "storage/CredentialRepository.h"
#include "storage/DatabaseWorker.h"
#include "storage/MeterReport.h"
#include "sync/PayloadView.h"
#include "sync/SyncAgent.h"
#include "sync/SyncService.h"
#include "sync/SyncSettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fleet;
using namespace std::chrono_literals;
using security::Actor;
using security::Role;

Q_DECLARE_METATYPE(fleet::security::Role)
Q_DECLARE_METATYPE(fleet::actions::ActionKind)

namespace {

// A = Administrator, P = Power User, C = Customer Administrator, U = Customer, S = system, R = remote.
QChar letter(Role role)
{
    switch (role) {
    case Role::Administrator:
        return u'A';
    case Role::PowerUser:
        return u'P';
    case Role::CustomerAdministrator:
        return u'C';
    case Role::Customer:
        return u'U';
    case Role::System:
        return u'S';
    case Role::Remote:
        return u'R';
    }
    return u'?';
}

Actor actorFor(Role role)
{
    return {security::roleName(role), role};
}

struct Outcome
{
    bool refused = false; // came back refused
    QString message;      // the refusal's (or failure's) message
    bool changed = false; // the state the operation changes did change
    bool changes = true;  // whether the operation changes checkable state at all
};

} // namespace

class TestEnforcement : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_case = 0;

    ProfileRoot freshProfile()
    {
        const ProfileRoot profile(m_dir.filePath(QStringLiteral("p%1").arg(++m_case)));
        QString why;
        if (!profile.ensureExists(&why))
            qWarning() << why;
        storage::Database db(QStringLiteral("setup"));
        if (auto e = db.open(profile.databasePath()))
            qWarning() << e.message;
        return profile;
    }

    static qint64 auditRows(const ProfileRoot &profile, const Actor &actor, const QString &action,
                            const QString &result)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(profile.databasePath()))
            return -1;
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = ? AND role = ? AND "
                                          "action = ? AND result = ?"),
                           {actor.name, security::roleName(actor.role), action, result});
        return n ? n->toLongLong() : -1;
    }

    static qint64 auditRowsNot(const ProfileRoot &profile, const QString &action, const QString &result)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(profile.databasePath()))
            return -1;
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND result <> ?"),
                           {action, result});
        return n ? n->toLongLong() : -1;
    }

    // Runs one operation for actor on a fresh profile; the audit action it writes is in action.
    using Operation = std::function<Outcome(const ProfileRoot &, const Actor &)>;
    struct Guarded
    {
        QString action;
        QString allowed; // letters of the roles that may
        Operation run;
        bool auditsSystem = true; // the scheduler's own allowed call is audited too
    };

    static QList<Guarded> operations()
    {
        return {
            {QStringLiteral("credentials.save"), QStringLiteral("APC"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 storage::Database db;
                 db.open(profile.databasePath());
                 storage::SecretStore secrets(profile.secretsPath());
                 secrets.load();
                 snmp::Credential office;
                 office.name = QStringLiteral("office");
                 office.community = QStringLiteral("s3cret");
                 storage::CredentialRepository repo(db, secrets);
                 const auto e = repo.save(actor, {office});
                 auto loaded = repo.load();
                 return Outcome{e.code == security::SecurityErrorCode::Denied, e.message,
                                loaded && loaded->size() == 1};
             }},
            {QStringLiteral("export.meter-usage"), QStringLiteral("APCS"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 storage::Database db;
                 db.open(profile.databasePath());
                 const QDateTime to = QDateTime::currentDateTimeUtc();
                 auto rows = storage::exportMeterUsage(db, actor, to.addDays(-30), to);
                 Outcome o{!rows && rows.error().code == security::SecurityErrorCode::Denied,
                           rows ? QString() : rows.error().message};
                 o.changes = false;
                 return o;
             }},
            {QStringLiteral("security-mode.change"), QStringLiteral("AC"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 storage::Database db;
                 db.open(profile.databasePath());
                 QSettings ini(profile.settingsPath(), QSettings::IniFormat);
                 const auto e = sync::changeSecurityMode(ini, db, actor, sync::SecurityMode::LockedDown);
                 QSettings reread(profile.settingsPath(), QSettings::IniFormat);
                 return Outcome{e.code == security::SecurityErrorCode::Denied, e.message,
                                sync::SyncSettings::load(reread).isLockedDown()};
             }},
            {QStringLiteral("payload.view"), QStringLiteral("AP"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 storage::Database db;
                 db.open(profile.databasePath());
                 storage::SecretStore secrets(profile.secretsPath());
                 secrets.load();
                 // No such item: an allowed viewer gets "no outbox item", a refused one the refusal.
                 auto xml = sync::decryptOutboxPayload(db, secrets, actor, 4242);
                 Outcome o{!xml && xml.error().code == security::SecurityErrorCode::Denied,
                           xml ? QString() : xml.error().message};
                 o.changes = false;
                 return o;
             }},
            {QStringLiteral("alerts.acknowledge"), QStringLiteral("APC"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 storage::Database db;
                 db.open(profile.databasePath());
                 auto r = security::acknowledgeAlerts(db, actor, {4242}, QStringLiteral("seen"),
                                                      QDateTime::currentDateTimeUtc());
                 Outcome o{!r && r.error().code == security::SecurityErrorCode::Denied,
                           r ? QString() : r.error().message};
                 o.changes = false; // no such alert: nothing to change either way
                 return o;
             }},
            {QStringLiteral("settings.change"), QStringLiteral("APR"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 schedule::FleetService service(profile);
                 const QString problem = service.setPollInterval(actor, 15min);
                 return Outcome{!problem.isEmpty(), problem, service.pollInterval() == 15min};
             }},
            {QStringLiteral("poll.now"), QStringLiteral("APCSR"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 schedule::FleetService service(profile);
                 QSignalSpy warnings(&service, &schedule::FleetService::warning);
                 QSignalSpy started(&service, &schedule::FleetService::pollStarted);
                 const bool ok = service.pollNow(actor);
                 Outcome o{!ok, warnings.isEmpty() ? QString() : warnings.constFirst().constFirst().toString(),
                           !started.isEmpty()};
                 // The poll of an empty fleet ends at once; let it, so the profile is left quiet.
                 if (ok)
                     Q_UNUSED(QTest::qWaitFor([&] { return !service.isPolling(); }, test::scaled(10000)));
                 return o;
             },
             false},
            {QStringLiteral("discovery.now"), QStringLiteral("APCS"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 schedule::FleetService service(profile);
                 QSignalSpy warnings(&service, &schedule::FleetService::warning);
                 QSignalSpy started(&service, &schedule::FleetService::discoveryStarted);
                 const bool ok = service.discoverNow(actor);
                 Outcome o{!ok, warnings.isEmpty() ? QString() : warnings.constFirst().constFirst().toString(),
                           !started.isEmpty()};
                 if (ok)
                     Q_UNUSED(QTest::qWaitFor([&] { return !service.isDiscovering(); }, test::scaled(10000)));
                 return o;
             },
             false},
            {QStringLiteral("sync.now"), QStringLiteral("APSR"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 sync::SyncService service(profile);
                 QSignalSpy warnings(&service, &sync::SyncService::warning);
                 const bool ok = service.syncNow(actor);
                 QString message;
                 for (const auto &w : std::as_const(warnings))
                     if (w.constFirst().toString().contains(actor.name))
                         message = w.constFirst().toString();
                 Outcome o{!ok && !message.isEmpty(), message};
                 o.changes = false; // not registered: an allowed sync has nothing to send
                 if (ok)
                     Q_UNUSED(QTest::qWaitFor([&] { return !service.isWorking(); }, test::scaled(10000)));
                 return o;
             },
             false},
            {QStringLiteral("sync.register"), QStringLiteral("A"),
             [](const ProfileRoot &profile, const Actor &actor) {
                 sync::SyncAgent agent(profile);
                 sync::RegistrationRequest request;
                 request.registrationKey = QStringLiteral("key");
                 request.account = QStringLiteral("Acme");
                 request.site = QStringLiteral("HQ");
                 request.contactEmail = QStringLiteral("it@example.net");
                 request.agentName = QStringLiteral("test");
                 std::optional<sync::SyncError> error;
                 agent.registerAgent(actor, request,
                                     [&](const sync::SyncError &e, const sync::RegistrationResult &) { error = e; });
                 Q_UNUSED(QTest::qWaitFor([&] { return error.has_value(); }, test::scaled(10000)));
                 // No server is configured: an allowed registration fails on that, not on the role.
                 const QString message = error ? error->message : QString();
                 Outcome o{error && error->kind == sync::SyncErrorKind::NotAllowed, message};
                 o.changes = false;
                 return o;
             }},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FLEETKEEPER_ARGON2", "interactive");
    }

    void everyRoleAgainstEveryOperation_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<Role>("role");
        const QList<Guarded> ops = operations();
        QCOMPARE(security::allRoles().size(), 6); // a new role needs its column in the tables here
        for (int i = 0; i < ops.size(); ++i)
            for (Role role : security::allRoles())
                QTest::addRow("%s as %s", qPrintable(ops.at(i).action), qPrintable(security::roleName(role)))
                    << i << role;
    }

    void everyRoleAgainstEveryOperation()
    {
        QFETCH(int, operation);
        QFETCH(Role, role);
        const Guarded op = operations().at(operation);
        const bool expected = op.allowed.contains(letter(role));
        const Actor actor = actorFor(role);
        const ProfileRoot profile = freshProfile();

        const Outcome o = op.run(profile, actor);
        if (expected) {
            QVERIFY2(!o.refused, qPrintable(o.message));
            if (o.changes)
                QVERIFY(o.changed);
            // The check passed: no refusal was audited, and a person's call was.
            QTRY_COMPARE_WITH_TIMEOUT(auditRows(profile, actor, op.action, security::kAuditDenied), 0,
                                      test::scaled(1000));
            if (role != Role::System || op.auditsSystem)
                QTRY_VERIFY_WITH_TIMEOUT(auditRowsNot(profile, op.action, security::kAuditDenied) >= 1,
                                         test::scaled(5000));
        } else {
            QVERIFY2(o.refused, qPrintable(QStringLiteral("not refused: ") + o.message));
            // The readable message names who and what.
            QVERIFY2(o.message.startsWith(actor.name + QStringLiteral(" (") + security::roleTitle(role) +
                                          QStringLiteral(") may not ")),
                     qPrintable(o.message));
            if (o.changes)
                QVERIFY(!o.changed);
            QTRY_COMPARE_WITH_TIMEOUT(auditRows(profile, actor, op.action, security::kAuditDenied), 1,
                                      test::scaled(5000));
            QCOMPARE(auditRowsNot(profile, op.action, security::kAuditDenied), 0);
        }
        // Whatever happened, the chain is intact.
        storage::Database db(QStringLiteral("verify"));
        QVERIFY(!db.open(profile.databasePath()));
        auto verified = security::AuditLog(db).verify();
        QVERIFY(verified);
        QVERIFY2(verified->intact(), qPrintable(verified->reason));
    }

    // Actions: every role against every action kind. Every action is disabled by the policy, so
    // nothing is sent anywhere: a role that may run it is refused by the policy ("disabled"), one
    // that may not is refused by the role check first. Both runs are in the audit log.
    void actionsRefuseRolesWithoutThePermission_data()
    {
        QTest::addColumn<actions::ActionKind>("kind");
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<actions::ActionKind, QString>> table = {
            {actions::ActionKind::Status, QStringLiteral("APCUR")},
            {actions::ActionKind::Reboot, QStringLiteral("APR")},
            {actions::ActionKind::Firmware, QStringLiteral("APR")},
            {actions::ActionKind::Manage, QStringLiteral("APR")},
            {actions::ActionKind::Unmanage, QStringLiteral("APR")},
            {actions::ActionKind::Troubleshoot, QStringLiteral("APCR")},
            {actions::ActionKind::TestPage, QStringLiteral("APCR")},
            {actions::ActionKind::WebPage, QStringLiteral("APCU")},
        };
        QCOMPARE(table.size(), actions::allActions().size());
        for (const auto &[kind, allowed] : table)
            for (Role role : security::allRoles())
                QTest::addRow("%s as %s", qPrintable(actions::actionName(kind)), qPrintable(security::roleName(role)))
                    << kind << role << allowed.contains(letter(role));
    }

    void actionsRefuseRolesWithoutThePermission()
    {
        QFETCH(actions::ActionKind, kind);
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        const ProfileRoot profile = freshProfile();
        storage::DatabaseWorker worker(profile.databasePath(), QStringLiteral("actions"));
        actions::ActionPolicy policy;
        for (actions::ActionKind k : actions::allActions())
            policy.setDisabled(k, true);
        actions::ActionRequest request;
        request.kind = kind;
        request.actor = actorFor(role);
        request.origin = role == Role::Remote ? actions::Origin::Remote : actions::Origin::Local;
        request.device.host = QStringLiteral("127.0.0.1");
        request.device.name = QStringLiteral("desk printer");
        actions::ActionRunner runner(request, policy, &worker);
        QSignalSpy finished(&runner, &actions::ActionRunner::finished);
        runner.start();
        QVERIFY(finished.wait(test::scaled(10000)));
        const actions::ActionResult result = runner.result().value();
        QCOMPARE(result.outcome, actions::Outcome::Refused);
        QVERIFY2(!result.details.contains(QStringLiteral("recordError")),
                 qPrintable(result.details.value(QStringLiteral("recordError")).toString()));
        const QString denial = security::check(request.actor, actions::actionPermission(kind)).message;
        if (allowed) {
            QVERIFY(denial.isEmpty());
            QVERIFY(!result.message.contains(QStringLiteral(" may not ")));
        } else {
            QVERIFY(!denial.isEmpty());
            QCOMPARE(result.message, denial);
        }
        // The run is in the audit log too, with who, role and the refusal.
        storage::Database db(QStringLiteral("check"));
        QVERIFY(!db.open(profile.databasePath()));
        auto rows = security::AuditLog(db).list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const security::AuditRecord &row = rows->constFirst();
        QCOMPARE(row.actor, request.actor.name);
        QCOMPARE(row.role, security::roleName(role));
        QCOMPARE(row.action, QStringLiteral("action.") + actions::actionName(kind));
        QCOMPARE(row.result, QString(security::kAuditDenied));
        QCOMPARE(row.message, result.message);
        QVERIFY(row.parameters.contains(QStringLiteral("desk printer")));
    }
};

QTEST_GUILESS_MAIN(TestEnforcement)
#include "tst_enforcement.moc"
