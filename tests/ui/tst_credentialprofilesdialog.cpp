// The credential profiles dialog offscreen, driven through its widgets: profiles added, reordered,
// duplicated and removed are saved in order with their secrets in the secrets file only; the editor
// enables the fields the version uses and refuses unusable profiles with a reason; "Test" asks a real
// agent (snmpsimd) and shows the classified outcome without blocking the event loop.

#include "CredentialEditDialog.h"
#include "CredentialProfileModel.h"
#include "CredentialProfilesDialog.h"
#include "Facts.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::ui::CredentialEditDialog;
using fleet::ui::CredentialProfilesDialog;

namespace {
const QString kRecording = QStringLiteral("brother-hl-l8260cdw");

template <typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void click(QWidget *parent, const char *name)
{
    QPushButton *b = child<QPushButton>(parent, name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void choose(QComboBox *combo, int value)
{
    const int i = combo->findData(value);
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

// On the box itself: a check box stretched by its layout only reacts on the box and its text.
void toggle(QCheckBox *check)
{
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

void fillTiming(CredentialEditDialog *e, int timeoutMs)
{
    child<QSpinBox>(e, "timeoutSpin")->setValue(timeoutMs);
    child<QSpinBox>(e, "retriesSpin")->setValue(0);
}

void fillCommunity(CredentialEditDialog *e, const QString &name, snmp::Version version, const QString &community)
{
    child<QLineEdit>(e, "nameEdit")->setText(name);
    choose(child<QComboBox>(e, "versionCombo"), int(version));
    child<QLineEdit>(e, "communityEdit")->setText(community);
    fillTiming(e, test::scaled(400));
}

void fillV3(CredentialEditDialog *e, const QString &name, const QString &user, snmp::AuthProtocol auth,
            const QString &authPass, snmp::PrivProtocol priv, const QString &privPass, const QString &context)
{
    child<QLineEdit>(e, "nameEdit")->setText(name);
    choose(child<QComboBox>(e, "versionCombo"), int(snmp::Version::V3));
    child<QLineEdit>(e, "userEdit")->setText(user);
    choose(child<QComboBox>(e, "levelCombo"), int(snmp::SecurityLevel::AuthPriv));
    choose(child<QComboBox>(e, "authProtocolCombo"), int(auth));
    child<QLineEdit>(e, "authPassphraseEdit")->setText(authPass);
    choose(child<QComboBox>(e, "privProtocolCombo"), int(priv));
    child<QLineEdit>(e, "privPassphraseEdit")->setText(privPass);
    child<QLineEdit>(e, "contextEdit")->setText(context);
    fillTiming(e, test::scaled(400));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCredentialProfilesDialog : public QObject
{
    Q_OBJECT
private:
    test::SnmpSim m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileRoot> m_profile;

    QList<snmp::Credential> storedProfiles(QString *error)
    {
        storage::Database db(QStringLiteral("test"));
        if (auto e = db.open(m_profile->databasePath())) {
            *error = e.message;
            return {};
        }
        storage::SecretStore secrets(m_profile->secretsPath());
        if (auto e = secrets.load()) {
            *error = e.message;
            return {};
        }
        auto loaded = storage::CredentialRepository(db, secrets).load();
        if (!loaded) {
            *error = loaded.error().message;
            return {};
        }
        return *loaded;
    }

    // Opens the dialog and waits until the stored profiles are in it.
    std::unique_ptr<CredentialProfilesDialog> openDialog()
    {
        auto dialog = std::make_unique<CredentialProfilesDialog>(*m_profile);
        dialog->setSession(new security::Session(
            security::Actor{QStringLiteral("tester"), security::Role::Administrator}, dialog.get()));
        QSignalSpy loaded(dialog.get(), &CredentialProfilesDialog::loaded);
        dialog->show();
        if (!loaded.wait(test::scaled(5000)))
            qWarning("profiles not loaded: %s", qPrintable(child<QLabel>(dialog.get(), "statusLabel")->text()));
        return dialog;
    }

    CredentialEditDialog *addThroughEditor(CredentialProfilesDialog *dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        CredentialEditDialog *editor = dialog->editor();
        if (editor && !QTest::qWaitFor([editor] { return editor->isVisible(); }, test::scaled(2000)))
            return nullptr;
        return editor;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error())); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<ProfileRoot>(m_dir->path());
        QString why;
        QVERIFY2(m_profile->ensureExists(&why), qPrintable(why));
    }

    void addReorderRemoveAndSave()
    {
        auto dialog = openDialog();
        QCOMPARE(dialog->model()->rowCount(), 0);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        CredentialEditDialog *editor = addThroughEditor(dialog.get());
        QVERIFY(editor);
        // Another profile cannot be added while one is being edited.
        QVERIFY(!child<QPushButton>(dialog.get(), "addButton")->isEnabled());
        fillCommunity(editor, QStringLiteral("office"), snmp::Version::V2c, QStringLiteral("office-community-secret"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor->problem()));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());

        editor = addThroughEditor(dialog.get());
        QVERIFY(editor);
        fillV3(editor, QStringLiteral("secure"), QStringLiteral("shaaes"), snmp::AuthProtocol::SHA256,
               QStringLiteral("auth-passphrase-secret"), snmp::PrivProtocol::AES256C,
               QStringLiteral("priv-passphrase-secret"), QStringLiteral("ctx"));
        QVERIFY2(okButton(editor)->isEnabled(), qPrintable(editor->problem()));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());

        editor = addThroughEditor(dialog.get());
        QVERIFY(editor);
        fillCommunity(editor, QStringLiteral("legacy"), snmp::Version::V1, QStringLiteral("legacy-secret"));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());
        QCOMPARE(dialog->model()->names(),
                 (QStringList{QStringLiteral("office"), QStringLiteral("secure"), QStringLiteral("legacy")}));

        // legacy is selected (just added): move it to the top, then "secure" below "office".
        click(dialog.get(), "moveUpButton");
        click(dialog.get(), "moveUpButton");
        QVERIFY(!child<QPushButton>(dialog.get(), "moveUpButton")->isEnabled()); // first row
        dialog->view()->setCurrentIndex(dialog->model()->index(2, 0));
        QVERIFY(!child<QPushButton>(dialog.get(), "moveDownButton")->isEnabled()); // last row
        click(dialog.get(), "moveUpButton");
        QCOMPARE(dialog->model()->names(),
                 (QStringList{QStringLiteral("legacy"), QStringLiteral("secure"), QStringLiteral("office")}));

        // Duplicate "secure", edit the copy's name, then remove "legacy".
        dialog->view()->setCurrentIndex(dialog->model()->index(1, 0));
        click(dialog.get(), "duplicateButton");
        QCOMPARE(dialog->model()->profile(2).name, QStringLiteral("secure (copy)"));
        click(dialog.get(), "editButton");
        editor = dialog->editor();
        QVERIFY(editor);
        QCOMPARE(child<QLineEdit>(editor, "authPassphraseEdit")->text(), QStringLiteral("auth-passphrase-secret"));
        child<QLineEdit>(editor, "nameEdit")->setText(QStringLiteral("secure backup"));
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QTRY_VERIFY(!dialog->editor());
        dialog->view()->setCurrentIndex(dialog->model()->index(0, 0));
        click(dialog.get(), "removeButton");
        QCOMPARE(dialog->model()->names(),
                 (QStringList{QStringLiteral("secure"), QStringLiteral("secure backup"), QStringLiteral("office")}));

        QSignalSpy saved(dialog.get(), &CredentialProfilesDialog::saved);
        QTest::mouseClick(child<QDialogButtonBox>(dialog.get(), "buttonBox")->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY2(saved.wait(test::scaled(5000)), qPrintable(child<QLabel>(dialog.get(), "statusLabel")->text()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));

        QString error;
        const QList<snmp::Credential> stored = storedProfiles(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).name, QStringLiteral("secure"));
        QCOMPARE(stored.at(0).version, snmp::Version::V3);
        QCOMPARE(stored.at(0).user, QStringLiteral("shaaes"));
        QCOMPARE(stored.at(0).level, snmp::SecurityLevel::AuthPriv);
        QCOMPARE(stored.at(0).authProtocol, snmp::AuthProtocol::SHA256);
        QCOMPARE(stored.at(0).privProtocol, snmp::PrivProtocol::AES256C);
        QCOMPARE(stored.at(0).authPassword, QStringLiteral("auth-passphrase-secret"));
        QCOMPARE(stored.at(0).privPassword, QStringLiteral("priv-passphrase-secret"));
        QCOMPARE(stored.at(0).contextName, QStringLiteral("ctx"));
        QCOMPARE(stored.at(0).timeoutMs, test::scaled(400));
        QCOMPARE(stored.at(0).retries, 0);
        QCOMPARE(stored.at(1).name, QStringLiteral("secure backup"));
        QCOMPARE(stored.at(2).name, QStringLiteral("office"));
        QCOMPARE(stored.at(2).version, snmp::Version::V2c);
        QCOMPARE(stored.at(2).community, QStringLiteral("office-community-secret"));

        // The secrets are in the secret store (read back above) and in plain text in no file of the
        // profile (database, WAL, the encrypted store...).
        const QList<QByteArray> secrets = {"office-community-secret", "auth-passphrase-secret",
                                           "priv-passphrase-secret", "legacy-secret"};
        storage::SecretStore store(m_profile->secretsPath());
        QVERIFY(!store.load());
        QVERIFY(store.keys().filter(QStringLiteral("/legacy/")).isEmpty()); // removed profiles take their secrets along
        const QFileInfoList files = QDir(m_profile->dir()).entryInfoList(QDir::Files | QDir::Hidden);
        QVERIFY(files.size() >= 2);
        for (const QFileInfo &file : files) {
            const QByteArray bytes = fileBytes(file.absoluteFilePath());
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(file.fileName() + u' ' + QString::fromLatin1(secret)));
        }
    }

