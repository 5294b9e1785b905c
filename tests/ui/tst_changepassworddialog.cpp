// Changing one's own password through the dialog against a real profile database: the repeat
// must match, the core's rules and its check of the current password are shown in its words, and
// after success only the new password signs in.

#include "ChangePasswordDialog.h"
#include "security/UserStore.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnv.h"

using namespace fleet;
using security::Role;

namespace {
const QString kUser = QStringLiteral("carol");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kNew = QStringLiteral("a much newer passphrase");
} // namespace

class TestChangePasswordDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString profileWithUser()
    {
        const QString path = m_dir.filePath(QStringLiteral("change%1.db").arg(++m_file));
        storage::Database db(QStringLiteral("test"));
        if (const auto error = db.open(path))
            qFatal("%s", qPrintable(error.message));
        security::UserStore users(db, security::HashParameters::interactive());
        const auto admin = users.createFirstAdministrator(QStringLiteral("admin"), kPassword, QStringLiteral("root"));
        const auto carol = users.addUser(admin->actor(), kUser, Role::Customer, kPassword);
        if (!carol)
            qFatal("%s", qPrintable(carol.error().message));
        return path;
    }

    static bool signsIn(const QString &path, const QString &password)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(path))
            return false;
        return security::UserStore(db, security::HashParameters::interactive()).authenticate(kUser, password).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FLEETKEEPER_ARGON2", "interactive");
    }

    void change_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("fresh");
        QTest::addColumn<QString>("repeat");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addRow("changed") << kPassword << kNew << kNew << QString();
        QTest::addRow("repeat differs") << kPassword << kNew << kNew + u'!'
                                        << QStringLiteral("The new passwords do not match.");
        QTest::addRow("too short") << kPassword << QStringLiteral("short") << QStringLiteral("short")
                                   << security::UserStore::checkPasswordPolicy(kUser, QStringLiteral("short")).message;
        QTest::addRow("the user name") << kPassword << QStringLiteral("CarolCarol") << QStringLiteral("CarolCarol")
                                       << QString(); // long enough and not the name itself
        QTest::addRow("wrong current") << QStringLiteral("not my password") << kNew << kNew
                                       << QStringLiteral("Unknown user name or wrong password.");
    }

    void change()
    {
        QFETCH(QString, current);
        QFETCH(QString, fresh);
        QFETCH(QString, repeat);
        QFETCH(QString, error);
        const QString path = profileWithUser();
        ui::ChangePasswordDialog dialog(path, {kUser, Role::Customer});
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("currentPassword"))->setText(current);
        dialog.findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(fresh);
        dialog.findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(repeat);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("changePasswordOk")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), fleet::test::scaled(20000));
        QCOMPARE(dialog.errorText(), error);
        QCOMPARE(accepted.count(), error.isEmpty() ? 1 : 0);
        QCOMPARE(signsIn(path, fresh), error.isEmpty());
        QCOMPARE(signsIn(path, kPassword), !error.isEmpty());
    }
};

QTEST_MAIN(TestChangePasswordDialog)
#include "tst_changepassworddialog.moc"
