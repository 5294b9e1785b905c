// The SMTP server dialog offscreen, driven through its widgets: it shows what is stored (never
// the password), "Test connection" proves a set-up against a real SMTP server (aiosmtpd with
// STARTTLS and AUTH) before it is saved and says why one fails, and OK stores the settings in the
// database and the password in the secrets file only.

#include "SmtpSettingsDialog.h"
#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/SmtpSettings.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::alerting::SmtpSecurity;
using fleet::alerting::SmtpSettings;
using fleet::test::SmtpSink;
using fleet::test::SmtpSinkOptions;
using fleet::test::TestPki;
using fleet::ui::SmtpSettingsDialog;

Q_DECLARE_METATYPE(fleet::security::Role)

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

struct Profile
{
    QTemporaryDir dir;
    ProfileRoot root{dir.path()};
    Profile() { root.ensureExists(nullptr); }
};

void fill(SmtpSettingsDialog &d, quint16 port, const QString &user, const QString &password, const QString &ca)
{
    child<QLineEdit>(&d, "smtpHost")->setText(QStringLiteral("127.0.0.1"));
    child<QComboBox>(&d, "smtpSecurity")->setCurrentIndex(0);
    child<QSpinBox>(&d, "smtpPort")->setValue(port);
    child<QLineEdit>(&d, "smtpUser")->setText(user);
    child<QLineEdit>(&d, "smtpPassword")->setText(password);
    child<QLineEdit>(&d, "smtpFrom")->setText(QStringLiteral("agent@fleet.test"));
    child<QLineEdit>(&d, "smtpCaFile")->setText(ca);
}

} // namespace

