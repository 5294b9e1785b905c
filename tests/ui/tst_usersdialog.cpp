// The users dialog against a real profile database: setting up the first administrator, an
// administrator adding a Customer through the add form, role changes, disabling, password resets,
// Unix group mappings, the core's refusal to demote or disable the last administrator, and a
// non-administrator being refused the list, each in the core's own words.

#include "UsersDialog.h"
#include "security/UserStore.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnv.h"

using namespace fleet;
using security::Role;

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
const security::Actor kAdmin{QStringLiteral("admin"), Role::Administrator};
} // namespace

class TestUsersDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString emptyProfile()
    {
        const QString path = m_dir.filePath(QStringLiteral("users%1.db").arg(++m_file));
        storage::Database db(QStringLiteral("test"));
        if (const auto error = db.open(path))
            qFatal("%s", qPrintable(error.message));
        return path;
    }

    QString profileWithAdmin()
    {
        const QString path = emptyProfile();
        storage::Database db(QStringLiteral("test"));
        db.open(path);
        security::UserStore users(db, security::HashParameters::interactive());
        if (const auto admin = users.createFirstAdministrator(kAdmin.name, kPassword, QStringLiteral("root")); !admin)
            qFatal("%s", qPrintable(admin.error().message));
        return path;
    }

    static bool waitLoaded(ui::UsersDialog &dialog)
    {
        QSignalSpy loaded(&dialog, &ui::UsersDialog::loaded);
        return loaded.wait(fleet::test::scaled(20000));
    }

    // Runs a change and waits until the lists show its outcome; returns the error line.
    template <typename F> static QString changeAndWait(ui::UsersDialog &dialog, F &&change)
    {
        QSignalSpy loaded(&dialog, &ui::UsersDialog::loaded);
        change();
        if (!loaded.wait(fleet::test::scaled(20000)))
            return QStringLiteral("<timed out>");
        return dialog.errorText();
    }

    static QString cell(const ui::UsersDialog &dialog, const QString &user, int column)
    {
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("usersTable"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == user)
                return table->item(r, column)->text();
        }
        return QStringLiteral("<no row>");
    }

    // Fills the add form the Add button opens and presses OK.
    static void fillAddForm(ui::UsersDialog &dialog, const QString &name, Role role, const QString &password)
    {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addUser")), Qt::LeftButton);
        auto *form = dialog.findChild<QDialog *>(QStringLiteral("userEditDialog"));
        QVERIFY(form && form->isVisible());
        form->findChild<QLineEdit *>(QStringLiteral("editUserName"))->setText(name);
        auto *roleBox = form->findChild<QComboBox *>(QStringLiteral("editUserRole"));
        if (roleBox->isEnabled())
            roleBox->setCurrentIndex(roleBox->findData(security::roleName(role)));
        form->findChild<QLineEdit *>(QStringLiteral("editUserPassword"))->setText(password);
        form->findChild<QLineEdit *>(QStringLiteral("editUserRepeat"))->setText(password);
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formOk")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FLEETKEEPER_ARGON2", "interactive");
    }

    void firstAdministratorEndsSetUp()
    {
        ui::UsersDialog dialog(emptyProfile(), {QStringLiteral("osuser"), Role::Administrator});
        dialog.show();
        QVERIFY(waitLoaded(dialog));
        QVERIFY(dialog.users().isEmpty());
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addUser"));
        QCOMPARE(add->text(), QStringLiteral("&Add administrator…"));
        QSignalSpy created(&dialog, &ui::UsersDialog::firstAdministratorCreated);
        QSignalSpy loaded(&dialog, &ui::UsersDialog::loaded);
        // Whatever role the form would offer, the first account is an administrator.
        fillAddForm(dialog, QStringLiteral("boss"), Role::Customer, kPassword);
        QVERIFY(loaded.wait(fleet::test::scaled(20000)));
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().first().value<security::Actor>(),
                 (security::Actor{QStringLiteral("boss"), Role::Administrator}));
        QCOMPARE(cell(dialog, QStringLiteral("boss"), 1), security::roleTitle(Role::Administrator));
        QCOMPARE(add->text(), QStringLiteral("&Add user…"));
    }

    void adminManagesACustomer()
    {
        const QString path = profileWithAdmin();
        ui::UsersDialog dialog(path, kAdmin);
        dialog.show();
        QVERIFY(waitLoaded(dialog));
        QSignalSpy loaded(&dialog, &ui::UsersDialog::loaded);
        fillAddForm(dialog, QStringLiteral("carol"), Role::Customer, kPassword);
        QVERIFY(loaded.wait(fleet::test::scaled(20000)));
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(cell(dialog, QStringLiteral("carol"), 1), security::roleTitle(Role::Customer));
        QCOMPARE(cell(dialog, QStringLiteral("carol"), 2), QStringLiteral("Enabled"));

        // A name taken, a weak password: refused by the core, in its words.
        QCOMPARE(changeAndWait(dialog, [&] { dialog.addUser(QStringLiteral("Carol"), Role::Customer, kPassword); }),
                 QStringLiteral("A user named Carol exists already."));
        QCOMPARE(
            changeAndWait(dialog, [&] { dialog.addUser(QStringLiteral("dave"), Role::Customer, QStringLiteral("x")); }),
            security::UserStore::checkPasswordPolicy(QStringLiteral("dave"), QStringLiteral("x")).message);

        // Disable through the button, which then offers to enable.
        dialog.selectUser(QStringLiteral("carol"));
        auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("toggleDisabled"));
        QVERIFY(toggle->isEnabled());
        QCOMPARE(changeAndWait(dialog, [&] { QTest::mouseClick(toggle, Qt::LeftButton); }), QString());
        QCOMPARE(cell(dialog, QStringLiteral("carol"), 2), QStringLiteral("Disabled"));
        QCOMPARE(toggle->text(), QStringLiteral("&Enable"));
        QCOMPARE(changeAndWait(dialog, [&] { QTest::mouseClick(toggle, Qt::LeftButton); }), QString());
        QCOMPARE(cell(dialog, QStringLiteral("carol"), 2), QStringLiteral("Enabled"));

        QCOMPARE(changeAndWait(dialog, [&] { dialog.changeRole(QStringLiteral("carol"), Role::PowerUser); }),
                 QString());
        QCOMPARE(cell(dialog, QStringLiteral("carol"), 1), security::roleTitle(Role::PowerUser));
        const QString fresh = QStringLiteral("reset by the admin 42");
        QCOMPARE(changeAndWait(dialog, [&] { dialog.resetPassword(QStringLiteral("carol"), fresh); }), QString());

        storage::Database db(QStringLiteral("check"));
        QVERIFY(!db.open(path));
        security::UserStore users(db, security::HashParameters::interactive());
        QCOMPARE(*users.authenticate(QStringLiteral("carol"), fresh),
                 (security::Actor{QStringLiteral("carol"), Role::PowerUser}));
    }

    void lastAdministratorStays_data()
    {
        QTest::addColumn<bool>("disable"); // else demote
        QTest::addRow("disable") << true;
        QTest::addRow("demote") << false;
    }

    void lastAdministratorStays()
    {
        QFETCH(bool, disable);
        ui::UsersDialog dialog(profileWithAdmin(), kAdmin);
        dialog.show();
        QVERIFY(waitLoaded(dialog));
        dialog.selectUser(kAdmin.name);
        const QString error = changeAndWait(dialog, [&] {
            if (disable)
                QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("toggleDisabled")), Qt::LeftButton);
            else
                dialog.changeRole(kAdmin.name, Role::Customer);
        });
        QCOMPARE(error, QStringLiteral("admin is the last administrator; make another user administrator first."));
        QCOMPARE(cell(dialog, kAdmin.name, 1), security::roleTitle(Role::Administrator));
        QCOMPARE(cell(dialog, kAdmin.name, 2), QStringLiteral("Enabled"));
    }

    void groupMappings()
    {
        ui::UsersDialog dialog(profileWithAdmin(), kAdmin);
        dialog.show();
        QVERIFY(waitLoaded(dialog));
        QSignalSpy loaded(&dialog, &ui::UsersDialog::loaded);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addGroup")), Qt::LeftButton);
        auto *form = dialog.findChild<QDialog *>(QStringLiteral("groupEditDialog"));
        QVERIFY(form);
        form->findChild<QLineEdit *>(QStringLiteral("editGroupName"))->setText(QStringLiteral("printing"));
        auto *role = form->findChild<QComboBox *>(QStringLiteral("editGroupRole"));
        role->setCurrentIndex(role->findData(security::roleName(Role::PowerUser)));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("formOk")), Qt::LeftButton);
        QVERIFY(loaded.wait(fleet::test::scaled(20000)));
        QCOMPARE(dialog.groups().size(), 1);
        QCOMPARE(dialog.groups().first().group, QStringLiteral("printing"));
        QCOMPARE(dialog.groups().first().role, Role::PowerUser);

        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("groupTable"));
        table->selectRow(0);
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeGroup"));
        QVERIFY(remove->isEnabled());
        QCOMPARE(changeAndWait(dialog, [&] { QTest::mouseClick(remove, Qt::LeftButton); }), QString());
        QVERIFY(dialog.groups().isEmpty());
        QCOMPARE(changeAndWait(dialog, [&] { dialog.mapGroup(QStringLiteral("  "), Role::Customer); }),
                 QStringLiteral("A group name is needed."));
    }

    void nonAdministratorIsRefused()
    {
        const security::Actor customer{QStringLiteral("carol"), Role::Customer};
        ui::UsersDialog dialog(profileWithAdmin(), customer);
        dialog.show();
        QVERIFY(waitLoaded(dialog));
        QCOMPARE(dialog.errorText(), security::check(customer, security::Permission::ManageUsers).message);
        QVERIFY(dialog.users().isEmpty());
    }
};

QTEST_MAIN(TestUsersDialog)
#include "tst_usersdialog.moc"
