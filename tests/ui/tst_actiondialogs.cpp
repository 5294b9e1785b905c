// The dialogs around device actions, each on its own: the firmware dialog (the core's pre-checks on
// real files, the idle state of recorded printers served by snmpsimd), the troubleshooting
// checklist, and the progress dialog following real ActionRunner runs (refused, failed, cancelled).

#include "ActionProgressDialog.h"
#include "FirmwareDialog.h"
#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "TroubleshootDialog.h"
#include "actions/ActionRunner.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace fleet;
using actions::ActionKind;
using actions::Outcome;
using IdleState = ui::FirmwareDialog::IdleState;
using StepState = ui::TroubleshootDialog::StepState;

namespace {

actions::DeviceTarget simDevice(const test::SnmpSim &sim, const QString &community)
{
    actions::DeviceTarget d;
    d.name = QStringLiteral("Printer 7th floor");
    d.host = sim.address();
    d.snmpPort = sim.port();
    d.model = QStringLiteral("Brother HL-L8260CDW series");
    d.credentials = {test::quickCommunity(QStringLiteral("office"), community)};
    return d;
}

QJsonObject step(const char *id, const char *title, bool ok, bool skipped = false)
{
    return {{QStringLiteral("step"), QString::fromLatin1(id)},
            {QStringLiteral("title"), QString::fromLatin1(title)},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("skipped"), skipped},
            {QStringLiteral("detail"), QStringLiteral("detail of %1").arg(QString::fromLatin1(id))}};
}

} // namespace