    void cancelKeepsWhatWasStored()
    {
        {
            auto dialog = openDialog();
            CredentialEditDialog *editor = addThroughEditor(dialog.get());
            QVERIFY(editor);
            fillCommunity(editor, QStringLiteral("kept"), snmp::Version::V2c, QStringLiteral("kept-secret"));
            QTest::mouseClick(okButton(editor), Qt::LeftButton);
            QTRY_VERIFY(!dialog->editor());
            QSignalSpy saved(dialog.get(), &CredentialProfilesDialog::saved);
            dialog->save();
            QVERIFY(saved.wait(test::scaled(5000)));
        }
        auto dialog = openDialog();
        QCOMPARE(dialog->model()->names(), QStringList{QStringLiteral("kept")});
        click(dialog.get(), "removeButton");
        QCOMPARE(dialog->model()->rowCount(), 0);
        QTest::mouseClick(child<QDialogButtonBox>(dialog.get(), "buttonBox")->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QString error;
        QCOMPARE(storedProfiles(&error).size(), 1);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unreadableSecretsAreNotOverwritten()
    {
        // A secrets file others may read is refused on load; saving over it would lose profiles.
        QFile secrets(m_profile->secretsPath());
        QVERIFY(secrets.open(QIODevice::WriteOnly));
        secrets.write("{}");
        secrets.close();
        QVERIFY(secrets.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        CredentialProfilesDialog dialog(*m_profile);
        dialog.setSession(
            new security::Session(security::Actor{QStringLiteral("tester"), security::Role::Administrator}, &dialog));
        dialog.show();
        QLabel *status = child<QLabel>(&dialog, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be read")), test::scaled(5000));
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "addButton")->isEnabled());
    }

    void editorEnablesFieldsAndExplainsProblems()
    {
        snmp::Credential start;
        start.name = QStringLiteral("new");
        start.community.clear();
        CredentialEditDialog editor(start, {QStringLiteral("Office")});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *ok = okButton(&editor);
        auto *problem = child<QLabel>(&editor, "problemLabel");
        auto *community = child<QLineEdit>(&editor, "communityEdit");

        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("community")), qPrintable(problem->text()));
        QVERIFY(community->isEnabled());
        QVERIFY(!child<QLineEdit>(&editor, "userEdit")->isEnabled());
        QCOMPARE(community->echoMode(), QLineEdit::Password);
        toggle(child<QCheckBox>(&editor, "showCommunityCheck"));
        QCOMPARE(community->echoMode(), QLineEdit::Normal);

        QTest::keyClicks(community, QStringLiteral("public"));
        QVERIFY2(ok->isEnabled(), qPrintable(problem->text()));
        child<QLineEdit>(&editor, "nameEdit")->setText(QStringLiteral("office"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("already named")), qPrintable(problem->text()));
        child<QLineEdit>(&editor, "nameEdit")->setText(QStringLiteral("a/b"));
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(&editor, "nameEdit")->setText(QStringLiteral("branch"));
        QVERIFY(ok->isEnabled());

        choose(child<QComboBox>(&editor, "versionCombo"), int(snmp::Version::V3));
        QVERIFY(!community->isEnabled());
        QVERIFY(child<QLineEdit>(&editor, "userEdit")->isEnabled());
        QVERIFY(!ok->isEnabled()); // no user yet
        child<QLineEdit>(&editor, "userEdit")->setText(QStringLiteral("admin"));
        choose(child<QComboBox>(&editor, "levelCombo"), int(snmp::SecurityLevel::NoAuthNoPriv));
        QVERIFY(!child<QLineEdit>(&editor, "authPassphraseEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&editor, "privPassphraseEdit")->isEnabled());
        QVERIFY(ok->isEnabled());
        QCOMPARE(editor.credential().community, QString()); // v3 keeps no community

        choose(child<QComboBox>(&editor, "levelCombo"), int(snmp::SecurityLevel::AuthNoPriv));
        QVERIFY(child<QLineEdit>(&editor, "authPassphraseEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&editor, "privPassphraseEdit")->isEnabled());
        child<QLineEdit>(&editor, "authPassphraseEdit")->setText(QStringLiteral("short"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("8 characters")), qPrintable(problem->text()));
        child<QLineEdit>(&editor, "authPassphraseEdit")->setText(QStringLiteral("long enough"));
        QVERIFY(ok->isEnabled());

        choose(child<QComboBox>(&editor, "levelCombo"), int(snmp::SecurityLevel::AuthPriv));
        QVERIFY(child<QLineEdit>(&editor, "privPassphraseEdit")->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("privacy")), qPrintable(problem->text()));
        child<QLineEdit>(&editor, "privPassphraseEdit")->setText(QStringLiteral("private enough"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(child<QLineEdit>(&editor, "privPassphraseEdit")->echoMode(), QLineEdit::Password);
        toggle(child<QCheckBox>(&editor, "showPassphrasesCheck"));
        QCOMPARE(child<QLineEdit>(&editor, "privPassphraseEdit")->echoMode(), QLineEdit::Normal);

        // Every protocol core supports is offered.
        QCOMPARE(child<QComboBox>(&editor, "authProtocolCombo")->count(), 6);
        QCOMPARE(child<QComboBox>(&editor, "privProtocolCombo")->count(), 6);
    }

    void testAgainstHost_data()
    {
        QTest::addColumn<snmp::Version>("version");
        QTest::addColumn<QString>("secret"); // community, or the auth passphrase of user shaaes
        QTest::addColumn<QString>("expected");
        QTest::addRow("right community") << snmp::Version::V2c << kRecording << QStringLiteral("OK");
        QTest::addRow("wrong community") << snmp::Version::V2c << QStringLiteral("wrong-community")
                                         << QStringLiteral("noResponse");
        QTest::addRow("v3 right passphrase")
            << snmp::Version::V3 << QStringLiteral("auctoritas") << QStringLiteral("OK");
        QTest::addRow("v3 wrong auth passphrase")
            << snmp::Version::V3 << QStringLiteral("not-the-passphrase") << QStringLiteral("wrongAuth");
    }
    void testAgainstHost()
    {
        QFETCH(snmp::Version, version);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        snmp::Credential blank;
        blank.community.clear();
        CredentialEditDialog editor(blank, {});
        editor.show();
        if (version == snmp::Version::V3)
            fillV3(&editor, QStringLiteral("v3"), QStringLiteral("shaaes"), snmp::AuthProtocol::SHA1, secret,
                   snmp::PrivProtocol::AES128, QStringLiteral("privatus"), kRecording);
        else
            fillCommunity(&editor, QStringLiteral("v2"), version, secret);
        QPushButton *test = child<QPushButton>(&editor, "testButton");
        QVERIFY(!test->isEnabled()); // no host yet
        QTest::keyClicks(child<QLineEdit>(&editor, "testHostEdit"), m_sim.endpoint());

        QSignalSpy finished(&editor, &CredentialEditDialog::testFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        // The test runs while the event loop turns: the dialog shows it and offers to stop it.
        QVERIFY(editor.isTesting());
        QVERIFY(!test->isEnabled());
        QVERIFY(child<QPushButton>(&editor, "cancelTestButton")->isEnabled());
        QVERIFY(finished.wait(test::scaled(10000)));
        QVERIFY(!editor.isTesting());
        QVERIFY(test->isEnabled());

        const QString shown = child<QLabel>(&editor, "testResultLabel")->text();
        const QString sysName = test::cleanFactText(test::loadFacts(kRecording)
                                                        .value(QStringLiteral("system"))
                                                        .toObject()
                                                        .value(QStringLiteral("sysName"))
                                                        .toString());
        if (expected == u"OK") {
            QVERIFY2(shown.startsWith(QStringLiteral("OK")), qPrintable(shown));
            QVERIFY2(shown.contains(sysName), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("Looks like a printer")), qPrintable(shown));
        } else {
            QVERIFY2(shown.startsWith(QStringLiteral("Failed (%1)").arg(expected)), qPrintable(shown));
        }
    }

    void testCanBeStopped()
    {
        snmp::Credential slow;
        slow.name = QStringLiteral("slow");
        slow.timeoutMs = 5000;
        CredentialEditDialog editor(slow, {});
        editor.show();
        child<QLineEdit>(&editor, "testHostEdit")->setText(QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()));
        QSignalSpy finished(&editor, &CredentialEditDialog::testFinished);
        click(&editor, "testButton");
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
        click(&editor, "cancelTestButton");
        QCOMPARE(finished.size(), 1);
        QCOMPARE(child<QLabel>(&editor, "testResultLabel")->text(), QStringLiteral("Test stopped."));
        QVERIFY(!editor.isTesting());
    }
};

QTEST_MAIN(TestCredentialProfilesDialog)
#include "tst_credentialprofilesdialog.moc"
