// The device actions in the main window, offscreen, against real components: a stored device whose
// SNMP agent is snmpsimd serving a recorded Brother HL-L8260CDW, the profile's SQLite database and
// credential profiles, a loopback print sink (raw 9100 and LPR) for test pages and firmware, and
// loopback TCP listeners for troubleshooting and the web page. The session's role and the
// profile's [actions] policy decide what is enabled.

#include "ActionProgressDialog.h"
#include "ActionTestSetup.h"
#include "DeviceActions.h"
#include "DevicePanel.h"
#include "FirmwareDialog.h"
#include "MainWindow.h"
#include "RawPrintSink.h"
#include "RebootDialog.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "TroubleshootDialog.h"
#include "security/Session.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace fleet;
using actions::ActionKind;
using actions::Outcome;
using security::Role;

namespace {

const QString kIdlePrinter = QStringLiteral("brother-hl-l8260cdw"); // hrPrinterStatus idle

// Every result DeviceActions reports, in order.
struct Results
{
    QList<std::pair<ActionKind, actions::ActionResult>> list;
    QList<ui::ActionProgressDialog *> dialogs;
    QList<actions::ActionRequest> requests;
    QList<QDialog *> opened;

    void watch(ui::DeviceActions *a, QObject *context)
    {
        QObject::connect(a, &ui::DeviceActions::actionFinished, context,
                         [this](ActionKind k, const actions::ActionResult &r) {
                             list.append({k, r});
                         });
        QObject::connect(a, &ui::DeviceActions::started, context,
                         [this](const actions::ActionRequest &r, ui::ActionProgressDialog *d) {
                             requests.append(r);
                             dialogs.append(d);
                         });
        QObject::connect(a, &ui::DeviceActions::dialogOpened, context, [this](QDialog *d) { opened.append(d); });
    }
    QString describe() const
    {
        QStringList out;
        for (const auto &[k, r] : list)
            out << actions::actionName(k) + u' ' + actions::outcomeName(r.outcome) + QStringLiteral(": ") + r.message;
        return out.join(u'\n');
    }
};

} // namespace

