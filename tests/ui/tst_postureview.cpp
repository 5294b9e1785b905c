// The Security tab offscreen: the report read from a real profile database, "Probe now" against
// snmpsimd serving "public" and a loopback listener as the device's telnet port (on a worker
// thread, with progress), the findings and remedies shown per device, and both exports.

#include "../core/tst_storage_data.h"
#include "PostureTestSetup.h"
#include "PostureView.h"
#include "TestEnv.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QApplication>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace fleet;

namespace {
QStringList childIds(const QTreeWidgetItem *item)
{
    QStringList ids;
    for (int i = 0; i < item->childCount(); ++i)
        ids.append(item->child(i)->data(1, Qt::UserRole).toString());
    return ids;
}
} // namespace

class TestPostureView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeShowAndExport()
    {
        test::PostureDevice printer;
        QVERIFY2(printer.start(), qPrintable(printer.error()));

        QTemporaryDir profile;
        const QString dbPath = profile.filePath(QStringLiteral("fleetkeeper.db"));
        QVERIFY2(printer.store(dbPath, QStringLiteral("UI1"), QStringLiteral("00:11:22:33:88:01"),
                               QStringLiteral("<b>front desk</b>")),
                 qPrintable(printer.error()));
        QTcpServer telnet;
        QVERIFY(telnet.listen(QHostAddress::LocalHost));

        security::Session session({QStringLiteral("alice"), security::Role::Administrator});
        ui::PostureView view(dbPath, profile.filePath(QStringLiteral("fleetkeeper.ini")), &session);
        QSignalSpy refreshed(&view, &ui::PostureView::refreshed);
        view.resize(900, 600);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), test::scaled(10000));
        QTreeWidget *devices = view.deviceTree();
        QCOMPARE(devices->topLevelItemCount(), 1);
        QVERIFY(devices->topLevelItem(0)->text(1).contains(QStringLiteral("<b>front desk</b>")));
        // Never probed: only what polling stored counts, and the firmware is alone of its model.
        QCOMPARE(devices->topLevelItem(0)->text(0), QStringLiteral("100"));
        // The default profile leaves reboot and firmware enabled: an agent finding.
        QCOMPARE(view.agentTree()->topLevelItemCount(), 1);
        QCOMPARE(view.agentTree()->topLevelItem(0)->data(1, Qt::UserRole).toString(),
                 QStringLiteral("agent-device-changing-actions"));

        posture::ProbeOptions options;
        options.snmpTimeoutMs = test::scaled(1500);
        options.tcpTimeoutMs = test::scaled(1000);
        for (posture::ServicePort &p : options.ports)
            p.port = p.service == posture::Service::Telnet ? telnet.serverPort() : test::freeTcpPort();
        view.setProbeOptions(options);

        auto *probe = view.findChild<QPushButton *>(QStringLiteral("postureProbeNow"));
        QVERIFY(probe);
        QSignalSpy finished(&view, &ui::PostureView::probeFinished);
        refreshed.clear();
        QTest::mouseClick(probe, Qt::LeftButton);
        QVERIFY(view.isProbing());
        QVERIFY(!probe->isEnabled());
        QVERIFY(view.findChild<QProgressBar *>(QStringLiteral("postureProgress"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), test::scaled(30000));
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), test::scaled(10000));
        QVERIFY(probe->isEnabled());
        QVERIFY(!view.isProbing());

        QCOMPARE(devices->topLevelItemCount(), 1);
        QTreeWidgetItem *device = devices->topLevelItem(0);
        const QStringList ids = childIds(device);
        QVERIFY2(ids.contains(QStringLiteral("snmp-v2c-default-community")), qPrintable(ids.join(u',')));
        QVERIFY(ids.contains(QStringLiteral("telnet-open")));
        QVERIFY(!ids.contains(QStringLiteral("ftp-open")));
        QVERIFY(device->text(0).toInt() < 100);
        for (int i = 0; i < device->childCount(); ++i)
            QVERIFY2(!device->child(i)->text(3).isEmpty(), "every finding has a remedy");

        const QString html = profile.filePath(QStringLiteral("report.html"));
        QSignalSpy exported(&view, &ui::PostureView::exported);
        view.exportHtmlTo(html);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), test::scaled(10000));
        QCOMPARE(exported.constFirst().at(1).toString(), QString());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(page.readAll());
        while (!xml.atEnd()) {
            xml.readNext();
            QVERIFY(!(xml.isStartElement() && xml.name() == u"b"));
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        const QString csv = profile.filePath(QStringLiteral("report.csv"));
        exported.clear();
        view.exportCsvTo(csv);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), test::scaled(10000));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        QVERIFY(table.readAll().contains("telnet-open"));

        // Export into a directory that does not exist: the error is reported, nothing crashes.
        exported.clear();
        view.exportCsvTo(profile.filePath(QStringLiteral("missing/dir/report.csv")));
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), test::scaled(10000));
        QVERIFY(!exported.constFirst().at(1).toString().isEmpty());
    }

    void controlsAreNamedAndReachable()
    {
        QTemporaryDir profile;
        security::Session session({QStringLiteral("carol"), security::Role::Customer});
        ui::PostureView view(profile.filePath(QStringLiteral("fleetkeeper.db")),
                             profile.filePath(QStringLiteral("fleetkeeper.ini")), &session);
        QSignalSpy refreshed(&view, &ui::PostureView::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), test::scaled(10000));
        for (const char *name : {"postureProbeNow", "postureExportHtml", "postureExportCsv"}) {
            auto *button = view.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
        }
        // A read-only user cannot start the probe; an administrator signing in can.
        auto *probe = view.findChild<QPushButton *>(QStringLiteral("postureProbeNow"));
        QVERIFY(!probe->isEnabled());
        session.signIn({QStringLiteral("alice"), security::Role::Administrator});
        QVERIFY(probe->isEnabled());
        QVERIFY(!view.deviceTree()->accessibleName().isEmpty());
        QVERIFY(!view.agentTree()->accessibleName().isEmpty());
        QCOMPARE(view.deviceTree()->topLevelItemCount(), 0);
    }

    // Closing the window while probing neither hangs nor crashes.
    void destroyWhileProbing()
    {
        QTemporaryDir profile;
        const QString dbPath = profile.filePath(QStringLiteral("fleetkeeper.db"));
        {
            storage::Database db;
            QVERIFY(!db.open(dbPath));
            // A device that never answers: the probe is still running when the view goes.
            QVERIFY(storage::SnapshotStore(db).storeBatch(
                {storage::test::printer(QStringLiteral("127.0.0.1:%1").arg(test::freeUdpPort()), QStringLiteral("UI2"),
                                        {QStringLiteral("00:11:22:33:88:02")}, QDateTime::currentDateTimeUtc())}));
        }
        security::Session session({QStringLiteral("alice"), security::Role::Administrator});
        auto view =
            std::make_unique<ui::PostureView>(dbPath, profile.filePath(QStringLiteral("fleetkeeper.ini")), &session);
        posture::ProbeOptions options;
        for (posture::ServicePort &p : options.ports)
            p.port = test::freeTcpPort();
        view->setProbeOptions(options);
        view->probeNow();
        QVERIFY(view->isProbing());
        QTest::qWait(100);
        view.reset();
    }
};

QTEST_MAIN(TestPostureView)
#include "tst_postureview.moc"
