// The alert thresholds dialog offscreen, on a real profile: it shows the stored thresholds, OK
// saves what the spin boxes say through the core (database and an "ok" audit row change), a
// Customer is refused with the core's message and nothing changes, the spin boxes take only the
// core's ranges, and the main window's Fleet menu entry follows the signed-in person's role.

#include "AlertThresholdsDialog.h"
#include "AuditCheck.h"
#include "MainWindow.h"
#include "TestEnv.h"
#include "alerting/ThresholdSettings.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using security::Role;
using ui::AlertThresholdsDialog;

namespace {

struct Profile
{
    QTemporaryDir dir;
    ProfileRoot root{dir.path()};
    Profile() { root.ensureExists(nullptr); }

    std::optional<alerting::Thresholds> stored() const
    {
        storage::Database db(QStringLiteral("check"));
        if (db.open(root.databasePath()))
            return std::nullopt;
        auto t = alerting::loadThresholds(db);
        return t ? std::optional(*t) : std::nullopt;
    }
    bool store(const alerting::Thresholds &t) const
    {
        storage::Database db(QStringLiteral("setup"));
        return !db.open(root.databasePath()) &&
               !alerting::changeThresholds(db, {QStringLiteral("setup"), Role::Administrator}, t);
    }
    std::optional<security::AuditRecord> lastAudit() const { return test::lastAuditRecord(root.databasePath()); }
};

QDoubleSpinBox *real(AlertThresholdsDialog &d, const char *name)
{
    return d.findChild<QDoubleSpinBox *>(QStringLiteral("threshold-") + QLatin1String(name));
}

QSpinBox *whole(AlertThresholdsDialog &d, const char *name)
{
    return d.findChild<QSpinBox *>(QStringLiteral("threshold-") + QLatin1String(name));
}

bool waitLoaded(AlertThresholdsDialog &d)
{
    if (d.isLoaded())
        return true;
    QSignalSpy loaded(&d, &AlertThresholdsDialog::loaded);
    return loaded.wait(test::scaled(5000)) || d.isLoaded();
}

void clickOk(AlertThresholdsDialog &d)
{
    QTest::mouseClick(
        d.findChild<QDialogButtonBox *>(QStringLiteral("thresholdsButtons"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
}

// Replaces a spin box's text by keyboard, as a person would.
void type(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

} // namespace

class TestAlertThresholdsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndSaves()
    {
        Profile p;
        alerting::Thresholds before;
        before.supplyPercent = 25;
        before.certificateDays = 45;
        QVERIFY(p.store(before));
        AlertThresholdsDialog d(p.root);
        d.setActor({QStringLiteral("tester"), Role::Administrator});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(waitLoaded(d));
        // One spin box per threshold, with the stored value and the core's range.
        for (const alerting::ThresholdField &f : alerting::thresholdFields()) {
            auto *box = d.findChild<QAbstractSpinBox *>(QStringLiteral("threshold-") + f.name);
            QVERIFY2(box, qPrintable(f.name));
            QVERIFY(!box->accessibleName().isEmpty());
        }
        QCOMPARE(real(d, "supply-percent")->value(), 25.0);
        QCOMPARE(real(d, "supply-percent")->maximum(), 100.0);
        QCOMPARE(whole(d, "certificate-days")->value(), 45);
        QCOMPARE(whole(d, "failed-polls")->minimum(), 1);
        QCOMPARE(whole(d, "failed-polls")->value(), 3);

        type(real(d, "days-to-empty"), QStringLiteral("14"));
        type(whole(d, "failed-polls"), QStringLiteral("6"));
        QSignalSpy saved(&d, &AlertThresholdsDialog::saved);
        clickOk(d);
        QVERIFY(d.isBusy()); // the write and the audit row happen on the worker
        QVERIFY(saved.wait(test::scaled(5000)));
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const auto stored = p.stored();
        QVERIFY(stored);
        QCOMPARE(stored->supplyPercent, 25.0);
        QCOMPARE(stored->daysToEmpty, 14.0);
        QCOMPARE(stored->failedPolls, 6);
        QCOMPARE(stored->certificateDays, 45);
        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->action, alerting::kThresholdsAuditAction);
        QCOMPARE(audit->actor, QStringLiteral("tester"));
        QCOMPARE(audit->result, QString(security::kAuditOk));
        QVERIFY2(audit->parameters.contains(QStringLiteral("days-to-empty")) &&
                     audit->parameters.contains(QStringLiteral("failed-polls")) &&
                     !audit->parameters.contains(QStringLiteral("supply-percent")),
                 qPrintable(audit->parameters));
    }

    void customerIsRefused()
    {
        Profile p;
        AlertThresholdsDialog d(p.root);
        d.setActor({QStringLiteral("cus"), Role::Customer});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(waitLoaded(d));
        type(real(d, "supply-percent"), QStringLiteral("50"));
        QSignalSpy failed(&d, &AlertThresholdsDialog::saveFailed);
        clickOk(d);
        QVERIFY(failed.wait(test::scaled(5000)));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("cus")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(d.findChild<QLabel *>(QStringLiteral("thresholdsMessage"))->text(), failed.first().first().toString());
        QVERIFY(d.isVisible()); // still open: nothing was saved
        QCOMPARE(p.stored()->supplyPercent, 10.0);
        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->actor, QStringLiteral("cus"));
        QVERIFY(audit->result != QString(security::kAuditOk));
    }

    // The Fleet menu's entry is there for those who may change settings, and its dialog acts as the
    // person signed in when it opens: the audit row names them.
    void fleetMenuEntryFollowsTheRole()
    {
        Profile p;
        ui::MainWindow window(p.root);
        QAction *open = window.findChild<QAction *>(QStringLiteral("alertThresholds"));
        QVERIFY(open);
        window.session()->signIn({QStringLiteral("cuss"), Role::Customer});
        QVERIFY(!open->isEnabled());
        window.session()->signIn({QStringLiteral("ada"), Role::Administrator});
        QVERIFY(open->isEnabled());
        open->trigger();
        AlertThresholdsDialog *d = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((d = window.findChild<AlertThresholdsDialog *>()) != nullptr, test::scaled(5000));
        QVERIFY(waitLoaded(*d));
        type(whole(*d, "event-hours"), QStringLiteral("48"));
        QSignalSpy saved(d, &AlertThresholdsDialog::saved);
        clickOk(*d);
        QVERIFY(saved.wait(test::scaled(5000)));
        QCOMPARE(p.stored()->eventHours, 48);
        const auto audit = p.lastAudit();
        QVERIFY(audit);
        QCOMPARE(audit->actor, QStringLiteral("ada"));
    }
};

QTEST_MAIN(TestAlertThresholdsDialog)
#include "tst_alertthresholdsdialog.moc"
