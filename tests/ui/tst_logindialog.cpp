// The sign-in dialog against a real profile database with Argon2id (interactive cost): the core's
// words for an unknown user and a wrong password, the busy state while the hash runs off the GUI
// thread, the lockout after five failures and the refusal of the right password while locked.

#include "LoginDialog.h"
#include "LoginForm.h"
#include "security/UserStore.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TestEnv.h"

using namespace fleet;
using security::Role;

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kPassword = QStringLiteral("correct horse battery");
const QString kWrong = QStringLiteral("Unknown user name or wrong password.");
} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    // A fresh profile database with one administrator.
    QString profileWithAdmin()
    {
        const QString path = m_dir.filePath(QStringLiteral("login%1.db").arg(++m_file));
        storage::Database db(QStringLiteral("test"));
        if (const auto error = db.open(path))
            qFatal("%s", qPrintable(error.message));
        security::UserStore users(db, security::HashParameters::interactive());
        const auto admin = users.createFirstAdministrator(kAdmin, kPassword, QStringLiteral("root"));
        if (!admin)
            qFatal("%s", qPrintable(admin.error().message));
        return path;
    }

    // Types name and password, presses Sign in and waits for the answer; returns the error line.
    static QString signIn(ui::LoginDialog &dialog, const QString &name, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("loginName"))->setText(name);
        dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->setText(password);
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("loginSignIn"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!name.isEmpty()) {
            // The hash runs on a worker thread: the dialog says so and refuses a second press.
            if (!dialog.form()->isBusy() || button->isEnabled() ||
                dialog.findChild<QProgressBar *>(QStringLiteral("loginBusy"))->isHidden())
                return QStringLiteral("<not busy while checking>");
        }
        if (!QTest::qWaitFor([&] { return !dialog.form()->isBusy(); }, fleet::test::scaled(20000)))
            return QStringLiteral("<timed out>");
        return dialog.form()->errorText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("FLEETKEEPER_ARGON2", "interactive");
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("error");
        QTest::addRow("wrong password") << kAdmin << QStringLiteral("not the password") << kWrong;
        QTest::addRow("unknown user") << QStringLiteral("nobody") << kPassword << kWrong;
        QTest::addRow("empty password") << kAdmin << QString() << kWrong;
        QTest::addRow("no user name") << QString() << kPassword << QStringLiteral("Enter your user name.");
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, error);
        ui::LoginDialog dialog(profileWithAdmin());
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QCOMPARE(signIn(dialog, name, password), error);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        // The password is never left in the field after an attempt.
        if (!name.isEmpty())
            QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("loginPassword"))->text().isEmpty());
    }

    void rightPasswordAccepts()
    {
        ui::LoginDialog dialog(profileWithAdmin());
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QCOMPARE(signIn(dialog, kAdmin, kPassword), QString());
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.actor(), (security::Actor{kAdmin, Role::Administrator}));
    }

    void lockoutAfterFiveFailures()
    {
        ui::LoginDialog dialog(profileWithAdmin());
        dialog.show();
        for (int attempt = 1; attempt < 5; ++attempt)
            QCOMPARE(signIn(dialog, kAdmin, QStringLiteral("guess %1").arg(attempt)), kWrong);
        const QString fifth = signIn(dialog, kAdmin, QStringLiteral("guess 5"));
        QVERIFY2(
            fifth.startsWith(QStringLiteral("Wrong password. After 5 failed attempts the account is locked until ")),
            qPrintable(fifth));
        // Locked: even the right password is refused, with the time it ends, as the core words it.
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        const QString locked = signIn(dialog, kAdmin, kPassword);
        QVERIFY2(locked.startsWith(QStringLiteral("The account admin is locked after too many failed sign-ins until ")),
                 qPrintable(locked));
        QCOMPARE(accepted.count(), 0);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
