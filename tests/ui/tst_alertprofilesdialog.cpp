// The alert profiles dialog offscreen, driven through its widgets: a profile filled in the form
// (conditions, categories, severity, devices by location, recipients, daily digest, quiet hours,
// no mail on clear, reminders) is stored as shown; editing keeps its identity; an unusable one is
// refused with a reason; a profile the server set is read-only; "Send test e-mail" reaches a real
// SMTP server (aiosmtpd) without blocking the GUI thread and says why when it cannot.

#include "AlertProfilesDialog.h"
#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/AlertProfile.h"
#include "alerting/NotificationQueue.h"
#include "alerting/SmtpSettings.h"
#include "alerting/TestMail.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace fleet;
using namespace fleet::alerting;
using fleet::test::SmtpSink;
using fleet::test::TestPki;
using fleet::ui::AlertProfilesDialog;

const fleet::security::Actor kAdmin{QStringLiteral("tester"), fleet::security::Role::Administrator};

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

void check(QListWidget *list, int value)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toInt() == value)
            list->item(i)->setCheckState(Qt::Checked);
}

void selectData(QComboBox *box, int value)
{
    box->setCurrentIndex(box->findData(value));
}

int rowOf(const AlertProfilesDialog &d, const QString &name)
{
    for (qsizetype i = 0; i < d.profiles().size(); ++i)
        if (d.profiles().at(i).name == name)
            return int(i);
    return -1;
}

} // namespace

class TestAlertProfilesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRoot> m_profile;
    std::unique_ptr<storage::Database> m_db;
    SmtpSink m_sink;

    // A fresh connection: the test's own may still hold the read snapshot of an earlier query.
    NotificationRecord lastNotification()
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(m_profile->databasePath()))
            return {};
        return NotificationQueue(db).list(1)->value(0);
    }

    std::optional<AlertProfile> stored(const QString &name) { return *AlertProfileRepository(*m_db).profile(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        m_profile = std::make_unique<ProfileRoot>(m_dir.path());
        QVERIFY(m_profile->ensureExists(nullptr));
        m_db = std::make_unique<storage::Database>(QStringLiteral("test"));
        QVERIFY(!m_db->open(m_profile->databasePath()));
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
        const SmtpSettings smtp = test::smtpSettingsFor(m_sink);
        QVERIFY(!smtp.save(*m_db));
    }

    void addsAProfileAsFilledIn()
    {
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QCOMPARE(loaded.first().first().toInt(), 0);
        child<QLineEdit>(&d, "profileName")->setText(QStringLiteral("floor 2"));
        check(child<QListWidget>(&d, "profileKinds"), int(ConditionKind::DeviceAlert));
        check(child<QListWidget>(&d, "profileKinds"), int(ConditionKind::SupplyLow));
        check(child<QListWidget>(&d, "profileCategories"), int(AlertCategory::Jam));
        selectData(child<QComboBox>(&d, "profileMinSeverity"), int(Severity::Critical));
        selectData(child<QComboBox>(&d, "profileScope"), int(DeviceScope::Location));
        QVERIFY(child<QLineEdit>(&d, "profileScopeValues")->isEnabled());
        child<QLineEdit>(&d, "profileScopeValues")->setText(QStringLiteral("Floor 2, Lab B"));
        child<QLineEdit>(&d, "profileRecipients")->setText(QStringLiteral("ops@fleet.test, lab@fleet.test"));
        selectData(child<QComboBox>(&d, "profileDelivery"), int(Delivery::Digest));
        child<QSpinBox>(&d, "profileDigestHour")->setValue(8);
        child<QCheckBox>(&d, "profileQuiet")->setChecked(true);
        child<QTimeEdit>(&d, "profileQuietStart")->setTime(QTime(21, 30));
        child<QTimeEdit>(&d, "profileQuietEnd")->setTime(QTime(6, 15));
        child<QCheckBox>(&d, "profileNotifyClear")->setChecked(false);
        child<QSpinBox>(&d, "profileReminderHours")->setValue(12);
        QSignalSpy saved(&d, &AlertProfilesDialog::saved);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QVERIFY(saved.wait(test::scaled(5000)));

        const auto p = stored(QStringLiteral("floor 2"));
        QVERIFY(p);
        QCOMPARE(p->kinds, (QSet<ConditionKind>{ConditionKind::DeviceAlert, ConditionKind::SupplyLow}));
        QCOMPARE(p->categories, QSet<AlertCategory>{AlertCategory::Jam});
        QCOMPARE(p->minSeverity, Severity::Critical);
        QCOMPARE(p->scope, DeviceScope::Location);
        QCOMPARE(p->scopeValues, (QStringList{QStringLiteral("Floor 2"), QStringLiteral("Lab B")}));
        QCOMPARE(p->recipients, (QStringList{QStringLiteral("ops@fleet.test"), QStringLiteral("lab@fleet.test")}));
        QCOMPARE(p->delivery, Delivery::Digest);
        QCOMPARE(p->digestHour, 8);
        QCOMPARE(p->quietStartMinute, std::optional<int>(21 * 60 + 30));
        QCOMPARE(p->quietEndMinute, std::optional<int>(6 * 60 + 15));
        QCOMPARE(p->notifyClear, false);
        QCOMPARE(p->reminderHours, 12);
        QCOMPARE(d.profiles().size(), 1);
        QCOMPARE(child<QListWidget>(&d, "profileList")->currentRow(), 0);
    }

    void editingKeepsTheProfile()
    {
        const qint64 id = stored(QStringLiteral("floor 2"))->id;
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        child<QListWidget>(&d, "profileList")->setCurrentRow(rowOf(d, QStringLiteral("floor 2")));
        QCOMPARE(child<QLineEdit>(&d, "profileRecipients")->text(), QStringLiteral("ops@fleet.test, lab@fleet.test"));
        QCOMPARE(child<QSpinBox>(&d, "profileReminderHours")->value(), 12);
        child<QLineEdit>(&d, "profileRecipients")->setText(QStringLiteral("ops@fleet.test"));
        child<QCheckBox>(&d, "profileQuiet")->setChecked(false);
        QSignalSpy saved(&d, &AlertProfilesDialog::saved);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QVERIFY(saved.wait(test::scaled(5000)));
        const auto p = stored(QStringLiteral("floor 2"));
        QCOMPARE(p->id, id); // the same row: its notifications and reminders stay linked
        QCOMPARE(p->recipients, QStringList{QStringLiteral("ops@fleet.test")});
        QVERIFY(!p->quietStartMinute);
    }

    void refusesAnUnusableProfile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("recipients");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("no recipient") << QStringLiteral("x") << QString() << QStringLiteral("recipient");
        QTest::addRow("not an address") << QStringLiteral("x") << QStringLiteral("ops at fleet")
                                        << QStringLiteral("ops");
        QTest::addRow("no name") << QString() << QStringLiteral("ops@fleet.test") << QStringLiteral("name");
        QTest::addRow("taken name") << QStringLiteral("floor 2") << QStringLiteral("ops@fleet.test")
                                    << QStringLiteral("exists");
        QTest::addRow("the server's prefix")
            << QStringLiteral("remote:mine") << QStringLiteral("ops@fleet.test") << QStringLiteral("server");
    }
    void refusesAnUnusableProfile()
    {
        QFETCH(QString, name);
        QFETCH(QString, recipients);
        QFETCH(QString, mentions);
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        const qsizetype before = AlertProfileRepository(*m_db).profiles()->size();
        child<QLineEdit>(&d, "profileName")->setText(name);
        child<QLineEdit>(&d, "profileRecipients")->setText(recipients);
        QSignalSpy failed(&d, &AlertProfilesDialog::failed);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, test::scaled(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(child<QLabel>(&d, "profileStatus")->text(), message);
        QCOMPARE(AlertProfileRepository(*m_db).profiles()->size(), before);
    }

    // The core checks the actor: a read-only Customer (or a dialog without an actor) saves nothing.
    void aCustomerIsRefused_data()
    {
        QTest::addColumn<bool>("withActor");
        QTest::newRow("customer") << true;
        QTest::newRow("no actor") << false;
    }
    void aCustomerIsRefused()
    {
        QFETCH(bool, withActor);
        AlertProfilesDialog d(*m_profile);
        if (withActor)
            d.setActor({QStringLiteral("carol"), fleet::security::Role::Customer});
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        const qsizetype before = AlertProfileRepository(*m_db).profiles()->size();
        child<QLineEdit>(&d, "profileName")->setText(QStringLiteral("not allowed"));
        child<QLineEdit>(&d, "profileRecipients")->setText(QStringLiteral("ops@fleet.test"));
        QSignalSpy failed(&d, &AlertProfilesDialog::failed);
        QTest::mouseClick(child<QPushButton>(&d, "saveProfile"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, test::scaled(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("may not change settings")), qPrintable(message));
        QCOMPARE(AlertProfileRepository(*m_db).profiles()->size(), before);
    }

    void aServerProfileIsReadOnly()
    {
        AlertProfile remote;
        remote.name = QStringLiteral("remote:head office");
        remote.recipients = {QStringLiteral("hq@fleet.test")};
        QVERIFY(AlertProfileRepository(*m_db).add(remote));
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        auto *list = child<QListWidget>(&d, "profileList");
        list->setCurrentRow(rowOf(d, remote.name));
        QVERIFY(list->currentItem()->text().contains(QStringLiteral("head office")));
        QVERIFY(!child<QGroupBox>(&d, "profileEditor")->isEnabled());
        QVERIFY(!child<QPushButton>(&d, "saveProfile")->isEnabled());
        QVERIFY(!child<QPushButton>(&d, "removeProfile")->isEnabled());
        QVERIFY(child<QPushButton>(&d, "sendTestMail")->isEnabled());
        QVERIFY(!child<QLabel>(&d, "profileRemoteNote")->isHidden());
        // A local one is editable again.
        list->setCurrentRow(rowOf(d, QStringLiteral("floor 2")));
        QVERIFY(child<QGroupBox>(&d, "profileEditor")->isEnabled());
        QVERIFY(child<QPushButton>(&d, "removeProfile")->isEnabled());
        QVERIFY(child<QLabel>(&d, "profileRemoteNote")->isHidden());
    }

    void sendsATestMail()
    {
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        child<QListWidget>(&d, "profileList")->setCurrentRow(rowOf(d, QStringLiteral("floor 2")));
        const qsizetype before = m_sink.messages().size();
        QSignalSpy finished(&d, &AlertProfilesDialog::testMailFinished);
        QTest::mouseClick(child<QPushButton>(&d, "sendTestMail"), Qt::LeftButton);
        QVERIFY(d.isBusy());
        QVERIFY(finished.wait(test::scaled(30000)));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString() + m_sink.output()));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + 1, test::scaled(3000));
        QCOMPARE(m_sink.messages().constLast().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        const NotificationRecord n = lastNotification();
        QCOMPARE(n.event, QStringLiteral("test"));
        QCOMPARE(n.state, kStateSent);
    }

    void aFailedTestMailSaysWhyAndIsNotRetried()
    {
        m_sink.stop();
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        child<QListWidget>(&d, "profileList")->setCurrentRow(rowOf(d, QStringLiteral("floor 2")));
        QSignalSpy finished(&d, &AlertProfilesDialog::testMailFinished);
        QTest::mouseClick(child<QPushButton>(&d, "sendTestMail"), Qt::LeftButton);
        QVERIFY(finished.wait(test::scaled(30000)));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(child<QLabel>(&d, "profileStatus")->text().contains(QStringLiteral("not delivered")));
        const NotificationRecord n = lastNotification();
        QCOMPARE(n.state, kStateFailed);
        QVERIFY(!n.nextAttemptAt.isValid()); // not due later either: a test is a test
        QVERIFY(!n.lastError.isEmpty());
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
    }

    void aPartlyRefusedTestMailNamesWhoDidNotGetIt()
    {
        test::SmtpSinkOptions refusing;
        refusing.refusedRecipients = {QStringLiteral("gone@fleet.test")};
        QVERIFY2(m_sink.restart(refusing), qPrintable(m_sink.error()));
        AlertProfile two = *stored(QStringLiteral("floor 2"));
        two.name = QStringLiteral("two recipients");
        two.recipients = {QStringLiteral("ops@fleet.test"), QStringLiteral("gone@fleet.test")};
        const auto added = AlertProfileRepository(*m_db).add(two);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        child<QListWidget>(&d, "profileList")->setCurrentRow(rowOf(d, two.name));
        QSignalSpy finished(&d, &AlertProfilesDialog::testMailFinished);
        QTest::mouseClick(child<QPushButton>(&d, "sendTestMail"), Qt::LeftButton);
        QVERIFY(finished.wait(test::scaled(30000)));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        const QString status = child<QLabel>(&d, "profileStatus")->text();
        QVERIFY2(status.contains(QLatin1String("gone@fleet.test")) && status.contains(QLatin1String("550")),
                 qPrintable(status));
        QCOMPARE(m_sink.messages().constLast().recipients, QStringList{QStringLiteral("ops@fleet.test")});
        const NotificationRecord n = lastNotification();
        QCOMPARE(n.state, kStateSent);
        QVERIFY2(n.lastError.contains(QLatin1String("gone@fleet.test")), qPrintable(n.lastError));
        const auto removed = AlertProfileRepository(*m_db).remove(two.name);
        QVERIFY(removed && *removed);
        QVERIFY2(m_sink.restart({}), qPrintable(m_sink.error()));
    }

    void removesAfterConfirmation()
    {
        AlertProfilesDialog d(*m_profile);
        d.setActor(kAdmin);
        QSignalSpy loaded(&d, &AlertProfilesDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QStringList asked;
        bool answer = false;
        d.setConfirm([&](const QString &question) {
            asked << question;
            return answer;
        });
        child<QListWidget>(&d, "profileList")->setCurrentRow(rowOf(d, QStringLiteral("floor 2")));
        QTest::mouseClick(child<QPushButton>(&d, "removeProfile"), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(stored(QStringLiteral("floor 2"))); // "No" keeps it
        answer = true;
        QSignalSpy removed(&d, &AlertProfilesDialog::removed);
        QTest::mouseClick(child<QPushButton>(&d, "removeProfile"), Qt::LeftButton);
        QVERIFY(removed.wait(test::scaled(5000)));
        QVERIFY(!stored(QStringLiteral("floor 2")));
        QVERIFY(stored(QStringLiteral("remote:head office")));
    }

    void cleanupTestCase() { m_sink.stop(); }
};

QTEST_MAIN(TestAlertProfilesDialog)
#include "tst_alertprofilesdialog.moc"
