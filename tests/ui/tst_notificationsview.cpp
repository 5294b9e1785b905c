// The Notifications tab offscreen: every stored notification with its delivery record, a text
// filter and a state filter; "Retry now" makes what the queue holds back due at once, for the one
// sender of the profile (the alerting service, or the service's dispatcher) to send through a real
// SMTP server (aiosmtpd); and install() puts the tab and the Alert profiles / SMTP server entries
// where the window shows them.

#include "AlertProfilesDialog.h"
#include "NotificationsView.h"
#include "SmtpSettingsDialog.h"
#include "SmtpSink.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "alerting/AlertingService.h"
#include "alerting/MailDispatcher.h"
#include "alerting/NotificationQueue.h"
#include "alerting/SmtpSettings.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using fleet::test::SmtpSink;
using fleet::test::TestPki;
using fleet::ui::NotificationsView;

namespace {

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

NotificationRecord record(const QString &profile, const QString &to, const QString &state, const QDateTime &next)
{
    NotificationRecord n;
    n.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    n.profileName = profile;
    n.conditionKey = QStringLiteral("device/1/supply/1/low");
    n.event = QStringLiteral("opened");
    n.severity = QStringLiteral("warning");
    n.recipients = {to};
    n.subject = QStringLiteral("Black toner at 4 %");
    n.bodyText = n.subject;
    n.bodyHtml = QStringLiteral("<p>Black toner at 4 %</p>");
    n.state = state;
    n.nextAttemptAt = next;
    return n;
}

} // namespace

class TestNotificationsView : public QObject
{
    Q_OBJECT

private:
    SmtpSink m_sink;

    // A profile with three notifications: one sent, two queued with their next attempt an hour away.
    std::unique_ptr<ProfileRoot> makeProfile(QTemporaryDir &dir)
    {
        auto profile = std::make_unique<ProfileRoot>(dir.path());
        profile->ensureExists(nullptr);
        storage::Database db(QStringLiteral("setup"));
        if (db.open(profile->databasePath()))
            return {};
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        NotificationQueue queue(db);
        queue.add(record(QStringLiteral("ops"), QStringLiteral("ops@fleet.test"), kStateSent, {}));
        queue.add(record(QStringLiteral("ops"), QStringLiteral("ops@fleet.test"), kStateQueued, later));
        queue.add(record(QStringLiteral("lab"), QStringLiteral("lab@fleet.test"), kStateQueued, later));
        const SmtpSettings smtp = test::smtpSettingsFor(m_sink);
        if (smtp.save(db))
            return {};
        return profile;
    }

