// The "Remote requests" dialog offscreen on a real profile database: pending requests listed,
// Approve/Deny enabled by the session's role for each request's action, decisions stored with who
// made them and the result for the server, and the dialog reachable from the Remote services tab.

#include "ConsentView.h"
#include "SyncView.h"
#include "TestEnv.h"
#include "TrayController.h"

#include "schedule/FleetService.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "sync/ConsentStore.h"
#include "sync/SyncService.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::actions::ActionKind;
using fleet::security::Actor;
using fleet::security::Role;
using fleet::sync::Consent;
using fleet::sync::ConsentState;
using fleet::sync::ConsentStore;
using fleet::ui::ConsentView;

namespace {
template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}
} // namespace

class TestConsentView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ProfileRoot m_profile{QString()};
    storage::Database m_db;
    qint64 m_reboot = 0;
    qint64 m_testPage = 0;

    qint64 addRequest(const QString &commandId, ActionKind kind)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_db.exec(QStringLiteral("INSERT INTO sync_commands (command_id, received_at, action, device_id, state, "
                                     "message, idempotency_key, result_posted_at) VALUES (?,?,?,1,'pending', "
                                     "'Awaiting consent', ?, ?)"),
                      {commandId, now.toMSecsSinceEpoch(), actions::actionName(kind), QString(commandId + u"-key"),
                       now.toMSecsSinceEpoch()}))
            return 0;
        Consent c;
        c.commandId = commandId;
        c.kind = kind;
        c.deviceId = 1;
        c.deviceLabel = QStringLiteral("Printer 3rd floor (10.0.0.5)");
        c.receivedAt = now;
        c.expiresAt = now.addSecs(24 * 3600);
        auto id = ConsentStore(m_db).add(c);
        return id ? *id : 0;
    }

    ConsentState stateOf(qint64 id) { return ConsentStore(m_db).find(id)->value().state; }

    // Selects the row of a request and waits for the buttons to follow.
    void select(ConsentView &view, qint64 id)
    {
        for (int row = 0; row < view.consents().size(); ++row)
            if (view.consents().at(row).id == id)
                view.table()->selectRow(row);
    }

    void waitLoaded(ConsentView &view, int rows)
    {
        QTRY_COMPARE_WITH_TIMEOUT(view.table()->rowCount(), rows, test::scaled(5000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = ProfileRoot(m_dir.path());
        QVERIFY(!m_db.open(m_profile.databasePath()));
        QVERIFY(m_db.insert(QStringLiteral("INSERT INTO devices (id, address, name, first_seen) VALUES (1, ?, ?, 0)"),
                            {QStringLiteral("10.0.0.5:161"), QStringLiteral("Printer 3rd floor")}));
        m_reboot = addRequest(QStringLiteral("c-0001"), ActionKind::Reboot);
        m_testPage = addRequest(QStringLiteral("c-0002"), ActionKind::TestPage);
        QVERIFY(m_reboot > 0 && m_testPage > 0);
    }

    void requestText()
    {
        Consent c;
        c.kind = ActionKind::Reboot;
        c.deviceLabel = QStringLiteral("Printer 3rd floor (10.0.0.5)");
        QCOMPARE(ConsentView::requestText(c),
                 QStringLiteral("The service provider asks to reboot Printer 3rd floor (10.0.0.5) — open to approve."));
    }

    // The buttons follow the role for the selected request's action.
    void buttonsFollowTheRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("reboot");
        QTest::addColumn<bool>("testPage");
        QTest::addRow("customer") << int(Role::Customer) << false << false;
        QTest::addRow("customer administrator") << int(Role::CustomerAdministrator) << false << true;
        QTest::addRow("power user") << int(Role::PowerUser) << true << true;
        QTest::addRow("administrator") << int(Role::Administrator) << true << true;
    }
    void buttonsFollowTheRole()
    {
        QFETCH(int, role);
        QFETCH(bool, reboot);
        QFETCH(bool, testPage);
        security::Session session(Actor{QStringLiteral("someone"), Role(role)});
        ConsentView view(m_profile, &session);
        waitLoaded(view, 2);
        auto *approve = child<QPushButton>(&view, "consentApprove");
        auto *deny = child<QPushButton>(&view, "consentDeny");
        QVERIFY(approve && deny);
        select(view, m_reboot);
        QCOMPARE(approve->isEnabled(), reboot);
        QCOMPARE(deny->isEnabled(), reboot);
        select(view, m_testPage);
        QCOMPARE(approve->isEnabled(), testPage);
        // Locked: nothing.
        session.lock();
        QVERIFY(!approve->isEnabled());
    }

    void approveAndDenyAreStored()
    {
        security::Session session(Actor{QStringLiteral("alice"), Role::Administrator});
        ConsentView view(m_profile, &session);
        waitLoaded(view, 2);
        QSignalSpy decided(&view, &ConsentView::decided);

        select(view, m_testPage);
        QTest::mouseClick(child<QPushButton>(&view, "consentApprove"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, test::scaled(5000));
        QCOMPARE(decided.first().at(0).toLongLong(), m_testPage);
        QCOMPARE(decided.first().at(1).toBool(), true);
        QCOMPARE(stateOf(m_testPage), ConsentState::Approved);
        QCOMPARE(ConsentStore(m_db).find(m_testPage)->value().decidedBy, QStringLiteral("alice"));
        waitLoaded(view, 1); // only the reboot is still waiting

        select(view, m_reboot);
        child<QLineEdit>(&view, "consentReason")->setText(QStringLiteral("not during office hours"));
        QTest::mouseClick(child<QPushButton>(&view, "consentDeny"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 2, test::scaled(5000));
        QCOMPARE(stateOf(m_reboot), ConsentState::Denied);
        auto result = m_db.scalar(QStringLiteral("SELECT state || ': ' || message FROM sync_commands "
                                                 "WHERE command_id = 'c-0001' AND result_posted_at IS NULL"));
        QVERIFY(result);
        QCOMPARE(result->toString(), QStringLiteral("denied: Denied by alice: not during office hours"));
        waitLoaded(view, 0);
        QVERIFY(!child<QPushButton>(&view, "consentApprove")->isEnabled());

        auto audit = security::AuditLog(m_db).list();
        QVERIFY(audit);
        QStringList actions;
        for (const security::AuditRecord &r : *audit)
            actions << r.action + u' ' + r.actor;
        QVERIFY2(actions.contains(QStringLiteral("remote-action.approve alice")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("remote-action.deny alice")), qPrintable(actions.join(u',')));
    }

    // A command poll that leaves requests waiting notifies each one through the tray.
    void trayNotifiesNewRequests()
    {
        schedule::FleetService fleet(m_profile);
        sync::SyncService service(m_profile);
        ui::TrayController tray(&fleet);
        tray.watchConsents(&service);
        QSignalSpy notified(&tray, &ui::TrayController::notified);
        sync::CommandReport report;
        Q_EMIT service.commandsFinished(report); // nothing waits: nothing to say
        QCOMPARE(notified.size(), 0);
        Consent c;
        c.kind = ActionKind::Reboot;
        c.deviceLabel = QStringLiteral("Printer 3rd floor (10.0.0.5)");
        report.newConsents << c;
        Q_EMIT service.commandsFinished(report);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Remote request"));
        QCOMPARE(notified.first().at(1).toString(), ConsentView::requestText(c));
    }

    void reachableFromTheRemoteServicesTab()
    {
        addRequest(QStringLiteral("c-0003"), ActionKind::Troubleshoot);
        security::Session session(Actor{QStringLiteral("alice"), Role::Administrator});
        ui::SyncView sync(m_profile);
        sync.setSession(&session);
        auto *open = child<QPushButton>(&sync, "openConsents");
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        auto *view = sync.findChild<ConsentView *>();
        QVERIFY(view);
        waitLoaded(*view, 1);
        QCOMPARE(view->consents().first().kind, ActionKind::Troubleshoot);
        view->close();
    }
};

QTEST_MAIN(TestConsentView)
#include "tst_consentview.moc"