class TestSmtpSettingsDialog : public QObject
{
    Q_OBJECT

private:
    SmtpSink m_sink;
    SmtpSinkOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        m_options.user = QStringLiteral("mailer");
        m_options.password = QStringLiteral("s3cret");
        QVERIFY2(m_sink.start(m_options), qPrintable(m_sink.error()));
    }

    void showsWhatIsStored()
    {
        Profile p;
        {
            storage::Database db;
            QVERIFY(!db.open(p.root.databasePath()));
            SmtpSettings s;
            s.host = QStringLiteral("mail.example.net");
            s.port = 465;
            s.security = SmtpSecurity::ImplicitTls;
            s.username = QStringLiteral("fleet");
            s.from = QStringLiteral("fleet@example.net");
            QVERIFY(!s.save(db));
            storage::SecretStore secrets(p.root.secretsPath());
            secrets.setValue(alerting::kSmtpPasswordKey, QStringLiteral("hidden"));
            QVERIFY(!secrets.save());
        }
        SmtpSettingsDialog d(p.root);
        QSignalSpy loaded(&d, &SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QCOMPARE(child<QLineEdit>(&d, "smtpHost")->text(), QStringLiteral("mail.example.net"));
        QCOMPARE(child<QSpinBox>(&d, "smtpPort")->value(), 465);
        QCOMPARE(d.settings().security, SmtpSecurity::ImplicitTls);
        QCOMPARE(child<QLineEdit>(&d, "smtpUser")->text(), QStringLiteral("fleet"));
        QCOMPARE(child<QLineEdit>(&d, "smtpPassword")->text(), QString()); // never shown
        QVERIFY(child<QLineEdit>(&d, "smtpPassword")->placeholderText().contains(QStringLiteral("stored")));
        // The usual port follows the security.
        child<QComboBox>(&d, "smtpSecurity")->setCurrentIndex(0);
        QCOMPARE(child<QSpinBox>(&d, "smtpPort")->value(), 587);
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("password"); // empty: no login
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        const TestPki &pki = TestPki::instance();
        QTest::addRow("right") << m_options.password << pki.caCertificate() << true << QStringLiteral("accepted");
        QTest::addRow("no login where one is required")
            << QString() << pki.caCertificate() << false << QStringLiteral("530");
        QTest::addRow("untrusted server")
            << m_options.password << pki.otherCaCertificate() << false << QStringLiteral("tls");
    }
    void testConnection()
    {
        QFETCH(QString, password);
        QFETCH(QString, caFile);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        Profile p;
        SmtpSettingsDialog d(p.root);
        QSignalSpy loaded(&d, &SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        fill(d, m_sink.port(), password.isEmpty() ? QString() : m_options.user, password, caFile);
        const qsizetype before = m_sink.messages().size();
        QSignalSpy finished(&d, &SmtpSettingsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&d, "smtpTest"), Qt::LeftButton);
        QVERIFY(d.isBusy()); // the GUI thread is not the one waiting for the server
        QVERIFY(finished.wait(test::scaled(30000)));
        const QString message = finished.first().at(1).toString();
        QVERIFY2(finished.first().at(0).toBool() == ok, qPrintable(message));
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(child<QLabel>(&d, "smtpResult")->text(), message);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + (ok ? 1 : 0), test::scaled(3000));
        if (ok)
            QCOMPARE(m_sink.messages().constLast().recipients, QStringList{QStringLiteral("agent@fleet.test")});
    }

    void okSavesSettingsAndPasswordApart()
    {
        Profile p;
        SmtpSettingsDialog d(p.root);
        d.setActor({QStringLiteral("tester"), security::Role::Administrator}); // the core checks who saves
        QSignalSpy loaded(&d, &SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        fill(d, m_sink.port(), m_options.user, QStringLiteral("only-in-secrets-9431"),
             TestPki::instance().caCertificate());
        QSignalSpy saved(&d, &SmtpSettingsDialog::saved);
        QTest::mouseClick(child<QDialogButtonBox>(&d, "smtpButtons")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(saved.wait(test::scaled(5000)));
        QCOMPARE(d.result(), int(QDialog::Accepted));
        storage::Database db;
        QVERIFY(!db.open(p.root.databasePath()));
        const SmtpSettings s = *SmtpSettings::load(db);
        QCOMPARE(s.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.port, int(m_sink.port()));
        QCOMPARE(s.username, m_options.user);
        QCOMPARE(s.from, QStringLiteral("agent@fleet.test"));
        QCOMPARE(s.caFile, TestPki::instance().caCertificate());
        storage::SecretStore secrets(p.root.secretsPath());
        QVERIFY(!secrets.load());
        QCOMPARE(secrets.value(alerting::kSmtpPasswordKey).value_or(QString()), QStringLiteral("only-in-secrets-9431"));
        db.close();
        QFile file(p.root.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("only-in-secrets-9431"));
    }

    // The core checks who saves: without setActor() the session of the window that opened the
    // dialog acts (the Notifications menu passes none); a Customer is refused and nothing is stored.
    void savesAsTheWindowsSession_data()
    {
        QTest::addColumn<security::Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("power user") << security::Role::PowerUser << true;
        QTest::addRow("customer") << security::Role::Customer << false;
    }
    void savesAsTheWindowsSession()
    {
        QFETCH(security::Role, role);
        QFETCH(bool, allowed);
        Profile p;
        QWidget window;
        new security::Session({QStringLiteral("pat"), role}, &window);
        SmtpSettingsDialog d(p.root, &window);
        QSignalSpy loaded(&d, &SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        fill(d, m_sink.port(), m_options.user, QStringLiteral("typed-4410"), TestPki::instance().caCertificate());
        QSignalSpy saved(&d, &SmtpSettingsDialog::saved);
        QSignalSpy refused(&d, &SmtpSettingsDialog::saveFailed);
        d.accept();
        QTRY_VERIFY_WITH_TIMEOUT(saved.size() + refused.size() == 1, test::scaled(5000));
        QCOMPARE(saved.size(), allowed ? 1 : 0);
        storage::Database db;
        QVERIFY(!db.open(p.root.databasePath()));
        QCOMPARE(SmtpSettings::load(db)->host, allowed ? QStringLiteral("127.0.0.1") : QString());
        storage::SecretStore secrets(p.root.secretsPath());
        QVERIFY(!secrets.load());
        QCOMPARE(secrets.value(alerting::kSmtpPasswordKey).has_value(), allowed);
        auto audit = security::AuditLog(db).list();
        QVERIFY(audit && !audit->isEmpty());
        QCOMPARE(audit->constLast().actor, QStringLiteral("pat"));
        QCOMPARE(audit->constLast().result, allowed ? QStringLiteral("ok") : QStringLiteral("denied"));
        if (!allowed)
            QVERIFY2(child<QLabel>(&d, "smtpResult")->text().contains(QStringLiteral(" may not ")),
                     qPrintable(child<QLabel>(&d, "smtpResult")->text()));
    }

    void halfASetupIsRefused()
    {
        Profile p;
        SmtpSettingsDialog d(p.root);
        QSignalSpy loaded(&d, &SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        child<QLineEdit>(&d, "smtpHost")->setText(QStringLiteral("mail.example.net"));
        QSignalSpy refused(&d, &SmtpSettingsDialog::saveFailed);
        d.accept();
        QCOMPARE(refused.size(), 1);
        QVERIFY(d.result() != int(QDialog::Accepted));
    }

    void cleanupTestCase() { m_sink.stop(); }
};

QTEST_MAIN(TestSmtpSettingsDialog)
#include "tst_smtpsettingsdialog.moc"
