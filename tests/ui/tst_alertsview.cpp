// AlertsView offscreen against a real database: the alerts of four real recordings (served by
// snmpsimd, polled with the Poller, stored with SnapshotStore) plus a synthetic device with an open
// and a cleared critical alert. Filters, acknowledging through the dialog (checked in the
// database), refresh keeping the selection, and "open device".

#include "AcknowledgeDialog.h"
#include "AlertTableModel.h"
#include "AlertsView.h"
#include "SnmpSim.h"
#include "TestEnv.h"
#include "collect/Poller.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include "../core/tst_storage_data.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using models::AlertTableModel;
using ui::AlertsView;

namespace {

const QList<std::pair<QString, QString>> kRecordings = {
    {QStringLiteral("127.0.62.1"), QStringLiteral("kyocera-cs-4053ci")},
    {QStringLiteral("127.0.62.2"), QStringLiteral("epson-cw-c6500au")},
    {QStringLiteral("127.0.62.3"), QStringLiteral("brother-hl-l8260cdw")},
    {QStringLiteral("127.0.62.4"), QStringLiteral("brother-mfc-9970cdw")},
};

Alert critical(int index, qint64 code, const QString &codeName, const QString &description)
{
    Alert a = storage::test::alert(index, code, codeName, description);
    a.severity = {3, QStringLiteral("critical")};
    return a;
}

DeviceSnapshot synthetic(const QDateTime &at, const QList<Alert> &alerts)
{
    DeviceSnapshot s = storage::test::printer(QStringLiteral("10.7.7.7:161"), QStringLiteral("VIEW1"), {}, at);
    s.alerts = alerts;
    return s;
}

} // namespace

class TestAlertsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    fleet::test::SnmpSim m_sim;
    QString m_template; // the stored fleet every test starts from
    QString m_path;     // this test's copy

    qint64 dbCount(const QString &sql)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(m_path))
            return -1;
        return db.scalar(sql)->toLongLong();
    }

    std::unique_ptr<AlertsView> openView()
    {
        auto view = std::make_unique<AlertsView>(m_path);
        view->setActor(QStringLiteral("test-admin"));
        view->setSession(
            new security::Session({QStringLiteral("test-admin"), security::Role::Administrator}, view.get()));
        view->resize(1200, 600);
        QSignalSpy refreshed(view.get(), &AlertsView::refreshed);
        view->show();
        // The first load may arrive while the window is being exposed.
        if (!QTest::qWaitForWindowExposed(view.get()) ||
            (refreshed.isEmpty() && !refreshed.wait(fleet::test::scaled(10000))))
            qWarning("the alerts view did not load");
        return view;
    }

    static QTableView *table(AlertsView &v) { return v.findChild<QTableView *>(QStringLiteral("alertTable")); }
    static int rows(AlertsView &v) { return table(v)->model()->rowCount(); }
    template <typename T> static T *child(AlertsView &v, const QString &name) { return v.findChild<T *>(name); }

    // Selects the rows whose Alert column reads description; returns how many.
    static int selectWhere(AlertsView &v, const QString &description)
    {
        QTableView *t = table(v);
        t->clearSelection();
        int n = 0;
        for (int row = 0; row < t->model()->rowCount(); ++row) {
            if (t->model()->index(row, AlertTableModel::Description).data().toString() != description)
                continue;
            t->selectionModel()->select(t->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ++n;
        }
        return n;
    }

    static bool reload(AlertsView &v)
    {
        QSignalSpy refreshed(&v, &AlertsView::refreshed);
        v.refresh();
        return refreshed.wait(fleet::test::scaled(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<std::pair<QString, QString>> devices;
        for (const auto &[host, name] : kRecordings)
            devices.append({host, fleet::test::fixtureDir() + u'/' + name + QStringLiteral(".snmprec")});
        QVERIFY2(m_sim.startFleet(devices), qPrintable(m_sim.error()));
        snmp::Credential community;
        community.timeoutMs = fleet::test::scaled(2000);
        QList<collect::PollTarget> targets;
        for (const auto &[host, name] : kRecordings)
            targets << collect::Poller::targetFromString(QStringLiteral("%1:%2").arg(host).arg(m_sim.port()),
                                                         {community});
        collect::Poller poller;
        QList<DeviceSnapshot> polled;
        connect(&poller, &collect::Poller::deviceFinished, this, [&polled](const DeviceSnapshot &s) { polled << s; });
        QSignalSpy finished(&poller, &collect::Poller::finished);
        poller.start(targets, {});
        QVERIFY(finished.wait(fleet::test::scaled(60000)));
        QCOMPARE(polled.size(), 4);
        for (const DeviceSnapshot &s : polled)
            QVERIFY2(s.reachable && !s.alerts.isEmpty(), qPrintable(s.target));

        m_template = m_dir.filePath(QStringLiteral("template.db"));
        storage::Database db(QStringLiteral("template"));
        QVERIFY(!db.open(m_template));
        QVERIFY(storage::SnapshotStore(db).storeBatch(polled));
        const Alert door = critical(7, 3, QStringLiteral("coverOpen"), QStringLiteral("Door open"));
        const Alert jam = critical(8, 8, QStringLiteral("jam"), QStringLiteral("Paper jam"));
        QVERIFY(storage::SnapshotStore(db).storeBatch({synthetic(storage::test::at(0), {door, jam})}));
        QVERIFY(storage::SnapshotStore(db).storeBatch({synthetic(storage::test::at(1), {door})}));
        db.close();
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_template, m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void filtersChangeTheVisibleRows()
    {
        auto view = openView();
        AlertsView &v = *view;
        QCOMPARE(rows(v), 9); // 8 real + the open door
        QCOMPARE(child<QLabel>(v, QStringLiteral("alertSummary"))->text(),
                 QStringLiteral("Open: 1 critical, 5 warning, 3 other; 9 not acknowledged. Showing 9 of 9 alert(s)."));

        child<QCheckBox>(v, QStringLiteral("severityWarning"))->click();
        QCOMPARE(rows(v), 4);
        child<QCheckBox>(v, QStringLiteral("severityOther"))->click();
        QCOMPARE(rows(v), 1);
        QCOMPARE(table(v)->model()->index(0, AlertTableModel::Description).data().toString(),
                 QStringLiteral("Door open"));
        QVERIFY(child<QLabel>(v, QStringLiteral("alertSummary"))
                    ->text()
                    .endsWith(QStringLiteral("Showing 1 of 9 alert(s).")));
        child<QCheckBox>(v, QStringLiteral("severityCritical"))->click();
        QCOMPARE(rows(v), 0);
        for (const QString &name :
             {QStringLiteral("severityCritical"), QStringLiteral("severityWarning"), QStringLiteral("severityOther")})
            child<QCheckBox>(v, name)->click();
        QCOMPARE(rows(v), 9);

        QLineEdit *text = child<QLineEdit>(v, QStringLiteral("alertFilter"));
        QTest::keyClicks(text, QStringLiteral("ink is LOW"));
        QCOMPARE(rows(v), 3);
        text->clear();
        QTest::keyClicks(text, QStringLiteral("127.0.62.4")); // by device address
        QCOMPARE(rows(v), 1);
        QCOMPARE(table(v)->model()->index(0, AlertTableModel::Description).data().toString(), QStringLiteral("Sleep"));
        text->clear();
        QCOMPARE(rows(v), 9);

        QComboBox *state = child<QComboBox>(v, QStringLiteral("alertState"));
        QSignalSpy refreshed(&v, &AlertsView::refreshed);
        state->setCurrentIndex(1); // cleared
        QVERIFY(refreshed.wait(fleet::test::scaled(10000)));
        QCOMPARE(rows(v), 1);
        QCOMPARE(table(v)->model()->index(0, AlertTableModel::Description).data().toString(),
                 QStringLiteral("Paper jam"));
        state->setCurrentIndex(2); // all
        QVERIFY(refreshed.wait(fleet::test::scaled(10000)));
        QCOMPARE(rows(v), 10);
        state->setCurrentIndex(0);
        QVERIFY(refreshed.wait(fleet::test::scaled(10000)));
        QCOMPARE(rows(v), 9);
    }

    void acknowledgeThroughTheDialog()
    {
        auto view = openView();
        AlertsView &v = *view;
        QPushButton *acknowledge = child<QPushButton>(v, QStringLiteral("acknowledgeButton"));
        QVERIFY(!acknowledge->isEnabled()); // nothing selected
        QCOMPARE(selectWhere(v, QStringLiteral("Ink is low.")), 3);
        QVERIFY(acknowledge->isEnabled());

        QSignalSpy acknowledged(&v, &AlertsView::acknowledged);
        QSignalSpy refreshed(&v, &AlertsView::refreshed);
        acknowledge->click();
        auto *dialog = v.findChild<ui::AcknowledgeDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), fleet::test::scaled(5000));
        QCOMPARE(dialog->alertIds().size(), 3);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("acknowledgeHeading"))->text().contains(u"test-admin"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("acknowledgeNote")),
                         QStringLiteral("Inks ordered, ticket 4711"));
        dialog->findChild<QPushButton *>(QStringLiteral("acknowledgeConfirm"))->click();
        QVERIFY(acknowledged.wait(fleet::test::scaled(10000)));
        QCOMPARE(acknowledged.constFirst().at(0).value<QList<qint64>>().size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), fleet::test::scaled(10000));

        // In the database: who, the note, when, and an event per alert.
        QCOMPARE(
            dbCount(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_by = 'test-admin' AND "
                                   "acknowledge_note = 'Inks ordered, ticket 4711' AND acknowledged_at IS NOT NULL "
                                   "AND description = 'Ink is low.'")),
            3);
        QCOMPARE(dbCount(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at IS NOT NULL")), 3);
        QCOMPARE(dbCount(QStringLiteral("SELECT count(*) FROM events WHERE kind = 'alertAcknowledged'")), 3);

        // In the view: the selection is kept, now acknowledged, so the button is off again.
        QCOMPARE(v.selectedAlertIds().size(), 3);
        QVERIFY(!acknowledge->isEnabled());
        for (qint64 id : v.selectedAlertIds()) {
            const int row = v.alertModel()->rowOf(id);
            QVERIFY(v.alertModel()->index(row, 0).data(AlertTableModel::AcknowledgedRole).toBool());
            QVERIFY(v.alertModel()
                        ->index(row, AlertTableModel::Acknowledged)
                        .data()
                        .toString()
                        .startsWith(u"test-admin, "));
        }
        QVERIFY2(child<QLabel>(v, QStringLiteral("alertSummary"))->text().contains(u"; 6 not acknowledged."),
                 qPrintable(child<QLabel>(v, QStringLiteral("alertSummary"))->text()));
        child<QCheckBox>(v, QStringLiteral("unacknowledgedOnly"))->click();
        QCOMPARE(rows(v), 6);
        QCOMPARE(selectWhere(v, QStringLiteral("Ink is low.")), 0);
        child<QCheckBox>(v, QStringLiteral("unacknowledgedOnly"))->click();
        QCOMPARE(rows(v), 9);

        // A selection mixing acknowledged and unacknowledged alerts cannot be acknowledged.
        selectWhere(v, QStringLiteral("Ink is low."));
        table(v)->selectionModel()->select(table(v)->model()->index(0, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(v.selectedAlertIds().size(), 4);
        QVERIFY(!acknowledge->isEnabled());
        QCOMPARE(selectWhere(v, QStringLiteral("Door open")), 1);
        QVERIFY(acknowledge->isEnabled());
    }

    void cancelStoresNothing()
    {
        auto view = openView();
        AlertsView &v = *view;
        QCOMPARE(selectWhere(v, QStringLiteral("Door open")), 1);
        child<QPushButton>(v, QStringLiteral("acknowledgeButton"))->click();
        auto *dialog = v.findChild<ui::AcknowledgeDialog *>();
        QVERIFY(dialog);
        dialog->setNote(QStringLiteral("never mind"));
        dialog->findChild<QPushButton *>(QStringLiteral("acknowledgeCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!v.findChild<ui::AcknowledgeDialog *>(), fleet::test::scaled(5000));
        QVERIFY(reload(v)); // any write queued before this read would have landed
        QCOMPARE(dbCount(QStringLiteral("SELECT count(*) FROM alerts WHERE acknowledged_at IS NOT NULL")), 0);
    }

    void noActorNoAcknowledgement()
    {
        auto view = openView();
        AlertsView &v = *view;
        v.setSession(nullptr); // no signed-in user: the name alone
        v.setActor(QStringLiteral("   "));
        QCOMPARE(selectWhere(v, QStringLiteral("Door open")), 1);
        child<QPushButton>(v, QStringLiteral("acknowledgeButton"))->click();
        auto *dialog = v.findChild<ui::AcknowledgeDialog *>();
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("acknowledgeConfirm"))->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("acknowledgeNoActor")));
        dialog->reject();
    }

    void doubleClickAndEnterOpenTheDevice()
    {
        auto view = openView();
        AlertsView &v = *view;
        QTableView *t = table(v);
        QSignalSpy activated(&v, &AlertsView::deviceActivated);
        const QModelIndex index = t->model()->index(2, AlertTableModel::Description);
        const qint64 device = index.data(AlertTableModel::DeviceIdRole).toLongLong();
        QVERIFY(device > 0);
        const QPoint centre = t->visualRect(index).center();
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(t->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), device);

        const QModelIndex other = t->model()->index(7, AlertTableModel::Device);
        t->setFocus();
        t->setCurrentIndex(other);
        QTest::keyClick(t, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toLongLong(), other.data(AlertTableModel::DeviceIdRole).toLongLong());
    }

    void refreshKeepsTheSelection()
    {
        auto view = openView();
        AlertsView &v = *view;
        QCOMPARE(selectWhere(v, QStringLiteral("Sleep")), 2);
        const QList<qint64> selected = v.selectedAlertIds();
        // Meanwhile a poll stores a new alert and clears the door.
        {
            storage::Database db(QStringLiteral("poll"));
            QVERIFY(!db.open(m_path));
            QVERIFY(storage::SnapshotStore(db).storeBatch(
                {synthetic(storage::test::at(2),
                           {critical(9, 13, QStringLiteral("subunitMissing"), QStringLiteral("Fuser missing"))})}));
        }
        QVERIFY(reload(v));
        QCOMPARE(rows(v), 9); // door gone, fuser new
        QCOMPARE(v.selectedAlertIds(), selected);
        QCOMPARE(table(v)->model()->index(0, AlertTableModel::Description).data().toString(),
                 QStringLiteral("Fuser missing"));
    }

    void unreadableDatabaseIsReported()
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        AlertsView v(m_path);
        QSignalSpy failed(&v, &AlertsView::failed);
        v.show();
        QVERIFY(failed.wait(fleet::test::scaled(10000)));
        QLabel *status = child<QLabel>(v, QStringLiteral("alertStatus"));
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("Cannot read the alerts")), qPrintable(status->text()));
        QCOMPARE(rows(v), 0);
    }

    void controlsAreNamedForTestsAndScreenReaders()
    {
        AlertsView v(m_path);
        for (const QString &name :
             {QStringLiteral("severityCritical"), QStringLiteral("severityWarning"), QStringLiteral("severityOther"),
              QStringLiteral("alertState"), QStringLiteral("unacknowledgedOnly"), QStringLiteral("alertFilter"),
              QStringLiteral("acknowledgeButton"), QStringLiteral("refreshAlerts"), QStringLiteral("alertTable")}) {
            QWidget *w = v.findChild<QWidget *>(name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
            QVERIFY2(w->focusPolicy() != Qt::NoFocus, qPrintable(name)); // reachable by keyboard
        }
        QVERIFY(!v.actor().isEmpty()); // the operating-system user by default
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