class TestDeviceActions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileRoot> m_profile;
    test::SnmpSim m_sim;
    qint64 m_deviceId = 0;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::DeviceActions *m_actions = nullptr;
    Results m_results;

    // Points the actions at loopback endpoints the test controls; the rest keeps product defaults.
    actions::ActionOptions loopbackOptions() const
    {
        actions::ActionOptions o;
        o.connectTimeoutMs = test::scaled(2000);
        o.recheckIntervalMs = 50;
        o.rebootTimeoutMs = test::scaled(3000);
        o.usePing = false; // the machine may have no ping; the other steps are what is checked
        o.rawPort = test::freeTcpPort();
        o.lprPort = test::freeTcpPort();
        o.httpPort = test::freeTcpPort();
        o.httpsPort = test::freeTcpPort();
        o.tcpPorts = {};
        return o;
    }

    // Starts the print sink and points the test page's raw (or LPR) port at it.
    bool startSink(test::RawPrintSink &sink, bool lpr = false)
    {
        if (!sink.start())
            return false;
        actions::ActionOptions o = loopbackOptions();
        (lpr ? o.lprPort : o.rawPort) = sink.port();
        m_actions->setBaseOptions(o);
        return true;
    }

    // Selects the stored device and waits until its actions are loaded.
    bool selectLoaded()
    {
        QSignalSpy loaded(m_actions, &ui::DeviceActions::deviceLoaded);
        m_actions->setDevice(m_deviceId);
        return loaded.wait(test::scaled(5000));
    }

    // As an administrator writes it: a plain comma list.
    void writePolicy(const QStringList &disabled)
    {
        QSettings ini(m_profile->settingsPath(), QSettings::IniFormat);
        if (disabled.isEmpty())
            ini.remove(QStringLiteral("actions/disabled"));
        else
            ini.setValue(QStringLiteral("actions/disabled"), disabled);
        ini.sync();
    }

    // Waits for the next result after `before` results.
    bool waitResult(qsizetype before, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return m_results.list.size() > before; }, test::scaled(ms));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = std::make_unique<ProfileRoot>(m_dir.filePath(QStringLiteral("profile")));
        QString why;
        QVERIFY2(m_profile->ensureExists(&why), qPrintable(why));
        QVERIFY2(m_sim.start(test::fixtureDir()), qPrintable(m_sim.error()));
        {
            storage::Database db;
            QCOMPARE(db.open(m_profile->databasePath()).message, QString());
            auto id = db.insert(
                QStringLiteral("INSERT INTO devices (address, name, model, serial, first_seen, credential_name) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {m_sim.endpoint(), QStringLiteral("Printer 7th floor"), QStringLiteral("Brother HL-L8260CDW series"),
                 QStringLiteral("U64641E7J134163"), 0, QStringLiteral("office")});
            QVERIFY(id);
            m_deviceId = *id;
            storage::SecretStore secrets(m_profile->secretsPath());
            QCOMPARE(secrets.load().message, QString());
            // "writer" first in trial order; the device worked last with "office", so it is tried first.
            QCOMPARE(storage::CredentialRepository(db, secrets)
                         .save({test::quickCommunity(QStringLiteral("writer"), QStringLiteral("no-such-community")),
                                test::quickCommunity(QStringLiteral("office"), kIdlePrinter)})
                         .message,
                     QString());
        }
        m_window = std::make_unique<ui::MainWindow>(*m_profile);
        m_actions = m_window->findChild<ui::DeviceActions *>();
        QVERIFY(m_actions);
        m_actions->setBaseOptions(loopbackOptions());
        m_results.watch(m_actions, this);
        m_window->session()->signIn({QStringLiteral("admin"), Role::Administrator});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->fleetView()->model()->rowCount() == 1, test::scaled(5000));
        QSignalSpy loaded(m_actions, &ui::DeviceActions::deviceLoaded);
        m_window->selectDevice(m_deviceId);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QCOMPARE(m_actions->deviceId(), m_deviceId);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sim.stop();
    }

    void init()
    {
        m_window->session()->signIn({QStringLiteral("admin"), Role::Administrator});
        writePolicy({});
        m_actions->setBaseOptions(loopbackOptions());
        QVERIFY(selectLoaded());
    }

    // The same QActions in the Device menu, the table's context menu and the panel's button row.
    void placedInWindow()
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("deviceMenu"));
        QVERIFY(menu);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(menu->actions().contains(m_actions->action(ActionKind::Reboot)));
        QVERIFY(menu->actions().contains(m_actions->testPageLprAction()));
        auto *context = m_window->fleetView()->findChild<QMenu *>(QStringLiteral("deviceContextMenu"));
        QVERIFY(context);
        QVERIFY(context->actions().contains(m_actions->action(ActionKind::Troubleshoot)));
        QCOMPARE(m_window->fleetView()->contextMenuPolicy(), Qt::CustomContextMenu);
        // A right click on the row opens the menu on that row's device.
        QTableView *view = m_window->fleetView();
        const QModelIndex row = view->model()->index(0, 0);
        Q_EMIT view->customContextMenuRequested(view->visualRect(row).center());
        QTRY_VERIFY_WITH_TIMEOUT(context->isVisible(), test::scaled(2000));
        QCOMPARE(m_window->currentDeviceId(), m_deviceId);
        context->close();
        auto *bar = m_window->devicePanel()->findChild<QToolBar *>(QStringLiteral("deviceActionBar"));
        QVERIFY(bar);
        QVERIFY(bar->actions().contains(m_actions->action(ActionKind::Firmware)));
        QVERIFY(bar->findChild<QWidget *>(QStringLiteral("testPageButton")));
        for (QAction *a : m_actions->allActions())
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        // No device chosen: nothing to act on, and the tooltip says so.
        m_actions->setDevice(0);
        QVERIFY(!m_actions->action(ActionKind::Status)->isEnabled());
        QVERIFY(m_actions->action(ActionKind::Status)->toolTip().contains(QStringLiteral("Choose a device")));
    }

    void roles_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QList<ActionKind>>("enabled");
        const QList<ActionKind> all{ActionKind::Status,   ActionKind::Reboot,       ActionKind::TestPage,
                                    ActionKind::Firmware, ActionKind::Troubleshoot, ActionKind::WebPage,
                                    ActionKind::Unmanage};
        QTest::addRow("administrator") << Role::Administrator << all;
        QTest::addRow("power user") << Role::PowerUser << all;
        QTest::addRow("customer administrator") << Role::CustomerAdministrator
                                                << QList<ActionKind>{ActionKind::Status, ActionKind::TestPage,
                                                                     ActionKind::Troubleshoot, ActionKind::WebPage};
        QTest::addRow("customer") << Role::Customer << QList<ActionKind>{ActionKind::Status, ActionKind::WebPage};
    }
    // Re-evaluated on Session::changed, without reloading the device.
    void roles()
    {
        QFETCH(Role, role);
        QFETCH(QList<ActionKind>, enabled);
        m_window->session()->signIn({QStringLiteral("someone"), role});
        for (ActionKind k : {ActionKind::Status, ActionKind::Reboot, ActionKind::TestPage, ActionKind::Firmware,
                             ActionKind::Troubleshoot, ActionKind::WebPage, ActionKind::Unmanage}) {
            QAction *a = m_actions->action(k);
            QVERIFY2(a->isEnabled() == enabled.contains(k), qPrintable(a->objectName() + u' ' + a->toolTip()));
            if (!a->isEnabled())
                QVERIFY2(a->toolTip().contains(QStringLiteral("may not")), qPrintable(a->toolTip()));
        }
        QCOMPARE(m_actions->testPageLprAction()->isEnabled(), enabled.contains(ActionKind::TestPage));
        // Manage: the device is managed already, whoever asks.
        QVERIFY(!m_actions->action(ActionKind::Manage)->isEnabled());
        // Locked: nothing, whatever the role.
        m_window->session()->lock();
        for (QAction *a : m_actions->allActions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        m_window->session()->unlock();
        QCOMPARE(m_actions->action(ActionKind::Status)->isEnabled(), true);
    }

    void customerCannotRunReboot()
    {
        m_window->session()->signIn({QStringLiteral("carol"), Role::Customer});
        const qsizetype opened = m_results.opened.size();
        m_actions->action(ActionKind::Reboot)->trigger();
        m_actions->action(ActionKind::Firmware)->trigger();
        QCOMPARE(m_results.opened.size(), opened); // no confirmation asked: nothing to confirm
        QCOMPARE(m_actions->run(ActionKind::Reboot, QStringLiteral("writer")), nullptr);
    }

    // The ini's [actions] disabled list shows as disabled actions with the administrator's reason.
    void disabledInPolicy()
    {
        writePolicy({QStringLiteral("reboot"), QStringLiteral("test-page")});
        QVERIFY(selectLoaded());
        for (QAction *a : {m_actions->action(ActionKind::Reboot), m_actions->action(ActionKind::TestPage),
                           m_actions->testPageLprAction()}) {
            QVERIFY(!a->isEnabled());
            QVERIFY2(a->toolTip().contains(QStringLiteral("disabled by an administrator")), qPrintable(a->toolTip()));
        }
        QVERIFY(m_actions->action(ActionKind::Firmware)->isEnabled());
        QVERIFY(m_actions->action(ActionKind::Status)->isEnabled());
    }

    void refreshStatus()
    {
        const qsizetype before = m_results.list.size();
        QSignalSpy refreshed(m_window.get(), &ui::MainWindow::refreshed);
        m_actions->action(ActionKind::Status)->trigger();
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        const auto &[kind, result] = m_results.list.constLast();
        QCOMPARE(kind, ActionKind::Status);
        QVERIFY2(result.ok(), qPrintable(m_results.describe()));
        QVERIFY(result.message.contains(QStringLiteral("idle")));
        ui::ActionProgressDialog *dialog = m_results.dialogs.constLast();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("actionOutcome"))->text(), QStringLiteral("Succeeded"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("actionMessage"))->text(), result.message);
        QCOMPARE(dialog->progressBar()->value(), 100);
        auto *toggle = dialog->findChild<QWidget *>(QStringLiteral("actionDetailsToggle"));
        QVERIFY(toggle->isVisible());
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("actionDetails"))->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("cancelAction"))->isEnabled());
        // The window shows what the poll stored.
        QVERIFY(refreshed.wait(test::scaled(5000)));
        dialog->close();
    }

    void testPage_data()
    {
        QTest::addColumn<bool>("lpr");
        QTest::addRow("raw") << false;
        QTest::addRow("lpr") << true;
    }
    void testPage()
    {
        QFETCH(bool, lpr);
        test::RawPrintSink sink(lpr ? test::RawPrintSink::Mode::Lpr : test::RawPrintSink::Mode::Raw);
        QVERIFY(startSink(sink, lpr));
        const qsizetype before = m_results.list.size();
        (lpr ? m_actions->testPageLprAction() : m_actions->action(ActionKind::TestPage))->trigger();
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        QVERIFY2(m_results.list.constLast().second.ok(), qPrintable(m_results.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        const QString text = QString::fromUtf8(sink.jobs().constFirst().data);
        QVERIFY2(text.contains(QStringLiteral("U64641E7J134163")), qPrintable(text)); // the stored serial
        QVERIFY2(text.contains(QStringLiteral("admin")), qPrintable(text));           // the session's actor
        m_results.dialogs.constLast()->close();
    }

    // Firmware: the dialog gates Start on a usable file and "I understand"; the progress dialog
    // follows the transfer and Cancel stops it mid-way.
    void firmwareWithCancel()
    {
        const QByteArray content(24 * 1024 * 1024, 'F');
        const QString path = m_dir.filePath(QStringLiteral("hl-l8260cdw-big.bin"));
        QVERIFY(test::writeFile(path, content));
        test::RawPrintSink sink;
        QVERIFY(startSink(sink));

        const qsizetype opened = m_results.opened.size();
        m_actions->action(ActionKind::Firmware)->trigger();
        QCOMPARE(m_results.opened.size(), opened + 1);
        auto *dialog = qobject_cast<ui::FirmwareDialog *>(m_results.opened.constLast());
        QVERIFY(dialog);
        QVERIFY(!dialog->startButton()->isEnabled());
        QSignalSpy checked(dialog, &ui::FirmwareDialog::fileChecked);
        dialog->findChild<QLineEdit *>(QStringLiteral("firmwareFile"))->setText(path);
        QVERIFY(checked.wait(test::scaled(5000)));
        QVERIFY(dialog->fileUsable());
        QVERIFY(dialog->warnings().isEmpty());        // the model is in the file name
        QVERIFY(!dialog->startButton()->isEnabled()); // not without "I understand"
        QTRY_COMPARE_WITH_TIMEOUT(dialog->idleState(), ui::FirmwareDialog::IdleState::Idle, test::scaled(5000));
        dialog->findChild<QCheckBox *>(QStringLiteral("firmwareUnderstand"))->setChecked(true);
        QVERIFY(dialog->startButton()->isEnabled());

        const qsizetype before = m_results.list.size();
        const qsizetype dialogs = m_results.dialogs.size();
        dialog->startButton()->click();
        QCOMPARE(m_results.dialogs.size(), dialogs + 1);
        QVERIFY(m_results.requests.constLast().options.confirmed);
        QCOMPARE(m_results.requests.constLast().options.firmwarePath, path);
        ui::ActionProgressDialog *progress = m_results.dialogs.constLast();
        QList<int> values;
        connect(progress->progressBar(), &QProgressBar::valueChanged, this, [&](int v) { values << v; });
        // Cancel once bytes are flowing.
        QTRY_VERIFY_WITH_TIMEOUT(progress->statusText().contains(QStringLiteral("bytes")), test::scaled(10000));
        QVERIFY(progress->isRunning());
        progress->findChild<QPushButton *>(QStringLiteral("cancelAction"))->click();
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        const actions::ActionResult result = m_results.list.constLast().second;
        QCOMPARE(result.outcome, Outcome::Cancelled);
        const qint64 sent = result.details.value(QStringLiteral("sent")).toInteger();
        QVERIFY2(sent > 0 && sent < content.size(), qPrintable(m_results.describe()));
        QVERIFY(!values.isEmpty());
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY(values.constLast() < 90);
        QCOMPARE(progress->findChild<QLabel *>(QStringLiteral("actionOutcome"))->text(), QStringLiteral("Cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        QVERIFY(sink.jobs().constFirst().data.size() < content.size());
        progress->close();
    }

    void firmwareToTheEnd()
    {
        const QByteArray content = test::patternBytes(2 * 1024 * 1024 + 5, 13);
        const QString path = m_dir.filePath(QStringLiteral("LZ8260_hl-l8260cdw.djf"));
        QVERIFY(test::writeFile(path, content));
        test::RawPrintSink sink;
        QVERIFY(startSink(sink));
        const qsizetype before = m_results.list.size();
        QVERIFY(m_actions->run(ActionKind::Firmware, {}, path));
        ui::ActionProgressDialog *progress = m_results.dialogs.constLast();
        QList<int> values;
        connect(progress->progressBar(), &QProgressBar::valueChanged, this, [&](int v) { values << v; });
        QVERIFY2(waitResult(before, 30000), qPrintable(m_results.describe()));
        QVERIFY2(m_results.list.constLast().second.ok(), qPrintable(m_results.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(sink.jobs().size(), 1, test::scaled(3000));
        QVERIFY(sink.jobs().constFirst().data == content);
        QCOMPARE(values.constLast(), 100);
        QVERIFY(std::count_if(values.cbegin(), values.cend(), [](int v) { return v > 10 && v < 90; }) >= 2);
        progress->close();
    }

    void troubleshootNamesFailingStep()
    {
        QTcpServer open;
        QVERIFY(open.listen(QHostAddress::LocalHost));
        const quint16 closed = test::freeTcpPort();
        actions::ActionOptions o = loopbackOptions();
        o.tcpPorts = {open.serverPort(), closed};
        m_actions->setBaseOptions(o);
        const qsizetype before = m_results.list.size();
        const qsizetype opened = m_results.opened.size();
        m_actions->action(ActionKind::Troubleshoot)->trigger();
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        QCOMPARE(m_results.list.constLast().second.outcome, Outcome::Failed);
        QCOMPARE(m_results.opened.size(), opened + 1);
        auto *dialog = qobject_cast<ui::TroubleshootDialog *>(m_results.opened.constLast());
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->summary().contains(QStringLiteral("TCP port %1").arg(closed)), qPrintable(dialog->summary()));
        QVERIFY(!dialog->summary().contains(QStringLiteral("TCP port %1").arg(open.serverPort())));
        QHash<QString, int> states;
        QTreeWidget *list = dialog->checklist();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            states.insert(list->topLevelItem(i)->data(0, Qt::UserRole).toString(),
                          list->topLevelItem(i)->data(0, ui::TroubleshootDialog::StateRole).toInt());
        using S = ui::TroubleshootDialog::StepState;
        QCOMPARE(states.value(QStringLiteral("tcp-%1").arg(closed)), int(S::Failed));
        QCOMPARE(states.value(QStringLiteral("tcp-%1").arg(open.serverPort())), int(S::Passed));
        QCOMPARE(states.value(QStringLiteral("dns-forward")), int(S::Skipped)); // an address needs no lookup
        QCOMPARE(states.value(QStringLiteral("snmp:office")), int(S::Passed));
        QCOMPARE(states.value(QStringLiteral("snmp:writer")), int(S::Failed));
        // The failing row is the current one.
        QCOMPARE(list->currentItem()->data(0, ui::TroubleshootDialog::StateRole).toInt(), int(S::Failed));
        dialog->close();
    }

    void webPageOpensHttpsFirst()
    {
        QTcpServer https, http;
        QVERIFY(https.listen(QHostAddress::LocalHost));
        QVERIFY(http.listen(QHostAddress::LocalHost));
        actions::ActionOptions o = loopbackOptions();
        o.httpsPort = https.serverPort();
        o.httpPort = http.serverPort();
        m_actions->setBaseOptions(o);
        QList<QUrl> openedUrls;
        m_actions->setUrlOpener([&](const QUrl &url) {
            openedUrls << url;
            return true;
        });
        const qsizetype before = m_results.list.size();
        m_actions->action(ActionKind::WebPage)->trigger();
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        QCOMPARE(openedUrls, QList<QUrl>{QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(https.serverPort()))});
        m_actions->setUrlOpener([](const QUrl &) { return false; });
    }

    // The confirmation names the device and offers the stored profiles; Cancel sends nothing.
    void rebootAsks()
    {
        const qsizetype opened = m_results.opened.size();
        const qsizetype dialogs = m_results.dialogs.size();
        m_actions->action(ActionKind::Reboot)->trigger();
        QCOMPARE(m_results.opened.size(), opened + 1);
        auto *dialog = qobject_cast<ui::RebootDialog *>(m_results.opened.constLast());
        QVERIFY(dialog);
        // Named as stored (the status poll may have replaced the name with the agent's sysName).
        const QString question = dialog->findChild<QLabel *>(QStringLiteral("rebootQuestion"))->text();
        QVERIFY2(question.contains(QStringLiteral("127.0.0.1")), qPrintable(question));
        auto *profiles = dialog->findChild<QComboBox *>(QStringLiteral("writeCredential"));
        QCOMPARE(profiles->count(), 2);
        QCOMPARE(dialog->writeProfile(), QStringLiteral("office")); // the one that worked last
        dialog->findChild<QPushButton *>(QStringLiteral("cancelReboot"))->click();
        QCOMPARE(m_results.dialogs.size(), dialogs);

        // Confirmed with the other profile: the run starts with it as the write credential and by the
        // session's user. (How it ends is the core's business: snmpsimd neither resets nor answers the
        // SET for an unknown community.)
        m_actions->action(ActionKind::Reboot)->trigger();
        dialog = qobject_cast<ui::RebootDialog *>(m_results.opened.constLast());
        QVERIFY(dialog);
        dialog->setWriteProfile(QStringLiteral("writer"));
        const qsizetype before = m_results.list.size();
        dialog->rebootButton()->click();
        QCOMPARE(m_results.dialogs.size(), dialogs + 1);
        const actions::ActionRequest sent = m_results.requests.constLast();
        QCOMPARE(sent.kind, ActionKind::Reboot);
        QVERIFY(sent.device.writeCredential);
        QCOMPARE(sent.device.writeCredential->name, QStringLiteral("writer"));
        QCOMPARE(sent.device.writeCredential->community, QStringLiteral("no-such-community"));
        QCOMPARE(sent.actor.name, QStringLiteral("admin"));
        QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
        QCOMPARE(m_results.list.constLast().first, ActionKind::Reboot);
        ui::ActionProgressDialog *progress = m_results.dialogs.constLast();
        QVERIFY(!progress->findChild<QLabel *>(QStringLiteral("actionOutcome"))->text().isEmpty());
        progress->close();
    }

    // Stop managing, then start again: the pair swaps as the stored scope changes.
    void manageAndUnmanage()
    {
        QVERIFY(m_actions->action(ActionKind::Unmanage)->isEnabled());
        QVERIFY(!m_actions->action(ActionKind::Manage)->isEnabled());
        for (ActionKind kind : {ActionKind::Unmanage, ActionKind::Manage}) {
            const qsizetype before = m_results.list.size();
            QSignalSpy loaded(m_actions, &ui::DeviceActions::deviceLoaded);
            m_actions->action(kind)->trigger();
            QVERIFY2(waitResult(before), qPrintable(m_results.describe()));
            QVERIFY2(m_results.list.constLast().second.ok(), qPrintable(m_results.describe()));
            QVERIFY(loaded.wait(test::scaled(5000)));
            QTRY_COMPARE_WITH_TIMEOUT(m_actions->action(ActionKind::Manage)->isEnabled(), kind == ActionKind::Unmanage,
                                      test::scaled(3000));
            QCOMPARE(m_actions->action(ActionKind::Unmanage)->isEnabled(), kind == ActionKind::Manage);
            m_results.dialogs.constLast()->close();
        }
    }
};

QTEST_MAIN(TestDeviceActions)
#include "tst_deviceactions.moc"
