// The tray and alerting: a critical condition alerting opens (upload failing, not answering...)
// is notified, a warning is not, and a device-alert condition of a device whose critical alert the
// tray's own path announces is not notified a second time.

#include "TestEnv.h"
#include "TrayController.h"
#include "alerting/Condition.h"
#include "schedule/FleetService.h"
#include "storage/FleetHealth.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::alerting::Condition;
using fleet::alerting::ConditionKind;
using fleet::alerting::Severity;
using fleet::ui::TrayController;

namespace {

Condition condition(ConditionKind kind, Severity severity, std::optional<qint64> device, const QString &text)
{
    Condition c;
    c.key = QStringLiteral("test/%1").arg(text);
    c.kind = kind;
    c.severity = severity;
    c.deviceId = device;
    c.text = text;
    if (device)
        c.details[QStringLiteral("deviceName")] = QStringLiteral("printer-%1").arg(*device);
    return c;
}

// A fleet of one device (id 5) with one open critical alert (a jam).
storage::FleetHealth healthWithJamOn5()
{
    storage::FleetRow row;
    row.device.id = 5;
    row.device.name = QStringLiteral("printer-5");
    row.device.inScope = true;
    row.device.status = QStringLiteral("error");
    row.device.lastSuccessAt = QDateTime::currentDateTimeUtc();
    storage::AlertRecord jam;
    jam.id = 77;
    jam.deviceId = 5;
    jam.severity = storage::FleetHealth::kCriticalSeverity;
    jam.description = QStringLiteral("Paper jam in tray 2");
    jam.firstSeen = QDateTime::currentDateTimeUtc();
    return storage::FleetHealth::compute({row}, {jam}, QDateTime::currentDateTimeUtc(), std::chrono::hours(24));
}

} // namespace

class TestAlertingTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void criticalConditionsAreNotifiedOnce()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QVERIFY(profile.ensureExists(nullptr));
        schedule::FleetService service(profile);
        TrayController tray(&service);
        QSignalSpy health(&tray, &TrayController::healthChanged);
        QVERIFY(health.wait(test::scaled(5000))); // the baseline of an empty fleet
        QSignalSpy notified(&tray, &TrayController::notified);

        tray.notifyConditions({condition(ConditionKind::NotAnswering, Severity::Warning, 3, QStringLiteral("quiet"))});
        QTest::qWait(300);
        QCOMPARE(notified.size(), 0); // a warning is the mail's business, not the tray's

        tray.notifyConditions(
            {condition(ConditionKind::UploadFailing, Severity::Critical, {}, QStringLiteral("Uploads failing")),
             condition(ConditionKind::DeviceAlert, Severity::Critical, 5, QStringLiteral("Paper jam"))});
        // The health that comes with it lists the jam as a new critical alert: that path tells of
        // it, the condition path only adds the upload.
        tray.setHealth(healthWithJamOn5());
        QCOMPARE(notified.size(), 1);
        const QString title = notified.first().at(0).toString();
        const QString message = notified.first().at(1).toString();
        QVERIFY2(title.contains(QStringLiteral("2")), qPrintable(title));
        QVERIFY2(message.contains(QStringLiteral("Paper jam in tray 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Uploads failing")), qPrintable(message));
        QCOMPARE(message.count(QStringLiteral("jam"), Qt::CaseInsensitive), 1);
        // The read the conditions asked for adds nothing more.
        QTest::qWait(500);
        QCOMPARE(notified.size(), 1);

        tray.notifyConditions(
            {condition(ConditionKind::NotReporting, Severity::Critical, 8, QStringLiteral("Not heard of"))});
        QTRY_COMPARE_WITH_TIMEOUT(notified.size(), 2, test::scaled(5000));
        QVERIFY(notified.at(1).at(0).toString().contains(QStringLiteral("printer-8")));
        QCOMPARE(notified.at(1).at(1).toString(), QStringLiteral("Not heard of"));
    }
};

QTEST_MAIN(TestAlertingTray)
#include "tst_alertingtray.moc"
