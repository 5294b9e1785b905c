// The action policy dialog offscreen, driven through its widgets on a real profile: it shows what
// the ini says, OK writes the changes through the core (the ini and an "ok" audit row change), a
// Customer is refused with the core's message and the ini stays as it was, the allowed list is
// usable only with "allow listed", locked-down mode is pointed out, and the main window's menu entry
// follows the session's role.

#include "ActionPolicyDialog.h"
#include "AuditCheck.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "actions/ActionPolicy.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using actions::ActionKind;
using security::Role;
using ui::ActionPolicyDialog;

namespace {

template <typename T> T *child(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

struct Profile
{
    QTemporaryDir dir;
    ProfileRoot root{dir.path()};
    Profile() { root.ensureExists(nullptr); }

    void writeIni(const QList<std::pair<QString, QString>> &values) const
    {
        QSettings ini(root.settingsPath(), QSettings::IniFormat);
        for (const auto &[key, value] : values)
            ini.setValue(key, value);
    }
    QByteArray iniBytes() const
    {
        QFile f(root.settingsPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::optional<security::AuditRecord> lastAudit() const { return test::lastAuditRecord(root.databasePath()); }
};

QListWidgetItem *allowedItem(ActionPolicyDialog &d, ActionKind kind)
{
    auto *list = child<QListWidget>(&d, QStringLiteral("remoteAllowed"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toInt() == int(kind))
            return list->item(i);
    return nullptr;
}

QCheckBox *enabledBox(ActionPolicyDialog &d, ActionKind kind)
{
    return child<QCheckBox>(&d, QStringLiteral("actionEnabled_") + actions::actionName(kind));
}

// By keyboard: a check box spans the dialog's width, but only its box and text take a click.
void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void clickOk(ActionPolicyDialog &d)
{
    QTest::mouseClick(child<QDialogButtonBox>(&d, QStringLiteral("policyButtons"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

// The policy is read on a worker from the constructor on: it may be shown before anyone waits.
bool waitLoaded(ActionPolicyDialog &d)
{
    if (d.isLoaded())
        return true;
    QSignalSpy loaded(&d, &ActionPolicyDialog::loaded);
    return loaded.wait(test::scaled(5000));
}

} // namespace

class TestActionPolicyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTogglesAndSaves()
    {
        Profile p;
        p.writeIni({{QStringLiteral("actions/disabled"), QStringLiteral("reboot")},
                    {QStringLiteral("actions/remotePolicy"), QStringLiteral("deny")},
                    {QStringLiteral("actions/consentHours"), QStringLiteral("24")}});
        ActionPolicyDialog d(p.root);
        d.setActor({QStringLiteral("tester"), Role::Administrator});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(waitLoaded(d));
        // What the ini says.
        for (ActionKind kind : actions::allActions())
            QCOMPARE(enabledBox(d, kind)->isChecked(), kind != ActionKind::Reboot);
        QVERIFY(child<QRadioButton>(&d, QStringLiteral("remoteDeny"))->isChecked());
        QVERIFY(!child<QListWidget>(&d, QStringLiteral("remoteAllowed"))->isEnabled());
        QVERIFY(!child<QLabel>(&d, QStringLiteral("lockedDownNote"))->isVisibleTo(&d));
        QVERIFY(!allowedItem(d, ActionKind::Firmware)); // never on a server's request

        // Toggle: reboot back on, web page off, allow test pages remotely, 12 hours.
        toggle(enabledBox(d, ActionKind::Reboot));
        toggle(enabledBox(d, ActionKind::WebPage));
        QTest::mouseClick(child<QRadioButton>(&d, QStringLiteral("remoteAllowListed")), Qt::LeftButton);
        QVERIFY(child<QListWidget>(&d, QStringLiteral("remoteAllowed"))->isEnabled());
        allowedItem(d, ActionKind::TestPage)->setCheckState(Qt::Checked);
        child<QSpinBox>(&d, QStringLiteral("consentHours"))->setValue(12);

        QSignalSpy saved(&d, &ActionPolicyDialog::saved);
        clickOk(d);
        QVERIFY(d.isBusy()); // the write and the audit row happen on the worker
        QVERIFY(saved.wait(test::scaled(5000)));
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const actions::ActionPolicy stored = actions::ActionPolicy::load(p.root.settingsPath());
        QVERIFY(!stored.isDisabled(ActionKind::Reboot));
        QVERIFY(stored.isDisabled(ActionKind::WebPage));
        QCOMPARE(stored.remotePolicy(), actions::RemotePolicy::AllowListed);
        QCOMPARE(stored.remoteAllowedNames(), QStringList{QStringLiteral("test-page")});
        QCOMPARE(stored.consentHours(), 12);

        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->actor, QStringLiteral("tester"));
        QCOMPARE(audit->action, QStringLiteral("actions.policy"));
        QCOMPARE(audit->result, QStringLiteral("ok"));
        const QJsonObject params = QJsonDocument::fromJson(audit->parameters.toUtf8()).object();
        QCOMPARE(params.value(u"disabled").toArray(), QJsonArray{QStringLiteral("web-page")});
        QCOMPARE(params.value(u"remotePolicy").toString(), QStringLiteral("allow"));
        QCOMPARE(params.value(u"remoteAllowed").toArray(), QJsonArray{QStringLiteral("test-page")});
        QCOMPARE(params.value(u"consentHours").toInt(), 12);
    }

    void customerIsRefused()
    {
        Profile p;
        p.writeIni({{QStringLiteral("actions/remotePolicy"), QStringLiteral("deny")}});
        const QByteArray before = p.iniBytes();
        ActionPolicyDialog d(p.root);
        d.setActor({QStringLiteral("cuss"), Role::Customer});
        QVERIFY(waitLoaded(d));
        toggle(enabledBox(d, ActionKind::Reboot));
        QTest::mouseClick(child<QRadioButton>(&d, QStringLiteral("remoteAsk")), Qt::LeftButton);

        QSignalSpy refused(&d, &ActionPolicyDialog::saveFailed);
        clickOk(d);
        QVERIFY(refused.wait(test::scaled(5000)));
        const QString message = child<QLabel>(&d, QStringLiteral("policyResult"))->text();
        QVERIFY2(message.contains(QStringLiteral("cuss (")) && message.contains(QStringLiteral(" may not ")),
                 qPrintable(message));
        QCOMPARE(refused.first().first().toString(), message);
        QVERIFY(d.result() != int(QDialog::Accepted));
        QVERIFY(!d.isBusy()); // the form stays usable, e.g. for Cancel
        QCOMPARE(p.iniBytes(), before);
        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->actor, QStringLiteral("cuss"));
        QCOMPARE(audit->result, QStringLiteral("denied"));
    }

    void allowedListFollowsThePolicy_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("listEnabled");
        QTest::addRow("deny") << QStringLiteral("remoteDeny") << false;
        QTest::addRow("ask") << QStringLiteral("remoteAsk") << false;
        QTest::addRow("allow listed") << QStringLiteral("remoteAllowListed") << true;
    }
    void allowedListFollowsThePolicy()
    {
        QFETCH(QString, button);
        QFETCH(bool, listEnabled);
        Profile p;
        p.writeIni({{QStringLiteral("actions/remotePolicy"), QStringLiteral("ask")}});
        ActionPolicyDialog d(p.root);
        d.setActor({QStringLiteral("tester"), Role::Administrator});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(waitLoaded(d));
        QVERIFY(child<QRadioButton>(&d, QStringLiteral("remoteAsk"))->isChecked());
        // From another choice first, so every row really switches.
        QTest::mouseClick(
            child<QRadioButton>(&d, listEnabled ? QStringLiteral("remoteDeny") : QStringLiteral("remoteAllowListed")),
            Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&d, QStringLiteral("remoteAllowed"))->isEnabled(), !listEnabled);
        auto *radio = child<QRadioButton>(&d, button);
        radio->setFocus();
        QTest::keyClick(radio, Qt::Key_Space); // keyboard reachable
        QVERIFY(radio->isChecked());
        QCOMPARE(child<QListWidget>(&d, QStringLiteral("remoteAllowed"))->isEnabled(), listEnabled);
    }

    void lockedDownIsPointedOut()
    {
        Profile p;
        p.writeIni({{QStringLiteral("actions/remotePolicy"), QStringLiteral("allow")},
                    {QStringLiteral("sync/securityMode"), QStringLiteral("lockedDown")}});
        ActionPolicyDialog d(p.root);
        QVERIFY(waitLoaded(d));
        auto *note = child<QLabel>(&d, QStringLiteral("lockedDownNote"));
        QVERIFY(note->isVisibleTo(&d));
        QVERIFY2(note->text().contains(QStringLiteral("whatever the policy")), qPrintable(note->text()));
    }

    void menuEntryFollowsTheRole()
    {
        Profile p;
        ui::MainWindow window(p.root);
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPolicy"));
        QVERIFY(action);
        window.session()->signIn({QStringLiteral("cuss"), Role::Customer});
        QVERIFY(!action->isEnabled());
        window.session()->signIn({QStringLiteral("ada"), Role::Administrator});
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<ActionPolicyDialog *>();
        QVERIFY(dialog);
        QVERIFY(waitLoaded(*dialog));
        // It acts as the signed-in person: the audit row names them.
        QSignalSpy saved(dialog, &ActionPolicyDialog::saved);
        clickOk(*dialog);
        QVERIFY(saved.wait(test::scaled(5000)));
        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->actor, QStringLiteral("ada"));
        QCOMPARE(audit->result, QStringLiteral("ok"));
    }
};

QTEST_MAIN(TestActionPolicyDialog)
#include "tst_actionpolicydialog.moc"