class TestActionDialogs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::SnmpSim m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
    }

    void firmwareFile_data()
    {
        QTest::addColumn<QString>("name"); // empty: no file at all
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<bool>("warns");
        QTest::addRow("model in name") << "LZ8260_hl-l8260cdw_P.djf" << QByteArray(5000, 'x') << true << false;
        QTest::addRow("model in header") << "fw.bin" << QByteArray("@PJL MODEL=HL-L8260CDW\n") << true << false;
        QTest::addRow("other model") << "mfc9970_fw.djf" << QByteArray("MFC-9970") << true << true;
        QTest::addRow("empty") << "empty.bin" << QByteArray() << false << false;
        QTest::addRow("missing") << QString() << QByteArray() << false << false;
    }
    void firmwareFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(bool, usable);
        QFETCH(bool, warns);
        QString path = m_dir.filePath(QStringLiteral("missing.bin"));
        if (!name.isEmpty()) {
            path = m_dir.filePath(name);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        ui::FirmwareDialog dialog(simDevice(m_sim, QStringLiteral("brother-hl-l8260cdw")), QStringLiteral("1.0"));
        dialog.show();
        auto *understand = dialog.findChild<QCheckBox *>(QStringLiteral("firmwareUnderstand"));
        understand->setChecked(true);
        QVERIFY(!dialog.startButton()->isEnabled()); // no file yet
        QSignalSpy checked(&dialog, &ui::FirmwareDialog::fileChecked);
        dialog.findChild<QLineEdit *>(QStringLiteral("firmwareFile"))->setText(path);
        QVERIFY(checked.wait(test::scaled(5000)));
        QCOMPARE(dialog.fileUsable(), usable);
        QCOMPARE(!dialog.warnings().isEmpty(), warns);
        auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("firmwareWarnings"));
        QCOMPARE(warnings->isVisible(), warns);
        if (warns)
            QVERIFY(warnings->text().contains(QStringLiteral("HL-L8260CDW")));
        QCOMPARE(dialog.startButton()->isEnabled(), usable);
        // Start needs the explicit "I understand", whatever the file.
        understand->setChecked(false);
        QVERIFY(!dialog.startButton()->isEnabled());
    }

    void firmwareIdleState_data()
    {
        QTest::addColumn<QString>("community");
        QTest::addColumn<IdleState>("state");
        QTest::addRow("idle") << "brother-hl-l8260cdw" << IdleState::Idle;
        QTest::addRow("busy") << "brother-mfc-9970cdw" << IdleState::Busy; // hrPrinterStatus other
        QTest::addRow("silent") << "no-such-community" << IdleState::Silent;
    }
    void firmwareIdleState()
    {
        QFETCH(QString, community);
        QFETCH(IdleState, state);
        ui::FirmwareDialog dialog(simDevice(m_sim, community), QString());
        QSignalSpy idle(&dialog, &ui::FirmwareDialog::idleChecked);
        QCOMPARE(dialog.idleState(), IdleState::Checking);
        QVERIFY(idle.wait(test::scaled(8000)));
        QCOMPARE(dialog.idleState(), state);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("firmwareIdleState"));
        QVERIFY(!label->text().isEmpty());
        // Checked again on request.
        auto *again = dialog.findChild<QPushButton *>(QStringLiteral("recheckIdle"));
        QVERIFY(again->isEnabled());
        again->click();
        QCOMPARE(dialog.idleState(), IdleState::Checking);
        QVERIFY(idle.wait(test::scaled(8000)));
        QCOMPARE(dialog.idleState(), state);
    }

    void checklist_data()
    {
        QTest::addColumn<QJsonArray>("steps");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QList<int>>("states");
        QTest::addRow("one port closed") << QJsonArray{step("dns-forward", "DNS lookup of the name", true, true),
                                                       step("tcp-80", "TCP port 80", true),
                                                       step("tcp-9100", "TCP port 9100", false),
                                                       step("snmp:office", "SNMP with profile office", true)}
                                         << "Failed: TCP port 9100"
                                         << QList<int>{int(StepState::Skipped), int(StepState::Passed),
                                                       int(StepState::Failed), int(StepState::Passed)};
        QTest::addRow("two failures") << QJsonArray{step("ping", "Ping", false),
                                                    step("snmp:office", "SNMP with profile office", false)}
                                      << "Failed: Ping, SNMP with profile office"
                                      << QList<int>{int(StepState::Failed), int(StepState::Failed)};
        QTest::addRow("all passed") << QJsonArray{step("tcp-80", "TCP port 80", true)} << "Every step passed."
                                    << QList<int>{int(StepState::Passed)};
    }
    void checklist()
    {
        QFETCH(QJsonArray, steps);
        QFETCH(QString, summary);
        QFETCH(QList<int>, states);
        ui::TroubleshootDialog dialog(QStringLiteral("Printer (127.0.0.1)"));
        dialog.setResult(
            {Outcome::Failed, QStringLiteral("the core's message"), {{QStringLiteral("checklist"), steps}}});
        QCOMPARE(dialog.summary(), summary);
        QTreeWidget *list = dialog.checklist();
        QCOMPARE(list->topLevelItemCount(), states.size());
        for (int i = 0; i < states.size(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            QCOMPARE(item->data(0, ui::TroubleshootDialog::StateRole).toInt(), states.at(i));
            QVERIFY(!item->icon(0).isNull());
            QCOMPARE(item->text(0), steps.at(i)[QStringLiteral("title")].toString());
            QCOMPARE(item->text(2), QStringLiteral("detail of ") + steps.at(i)[QStringLiteral("step")].toString());
        }
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("troubleshootMessage"))->text(),
                 QStringLiteral("the core's message"));
    }

    // A refused run (disabled in the policy) shows as such, with the reason, and nothing to cancel.
    void progressShowsRefusal()
    {
        actions::ActionRequest r;
        r.kind = ActionKind::Status;
        r.actor = {QStringLiteral("admin"), security::Role::Administrator};
        r.device = simDevice(m_sim, QStringLiteral("brother-hl-l8260cdw"));
        actions::ActionPolicy policy;
        policy.setDisabled(ActionKind::Status, true);
        actions::ActionRunner runner(r, policy, nullptr);
        ui::ActionProgressDialog dialog(actions::actionTitle(r.kind), r.device.label());
        dialog.follow(&runner);
        dialog.show();
        QSignalSpy finished(&dialog, &ui::ActionProgressDialog::actionFinished);
        runner.start();
        QVERIFY(dialog.isRunning());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelAction"))->isEnabled());
        QVERIFY(finished.wait(test::scaled(5000)));
        QCOMPARE(dialog.result()->outcome, Outcome::Refused);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("actionOutcome"))->text(), QStringLiteral("Refused"));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("actionMessage"))->text().contains(QStringLiteral("disabled")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelAction"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeAction"))->isEnabled());
        QVERIFY(dialog.isVisible()); // kept open to be read
    }

    // Details are there on request; with "close when finished" the dialog goes by itself.
    void progressDetailsAndCloseOnFinish()
    {
        actions::ActionRequest r;
        r.kind = ActionKind::Status;
        r.actor = {QStringLiteral("admin"), security::Role::Administrator};
        r.device = simDevice(m_sim, QStringLiteral("brother-hl-l8260cdw"));
        for (bool closeOnFinish : {false, true}) {
            actions::ActionRunner runner(r, {}, nullptr);
            ui::ActionProgressDialog dialog(actions::actionTitle(r.kind), r.device.label());
            dialog.setCloseOnFinish(closeOnFinish);
            dialog.follow(&runner);
            dialog.show();
            QList<int> values;
            connect(dialog.progressBar(), &QProgressBar::valueChanged, this, [&](int v) { values << v; });
            QSignalSpy finished(&dialog, &ui::ActionProgressDialog::actionFinished);
            runner.start();
            QVERIFY(finished.wait(test::scaled(10000)));
            QVERIFY2(dialog.result()->ok(), qPrintable(dialog.result()->message));
            QVERIFY(values.size() >= 2); // the poll's own step, then done
            QCOMPARE(dialog.isVisible(), !closeOnFinish);
            auto *toggle = dialog.findChild<QToolButton *>(QStringLiteral("actionDetailsToggle"));
            auto *details = dialog.findChild<QPlainTextEdit *>(QStringLiteral("actionDetails"));
            if (closeOnFinish)
                continue;
            QVERIFY(!details->isVisible());
            toggle->click();
            QVERIFY(details->isVisible());
            QVERIFY(details->toPlainText().contains(QStringLiteral("HL-L8260CDW")));
            toggle->click();
            QVERIFY(!details->isVisible());
        }
    }

    // Escape while the action runs cancels it; the dialog closes once the cancellation is in.
    void progressEscapeCancels()
    {
        actions::ActionRequest r;
        r.kind = ActionKind::Status;
        r.actor = {QStringLiteral("admin"), security::Role::Administrator};
        r.device = simDevice(m_sim, QStringLiteral("no-such-community")); // silent: the poll waits
        r.device.credentials.first().timeoutMs = test::scaled(5000);
        actions::ActionRunner runner(r, {}, nullptr);
        auto *dialog = new ui::ActionProgressDialog(actions::actionTitle(r.kind), r.device.label());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ui::ActionProgressDialog> guard(dialog);
        dialog->follow(&runner);
        dialog->show();
        std::optional<actions::ActionResult> result;
        connect(&runner, &actions::ActionRunner::finished, this,
                [&](const actions::ActionResult &res) { result = res; });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("Polling")), test::scaled(3000));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), test::scaled(3000));
        QCOMPARE(result->outcome, Outcome::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), test::scaled(3000)); // closed and deleted
    }
};

QTEST_MAIN(TestActionDialogs)
#include "tst_actiondialogs.moc"
