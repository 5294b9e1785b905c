// Local accounts with real Argon2id hashing (libsodium's minimum cost, and a rehash to a higher
// cost): the first administrator, sign-in and lockout on a test clock, password change and reset,
// disabling, role changes, the last-administrator guard, refusals recorded in the audit log, and
// the Unix group mapping for the user running the test.

#include "security/AuditLog.h"
#include "security/UserStore.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace fleet;
using namespace fleet::security;

namespace {
const QString kAdminPassword = QStringLiteral("correct horse battery");
const QString kUserPassword = QStringLiteral("tr0ub4dor&3-long");
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QDateTime m_now = QDateTime(QDate(2024, 5, 6), QTime(10, 0), Qt::UTC);

    std::unique_ptr<storage::Database> openDb()
    {
        auto db = std::make_unique<storage::Database>();
        const auto error = db->open(m_dir.filePath(QStringLiteral("users%1.db").arg(++m_file)));
        if (error)
            qWarning() << error.message;
        return db;
    }
    UserStore store(storage::Database &db, HashParameters hashing = HashParameters::minimum())
    {
        return UserStore(db, hashing, LockoutPolicy{3, std::chrono::minutes(15)}, [this] { return m_now; });
    }
    QStringList actions(storage::Database &db)
    {
        QStringList list;
        const auto rows = AuditLog(db).list();
        for (const AuditRecord &r : *rows)
            list << r.action + u'/' + r.result;
        return list;
    }

private Q_SLOTS:
    void firstAdministratorOnce()
    {
        auto db = openDb();
        UserStore users = store(*db);
        QCOMPARE(*users.hasUsers(), false);
        auto weak =
            users.createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("short"), QStringLiteral("root"));
        QCOMPARE(weak.error().code, SecurityErrorCode::InvalidArgument);
        auto admin = users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, QStringLiteral("root"));
        QVERIFY2(admin, qPrintable(admin.error().message));
        QCOMPARE(admin->role, Role::Administrator);
        auto again = users.createFirstAdministrator(QStringLiteral("other"), kAdminPassword, QStringLiteral("root"));
        QCOMPARE(again.error().code, SecurityErrorCode::Exists);
        const QString stored = db->scalar(QStringLiteral("SELECT password_hash FROM users"))->toString();
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
        QVERIFY(!stored.contains(kAdminPassword));
        QCOMPARE(actions(*db), QStringList{QStringLiteral("user.create-first-administrator/ok")});
        QCOMPARE(AuditLog(*db).list()->constFirst().actor, QStringLiteral("root"));
    }

    void signInAndLockout()
    {
        auto db = openDb();
        UserStore users = store(*db);
        QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {}));
        auto ok = users.authenticate(QStringLiteral("ADMIN"), kAdminPassword); // names ignore case
        QVERIFY2(ok, qPrintable(ok.error().message));
        QCOMPARE(ok->name, QStringLiteral("admin"));
        QCOMPARE(ok->role, Role::Administrator);

        auto unknown = users.authenticate(QStringLiteral("nobody"), kAdminPassword);
        auto wrong = users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong password!"));
        QCOMPARE(unknown.error().code, SecurityErrorCode::BadCredentials);
        QCOMPARE(wrong.error().code, SecurityErrorCode::BadCredentials);
        QCOMPARE(unknown.error().message, wrong.error().message); // does not reveal which names exist
        QCOMPARE(users.authenticate(QStringLiteral("admin"), QStringLiteral("wrong again!!")).error().code,
                 SecurityErrorCode::BadCredentials);
        auto third = users.authenticate(QStringLiteral("admin"), QStringLiteral("and again!!!"));
        QCOMPARE(third.error().code, SecurityErrorCode::Locked);
        // Locked: even the right password is refused, and the lock is in the database.
        QCOMPARE(users.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, SecurityErrorCode::Locked);
        QCOMPARE(store(*db).find(QStringLiteral("admin"))->value().lockedUntil, m_now.addSecs(15 * 60));
        m_now = m_now.addSecs(14 * 60);
        QCOMPARE(users.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, SecurityErrorCode::Locked);
        m_now = m_now.addSecs(2 * 60);
        QVERIFY(users.authenticate(QStringLiteral("admin"), kAdminPassword));
        const QStringList log = actions(*db);
        QVERIFY2(log.contains(QStringLiteral("user.locked/ok")), qPrintable(log.join(u' ')));
        QCOMPARE(log.count(QStringLiteral("login/failed")), 4);
        QCOMPARE(log.count(QStringLiteral("login/denied")), 2);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void passwordChangeAndReset()
    {
        auto db = openDb();
        UserStore users = store(*db);
        const Actor admin = users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {})->actor();
        auto bob = users.addUser(admin, QStringLiteral("bob"), Role::Customer, kUserPassword);
        QVERIFY2(bob, qPrintable(bob.error().message));
        const QString fresh = QStringLiteral("a new long password");
        QCOMPARE(users.changeOwnPassword(bob->actor(), QStringLiteral("not the old one"), fresh).code,
                 SecurityErrorCode::BadCredentials);
        QVERIFY(!users.changeOwnPassword(bob->actor(), kUserPassword, fresh));
        QCOMPARE(users.authenticate(QStringLiteral("bob"), kUserPassword).error().code,
                 SecurityErrorCode::BadCredentials);
        QVERIFY(users.authenticate(QStringLiteral("bob"), fresh));
        // Bob locks himself out; the administrator's reset lets him in again.
        for (int i = 0; i < 3; ++i)
            users.authenticate(QStringLiteral("bob"), QStringLiteral("guessing wrong"));
        QCOMPARE(users.authenticate(QStringLiteral("bob"), fresh).error().code, SecurityErrorCode::Locked);
        QCOMPARE(users.resetPassword(bob->actor(), QStringLiteral("bob"), kUserPassword).code,
                 SecurityErrorCode::Denied);
        QVERIFY(!users.resetPassword(admin, QStringLiteral("bob"), kUserPassword));
        QVERIFY(users.authenticate(QStringLiteral("bob"), kUserPassword));
        const QStringList log = actions(*db);
        QVERIFY(log.contains(QStringLiteral("user.password-change/ok")));
        QVERIFY(log.contains(QStringLiteral("user.password-reset/denied")));
        QVERIFY(log.contains(QStringLiteral("user.password-reset/ok")));
    }

    void managingNeedsAdministrator_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("administrator") << int(Role::Administrator) << true;
        QTest::addRow("power user") << int(Role::PowerUser) << false;
        QTest::addRow("customer administrator") << int(Role::CustomerAdministrator) << false;
        QTest::addRow("customer") << int(Role::Customer) << false;
        QTest::addRow("remote") << int(Role::Remote) << false;
    }

    void managingNeedsAdministrator()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        auto db = openDb();
        UserStore users = store(*db);
        QVERIFY(users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {}));
        const Actor actor{QStringLiteral("someone"), Role(role)};
        auto added = users.addUser(actor, QStringLiteral("carol"), Role::Customer, kUserPassword);
        QCOMPARE(added.ok(), allowed);
        QCOMPARE(users.users(actor).ok(), allowed);
        if (!allowed) {
            QCOMPARE(added.error().code, SecurityErrorCode::Denied);
            QVERIFY2(added.error().message.contains(QStringLiteral("may not manage users")),
                     qPrintable(added.error().message));
            QVERIFY(!users.find(QStringLiteral("carol"))->has_value());
            const AuditRecord last = AuditLog(*db).list({}, 1)->constFirst();
            QCOMPARE(last.result, QStringLiteral("denied"));
            QCOMPARE(last.actor, QStringLiteral("someone"));
        }
    }

    void rolesDisablingAndLastAdministrator()
    {
        auto db = openDb();
        UserStore users = store(*db);
        const Actor admin = users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {})->actor();
        QCOMPARE(users.setRole(admin, QStringLiteral("admin"), Role::Customer).code, SecurityErrorCode::Denied);
        QCOMPARE(users.setDisabled(admin, QStringLiteral("admin"), true).code, SecurityErrorCode::Denied);
        QVERIFY(users.addUser(admin, QStringLiteral("dave"), Role::PowerUser, kUserPassword));
        QCOMPARE(users.addUser(admin, QStringLiteral("Dave"), Role::Customer, kUserPassword).error().code,
                 SecurityErrorCode::Exists);
        QCOMPARE(users.addUser(admin, QStringLiteral("system"), Role::Customer, kUserPassword).error().code,
                 SecurityErrorCode::InvalidArgument);
        QCOMPARE(users.setRole(admin, QStringLiteral("dave"), Role::Remote).code, SecurityErrorCode::InvalidArgument);
        QVERIFY(!users.setRole(admin, QStringLiteral("dave"), Role::Administrator));
        QVERIFY(!users.setRole(admin, QStringLiteral("admin"), Role::Customer)); // dave is administrator now
        QCOMPARE(users.authenticate(QStringLiteral("admin"), kAdminPassword)->role, Role::Customer);
        QVERIFY(!users.setDisabled({QStringLiteral("dave"), Role::Administrator}, QStringLiteral("admin"), true));
        QCOMPARE(users.authenticate(QStringLiteral("admin"), kAdminPassword).error().code, SecurityErrorCode::Disabled);
        const auto rows = AuditLog(*db).list();
        const AuditRecord role = [&] {
            for (const AuditRecord &r : *rows) {
                if (r.action == u"user.role" && r.parameters.contains(QStringLiteral("\"to\":\"customer\"")))
                    return r;
            }
            return AuditRecord{};
        }();
        QCOMPARE(role.result, QStringLiteral("ok"));
        QVERIFY2(role.parameters.contains(QStringLiteral("\"from\":\"administrator\"")), qPrintable(role.parameters));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void rehashWhenParametersChange()
    {
        auto db = openDb();
        QVERIFY(store(*db).createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {}));
        const QString before = db->scalar(QStringLiteral("SELECT password_hash FROM users"))->toString();
        UserStore stronger = store(*db, HashParameters::interactive());
        QVERIFY(stronger.authenticate(QStringLiteral("admin"), kAdminPassword));
        const QString after = db->scalar(QStringLiteral("SELECT password_hash FROM users"))->toString();
        QVERIFY(before != after);
        QVERIFY2(after.contains(QStringLiteral("m=65536")), qPrintable(after)); // 64 MiB, INTERACTIVE
        QVERIFY(!PasswordHasher(HashParameters::interactive()).needsRehash(after));
        QVERIFY(stronger.authenticate(QStringLiteral("admin"), kAdminPassword));
        QVERIFY(AuditLog(*db).list({}, 2)->constFirst().parameters.contains(QStringLiteral("rehashed")));
    }

    void unixGroupMapsToRole()
    {
        auto db = openDb();
        UserStore users = store(*db);
        const Actor admin = users.createFirstAdministrator(QStringLiteral("admin"), kAdminPassword, {})->actor();
        const passwd *pw = ::getpwuid(::geteuid());
        QVERIFY(pw);
        const QString me = QString::fromLocal8Bit(pw->pw_name);
        const group *gr = ::getgrgid(pw->pw_gid);
        QVERIFY(gr);
        const QString primary = QString::fromLocal8Bit(gr->gr_name);
        QCOMPARE(users.actorForOsUser(me)->has_value(), false);
        QVERIFY(!users.mapGroup(admin, QStringLiteral("fleetkeeper-no-such-group"), Role::Administrator));
        QCOMPARE(users.actorForOsUser(me)->has_value(), false);
        QVERIFY(!users.mapGroup(admin, primary, Role::CustomerAdministrator));
        auto actor = users.actorForOsUser(me);
        QVERIFY(actor && actor->has_value());
        QCOMPARE(actor->value(), (Actor{me, Role::CustomerAdministrator}));
        QCOMPARE(users.mapGroup({me, Role::CustomerAdministrator}, primary, Role::Administrator).code,
                 SecurityErrorCode::Denied);
        QVERIFY(!users.mapGroup(admin, primary, std::nullopt));
        QCOMPARE(users.actorForOsUser(me)->has_value(), false);
        QCOMPARE(users.actorForOsUser(QStringLiteral("no-such-os-user-xyz"))->has_value(), false);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
