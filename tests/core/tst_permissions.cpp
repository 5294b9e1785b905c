// The whole permission matrix, cell by cell, against a table written out here independently of
// core/security/Permissions.cpp, and the readable refusal message.

#include "security/Permissions.h"

#include <QTest>

using namespace fleet::security;

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        // Roles in the order administrator, power-user, customer-administrator, customer, system, remote.
        const QList<QPair<const char *, const char *>> expected{
            {"view", "AAAAAA"},
            {"poll-now", "AAA-AA"},
            {"discover", "AAA-A-"},
            {"edit-credentials", "AAA---"},
            {"acknowledge-alerts", "AAA---"},
            {"export", "AAA-A-"},
            {"change-settings", "AA---A"},
            {"register-server", "A-----"},
            {"sync", "AA--AA"},
            {"security-mode", "A-A---"},
            {"view-payload", "AA----"},
            {"action-device-status", "AAAA-A"},
            {"action-reboot", "AA---A"},
            {"action-upgrade-firmware", "AA---A"},
            {"action-troubleshoot", "AAA--A"},
            {"action-print-test-page", "AAA--A"},
            {"action-start-management", "AA---A"},
            {"action-open-web-page", "AAAA--"},
            {"manage-users", "A-----"},
            {"view-audit", "AAA---"},
            {"change-own-password", "AAAA--"},
        };
        const QStringList roles{
            QStringLiteral("administrator"), QStringLiteral("power-user"), QStringLiteral("customer-administrator"),
            QStringLiteral("customer"),      QStringLiteral("system"),     QStringLiteral("remote")};
        QCOMPARE(expected.size(), allPermissions().size());
        for (const auto &[permission, cells] : expected) {
            for (int i = 0; i < roles.size(); ++i)
                QTest::addRow("%s by %s", permission, qPrintable(roles.at(i)))
                    << QString::fromLatin1(permission) << roles.at(i) << (cells[i] == 'A');
        }
    }

    void matrix()
    {
        QFETCH(QString, permission);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        const auto r = roleFromName(role);
        QVERIFY(r);
        std::optional<Permission> p;
        for (Permission candidate : allPermissions()) {
            if (permissionName(candidate) == permission)
                p = candidate;
        }
        QVERIFY2(p, qPrintable(permission));
        QCOMPARE(isAllowed(*r, *p), allowed);
        const SecurityError error = check(Actor{QStringLiteral("alice"), *r}, *p);
        QCOMPARE(error.isError(), !allowed);
        if (!allowed) {
            QCOMPARE(error.code, SecurityErrorCode::Denied);
            QCOMPARE(error.message, QStringLiteral("alice (%1) may not %2.").arg(roleTitle(*r), permissionVerb(*p)));
        }
    }

    void deniedMessageReads()
    {
        const SecurityError error = check(Actor{QStringLiteral("bob"), Role::Customer}, Permission::AcknowledgeAlerts);
        QCOMPARE(error.message, QStringLiteral("bob (Customer) may not acknowledge alerts."));
        QVERIFY(!check(Actor::system(), Permission::PollNow));
        QCOMPARE(check(Actor::remote(), Permission::ManageUsers).message,
                 QStringLiteral("remote (Remote) may not manage users."));
    }

    void namesRoundTrip()
    {
        QSet<QString> names;
        for (Role role : allRoles()) {
            QCOMPARE(roleFromName(roleName(role)), std::optional<Role>(role));
            names.insert(roleName(role));
        }
        QCOMPARE(names.size(), allRoles().size());
        QCOMPARE(roleFromName(u"POWER-USER"), std::optional<Role>(Role::PowerUser));
        QVERIFY(!roleFromName(u"root"));
        QSet<QString> permissions;
        for (Permission p : allPermissions()) {
            QVERIFY(!permissionVerb(p).isEmpty());
            permissions.insert(permissionName(p));
        }
        QCOMPARE(permissions.size(), allPermissions().size());
        QVERIFY(!accountRoles().contains(Role::System));
        QVERIFY(!accountRoles().contains(Role::Remote));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