    static QStringList states(const ProfileRoot &profile)
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(profile.databasePath()))
            return {};
        QStringList out;
        const auto list = NotificationQueue(db).list();
        for (const NotificationRecord &n : *list)
            out << n.state;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
    }

    void listsAndFilters()
    {
        QTemporaryDir dir;
        const auto profile = makeProfile(dir);
        QVERIFY(profile);
        NotificationsView view(*profile);
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&view, &NotificationsView::refreshed);
        view.show(); // showing reads the table
        QVERIFY(refreshed.wait(test::scaled(5000)));
        QCOMPARE(refreshed.first().first().toInt(), 3);
        QCOMPARE(view.proxy()->rowCount(), 3);
        const QModelIndex first = view.proxy()->index(0, NotificationsView::Recipients);
        QVERIFY(first.data().toString().endsWith(QStringLiteral("@fleet.test")));
        QCOMPARE(view.proxy()->index(0, NotificationsView::Attempts).data().toString(), QStringLiteral("0"));

        child<QLineEdit>(&view, "notificationFilter")->setText(QStringLiteral("lab@"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        child<QLineEdit>(&view, "notificationFilter")->clear();
        auto *state = child<QComboBox>(&view, "notificationState");
        state->setCurrentIndex(state->findData(kStateQueued));
        QCOMPARE(view.proxy()->rowCount(), 2);
        state->setCurrentIndex(state->findData(kStateSent));
        QCOMPARE(view.proxy()->rowCount(), 1);
        state->setCurrentIndex(0);
        QCOMPARE(view.proxy()->rowCount(), 3);
    }

    void retryNowSendsTheSelectedOnes()
    {
        QTemporaryDir dir;
        const auto profile = makeProfile(dir);
        QVERIFY(profile);
        NotificationsView view(*profile);
        QSignalSpy refreshed(&view, &NotificationsView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(test::scaled(5000)));
        // Only the lab's row is selected: only it goes out.
        child<QLineEdit>(&view, "notificationFilter")->setText(QStringLiteral("lab@"));
        view.table()->selectRow(0);
        child<QLineEdit>(&view, "notificationFilter")->clear();
        const qsizetype before = m_sink.messages().size();
        QSignalSpy retried(&view, &NotificationsView::retried);
        QTest::mouseClick(child<QPushButton>(&view, "retryNotifications"), Qt::LeftButton);
        QVERIFY(retried.wait(test::scaled(30000)));
        QCOMPARE(retried.first().first().toInt(), 1);
        QCOMPARE(m_sink.messages().size(), before); // the view itself sends nothing
        // The sender of the process that runs the schedule (here: a dispatcher as fleetkeeperd's)
        // finds it due at its next round; the other queued one waits for its backoff.
        MailDispatcher dispatcher(profile->databasePath(), profile->secretsPath());
        QSignalSpy delivered(&dispatcher, &MailDispatcher::deliveryFinished);
        dispatcher.deliver();
        QVERIFY(delivered.wait(test::scaled(30000)));
        QCOMPARE(delivered.first().first().value<DeliveryReport>().sent, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + 1, test::scaled(5000));
        QCOMPARE(m_sink.messages().constLast().recipients, QStringList{QStringLiteral("lab@fleet.test")});
        QCOMPARE(states(*profile).count(kStateQueued), 1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 2, test::scaled(5000)); // refreshed after the retry
    }

    void retryNowThroughTheAlertingService()
    {
        QTemporaryDir dir;
        const auto profile = makeProfile(dir);
        QVERIFY(profile);
        AlertingService alerting(*profile);
        NotificationsView view(*profile);
        view.attachAlerting(&alerting);
        QSignalSpy refreshed(&view, &NotificationsView::refreshed);
        view.show();
        QVERIFY(refreshed.wait(test::scaled(5000)));
        const qsizetype before = m_sink.messages().size();
        QSignalSpy delivered(&alerting, &AlertingService::deliveryFinished);
        QTest::mouseClick(child<QPushButton>(&view, "retryNotifications"), Qt::LeftButton); // nothing selected: all
        QVERIFY(delivered.wait(test::scaled(30000)));
        QCOMPARE(delivered.first().first().value<DeliveryReport>().sent, 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.messages().size(), before + 2, test::scaled(5000));
        QCOMPARE(states(*profile).count(kStateSent), 3);
        // The view follows the delivery by itself.
        QTRY_VERIFY_WITH_TIMEOUT(
            view.model()->findItems(QStringLiteral("queued"), Qt::MatchExactly, NotificationsView::State).isEmpty(),
            test::scaled(5000));
    }

    void installAddsTheTabAndTheMenuEntries()
    {
        QTemporaryDir dir;
        const auto profile = makeProfile(dir);
        QVERIFY(profile);
        QMainWindow window;
        auto *tabs = new QTabWidget(&window);
        window.setCentralWidget(tabs);
        QMenu menu;
        NotificationsView *view = NotificationsView::install(*profile, tabs, &menu);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->widget(0), view);
        auto *profiles = menu.findChild<QAction *>(QStringLiteral("alertProfiles"));
        auto *smtp = menu.findChild<QAction *>(QStringLiteral("smtpSettings"));
        QVERIFY(profiles && smtp);
        profiles->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::AlertProfilesDialog *>(), test::scaled(2000));
        smtp->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::SmtpSettingsDialog *>(), test::scaled(2000));
        QSignalSpy loaded(window.findChild<ui::SmtpSettingsDialog *>(), &ui::SmtpSettingsDialog::loaded);
        QVERIFY(loaded.wait(test::scaled(5000)));
        QCOMPARE(child<QLineEdit>(window.findChild<ui::SmtpSettingsDialog *>(), "smtpHost")->text(),
                 QStringLiteral("127.0.0.1"));
    }

    void cleanupTestCase() { m_sink.stop(); }
};

QTEST_MAIN(TestNotificationsView)
#include "tst_notificationsview.moc"
