// The settings dialog, offscreen, on a temporary profile with stored credential profiles: it shows
// the saved values, OK applies every field to the ini and the running FleetService, an invalid
// value is refused with a readable reason and changes nothing, Cancel changes nothing.

#include "SettingsDialog.h"
#include "TestEnv.h"
#include "schedule/FleetService.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace fleet;
using namespace fleet::schedule;
using namespace fleet::ui;
using namespace std::chrono_literals;

namespace {

template <typename T> T *field(QWidget &dialog, const char *name)
{
    T *w = dialog.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

QListWidgetItem *profileItem(QListWidget *list, const QString &name)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == name)
            return list->item(i);
    }
    return nullptr;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FleetService> m_service;

    ProfileRoot profile() const { return ProfileRoot(m_dir->path()); }

    // Opens the dialog and waits for its off-thread list of stored profiles.
    static std::unique_ptr<SettingsDialog> openDialog(FleetService *service)
    {
        auto dialog = std::make_unique<SettingsDialog>(service);
        dialog->setSession(new security::Session(
            security::Actor{QStringLiteral("tester"), security::Role::Administrator}, dialog.get()));
        QSignalSpy loaded(dialog.get(), &SettingsDialog::profilesLoaded);
        dialog->show();
        if (!loaded.wait(test::scaled(10000)))
            qWarning("the stored profiles were not listed in time");
        return dialog;
    }

    QVariant ini(const QString &key) const
    {
        return QSettings(profile().settingsPath(), QSettings::IniFormat).value(key);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(profile().ensureExists(nullptr));
        storage::Database db(QStringLiteral("setup"));
        QVERIFY(!db.open(profile().databasePath()));
        storage::SecretStore secrets(profile().secretsPath());
        snmp::Credential office, lab;
        office.name = QStringLiteral("office");
        lab.name = QStringLiteral("lab");
        lab.community = QStringLiteral("labsecret");
        QVERIFY(!storage::CredentialRepository(db, secrets).save({office, lab}));
        m_service = std::make_unique<FleetService>(profile());
    }

    void cleanup()
    {
        m_service.reset();
        m_dir.reset();
    }

    void showsTheSavedValues()
    {
        QCOMPARE(
            m_service->setPollInterval(security::Actor{QStringLiteral("tester"), security::Role::Administrator}, 15min),
            QString());
        DiscoverySettings d;
        d.mode = DiscoveryMode::Daily;
        d.dailyTime = QTime(3, 30);
        d.targets = {QStringLiteral("127.0.72.0/30"), QStringLiteral("printer.example")};
        d.credentialProfiles = {QStringLiteral("lab"), QStringLiteral("retired")};
        QCOMPARE(m_service->setDiscoverySettings(
                     security::Actor{QStringLiteral("tester"), security::Role::Administrator}, d),
                 QString());
        QCOMPARE(m_service->settings().setLanguage(QStringLiteral("en")), QString());
        QCOMPARE(m_service->settings().setNotReportingAfter(36h), QString());

        auto dialog = openDialog(m_service.get());
        QCOMPARE(field<QSpinBox>(*dialog, "pollInterval")->value(), 15);
        QCOMPARE(field<QComboBox>(*dialog, "pollIntervalUnit")->currentText(), QStringLiteral("minutes"));
        QCOMPARE(field<QComboBox>(*dialog, "discoveryMode")->currentData().toInt(), int(DiscoveryMode::Daily));
        QVERIFY(field<QTimeEdit>(*dialog, "discoveryTime")->isEnabled());
        QVERIFY(!field<QSpinBox>(*dialog, "discoveryHours")->isEnabled());
        QCOMPARE(field<QTimeEdit>(*dialog, "discoveryTime")->time(), QTime(3, 30));
        QCOMPARE(field<QPlainTextEdit>(*dialog, "discoveryTargets")->toPlainText(),
                 QStringLiteral("127.0.72.0/30\nprinter.example"));
        QCOMPARE(field<QComboBox>(*dialog, "language")->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(field<QSpinBox>(*dialog, "notReportingHours")->value(), 36);
        QVERIFY(!field<QCheckBox>(*dialog, "startMinimised")->isChecked());

        // The stored profiles in their order, the chosen one ticked, a deleted one kept visible.
        auto *profiles = field<QListWidget>(*dialog, "discoveryProfiles");
        QCOMPARE(profiles->count(), 3);
        QCOMPARE(profiles->item(0)->text(), QStringLiteral("office"));
        QCOMPARE(profiles->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(profiles->item(1)->text(), QStringLiteral("lab"));
        QCOMPARE(profiles->item(1)->checkState(), Qt::Checked);
        QCOMPARE(profiles->item(2)->text(), QStringLiteral("retired (no longer stored)"));
        QCOMPARE(profiles->item(2)->checkState(), Qt::Checked);
    }

    void okAppliesEveryField()
    {
        auto dialog = openDialog(m_service.get());
        field<QSpinBox>(*dialog, "pollInterval")->setValue(2);
        field<QComboBox>(*dialog, "pollIntervalUnit")->setCurrentIndex(1); // hours
        selectData(field<QComboBox>(*dialog, "discoveryMode"), int(DiscoveryMode::Interval));
        QVERIFY(field<QSpinBox>(*dialog, "discoveryHours")->isEnabled());
        field<QSpinBox>(*dialog, "discoveryHours")->setValue(12);
        field<QPlainTextEdit>(*dialog, "discoveryTargets")
            ->setPlainText(QStringLiteral("  127.0.72.0/30\n\n127.0.72.9:1161\n"));
        auto *profiles = field<QListWidget>(*dialog, "discoveryProfiles");
        QVERIFY(profileItem(profiles, QStringLiteral("lab")));
        profileItem(profiles, QStringLiteral("lab"))->setCheckState(Qt::Checked);
        selectData(field<QComboBox>(*dialog, "language"), QStringLiteral("nl"));
        field<QSpinBox>(*dialog, "notReportingHours")->setValue(48);
        field<QCheckBox>(*dialog, "startMinimised")->setChecked(true);
        QSignalSpy nextDiscovery(m_service.get(), &FleetService::nextDiscoveryChanged);
        // Running, but paused: the schedule is computed, no sweep starts.
        m_service->pause();
        m_service->start();

        field<QPushButton>(*dialog, "settingsOk")->click();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(!dialog->isVisible());

        QCOMPARE(ini(QStringLiteral("poll/intervalMinutes")).toInt(), 120);
        QCOMPARE(ini(QStringLiteral("discovery/mode")).toString(), QStringLiteral("interval"));
        QCOMPARE(ini(QStringLiteral("discovery/intervalHours")).toInt(), 12);
        QCOMPARE(ini(QStringLiteral("discovery/targets")).toStringList(),
                 (QStringList{QStringLiteral("127.0.72.0/30"), QStringLiteral("127.0.72.9:1161")}));
        QCOMPARE(ini(QStringLiteral("discovery/credentialProfiles")).toString(), QStringLiteral("lab"));
        QCOMPARE(ini(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
        QCOMPARE(ini(QStringLiteral("health/notReportingHours")).toInt(), 48);
        QCOMPARE(ini(QStringLiteral("ui/startMinimised")).toBool(), true);

        // The running service took them too.
        QCOMPARE(m_service->pollInterval(), 120min);
        QCOMPARE(m_service->discoverySettings().mode, DiscoveryMode::Interval);
        QCOMPARE(m_service->discoverySettings().credentialProfiles, QStringList{QStringLiteral("lab")});
        QVERIFY(m_service->nextDiscovery().isValid()); // scheduled now
        QVERIFY(!nextDiscovery.isEmpty());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected"); // the message, or a part of it
        QTest::addRow("poll every 25 hours")
            << QStringLiteral("poll25h") << QStringLiteral("The poll interval must be between 1 minute and 24 hours.");
        QTest::addRow("a bad target") << QStringLiteral("badTarget") << QStringLiteral("10.0.0.300");
        QTest::addRow("scheduled without targets")
            << QStringLiteral("noTargets") << QStringLiteral("A scheduled discovery needs at least one target.");
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        auto dialog = openDialog(m_service.get());
        auto *targets = field<QPlainTextEdit>(*dialog, "discoveryTargets");
        selectData(field<QComboBox>(*dialog, "language"), QStringLiteral("nl")); // must not be saved either
        if (change == u"poll25h") {
            field<QSpinBox>(*dialog, "pollInterval")->setValue(25);
            field<QComboBox>(*dialog, "pollIntervalUnit")->setCurrentIndex(1);
        } else {
            selectData(field<QComboBox>(*dialog, "discoveryMode"), int(DiscoveryMode::Interval));
            targets->setPlainText(change == u"badTarget" ? QStringLiteral("127.0.72.1\n10.0.0.300") : QString());
        }
        field<QPushButton>(*dialog, "settingsOk")->click();
        QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QVERIFY(field<QLabel>(*dialog, "settingsError")->isVisible());
        QVERIFY(dialog->isVisible()); // still open, to fix the value
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_service->pollInterval(), 60min);
        QCOMPARE(m_service->discoverySettings(), DiscoverySettings{});
        QVERIFY(!ini(QStringLiteral("ui/language")).isValid());

        // Fixed, OK goes through and the message goes away.
        field<QSpinBox>(*dialog, "pollInterval")->setValue(30);
        field<QComboBox>(*dialog, "pollIntervalUnit")->setCurrentIndex(0);
        targets->setPlainText(QStringLiteral("127.0.72.1"));
        field<QPushButton>(*dialog, "settingsOk")->click();
        QCOMPARE(dialog->errorText(), QString());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_service->pollInterval(), 30min);
    }

    void cancelChangesNothing()
    {
        auto dialog = openDialog(m_service.get());
        field<QSpinBox>(*dialog, "notReportingHours")->setValue(5);
        field<QCheckBox>(*dialog, "startMinimised")->setChecked(true);
        field<QPushButton>(*dialog, "settingsCancel")->click();
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_service->settings().notReportingAfter(), 24h);
        QVERIFY(!QFile::exists(profile().settingsPath()) || !ini(QStringLiteral("ui/startMinimised")).isValid());
    }

    void everyControlIsNamedAndReachable()
    {
        auto dialog = openDialog(m_service.get());
        const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool interactive = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                                     qobject_cast<QAbstractButton *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                                     qobject_cast<QListWidget *>(w);
            if (!interactive || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
