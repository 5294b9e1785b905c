// `fleetkeeper-cli posture --probe --html FILE --csv FILE --json` as a user runs it: the built
// binary in a QProcess, stdin closed, against a stored device served by snmpsimd with "public" and
// a loopback listener standing in for its telnet port. The device's name is hostile text.

#include "CliRunner.h"
#include "PostureTestSetup.h"
#include "TestEnv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fleet;
using fleet::test::CliResult;
using fleet::test::CliRunner;

namespace {
const QString kHostileName = QStringLiteral("=cmd|'/C calc'!A0 <img src=x onerror=alert(1)>");

QStringList findingIds(const QJsonObject &device)
{
    QStringList ids;
    for (const QJsonValue &f : device.value(u"findings").toArray())
        ids.append(f.toObject().value(u"id").toString());
    return ids;
}
} // namespace

class TestPostureCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeAndExport()
    {
        test::PostureDevice printer;
        QVERIFY2(printer.start(), qPrintable(printer.error()));

        QTemporaryDir profile;
        QVERIFY2(printer.store(profile.filePath(QStringLiteral("fleetkeeper.db")), QStringLiteral("CLI1"),
                               QStringLiteral("00:11:22:33:77:01"), kHostileName),
                 qPrintable(printer.error()));
        QTcpServer telnet;
        QVERIFY(telnet.listen(QHostAddress::LocalHost));

        const QString html = profile.filePath(QStringLiteral("posture.html"));
        const QString csv = profile.filePath(QStringLiteral("posture.csv"));
        QStringList args{QStringLiteral("posture"),
                         QStringLiteral("--probe"),
                         QStringLiteral("--json"),
                         QStringLiteral("--html"),
                         html,
                         QStringLiteral("--csv"),
                         csv,
                         QStringLiteral("--timeout"),
                         QString::number(test::scaled(1500)),
                         QStringLiteral("--port"),
                         QStringLiteral("telnet=%1").arg(telnet.serverPort())};
        // Every other service on a closed loopback port: nothing of this machine is probed.
        for (const char *service : {"ftp", "http", "https", "lpr", "ipp", "raw"})
            args << QStringLiteral("--port")
                 << QStringLiteral("%1=%2").arg(QLatin1String(service)).arg(test::freeTcpPort());
        const CliResult r = CliRunner(profile.path()).run(args);
        const QString output = r.describe();
        QVERIFY2(!r.timedOut, qPrintable(output));
        QVERIFY2(r.exitCode == 0, qPrintable(output));

        const QJsonObject json = r.json();
        const QJsonArray devices = json.value(u"devices").toArray();
        QCOMPARE(devices.size(), 1);
        const QJsonObject device = devices.at(0).toObject();
        QCOMPARE(device.value(u"name").toString(), kHostileName);
        const QStringList ids = findingIds(device);
        QVERIFY2(ids.contains(QStringLiteral("snmp-v2c-default-community")), qPrintable(output));
        QVERIFY2(ids.contains(QStringLiteral("telnet-open")), qPrintable(output));
        QVERIFY(!ids.contains(QStringLiteral("ftp-open")));
        QVERIFY(device.value(u"score").toInt() < 100);
        QVERIFY(!device.value(u"probedAt").isNull());

        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(!page.contains("<img"));
        QXmlStreamReader xml(page);
        bool nameSeen = false;
        while (!xml.atEnd()) {
            xml.readNext();
            QVERIFY2(!(xml.isStartElement() && (xml.name() == u"img" || xml.name() == u"script")), page.constData());
            if (xml.isCharacters() && xml.text() == kHostileName)
                nameSeen = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(nameSeen);

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(csvFile.readAll());
        QVERIFY2(table.contains(QStringLiteral("'=cmd")), qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("telnet-open")));
        QVERIFY(table.startsWith(QStringLiteral("device_id,")));

        // Without --probe the stored result is reported again, unchanged.
        CliRunner storedRun(profile.path());
        storedRun.setTimeout(30000);
        const CliResult again = storedRun.run({QStringLiteral("posture"), QStringLiteral("--json")});
        QVERIFY2(!again.timedOut, qPrintable(again.describe()));
        const QJsonObject stored = again.json();
        QCOMPARE(findingIds(stored.value(u"devices").toArray().at(0).toObject()), ids);
    }

    void badPortOptionIsAUsageError()
    {
        QTemporaryDir profile;
        CliRunner runner(profile.path());
        runner.setTimeout(30000);
        const CliResult r =
            runner.run({QStringLiteral("posture"), QStringLiteral("--port"), QStringLiteral("gopher=70")});
        QVERIFY2(!r.timedOut, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--port"));
    }
};

QTEST_GUILESS_MAIN(TestPostureCli)
#include "tst_posture_cli.moc"
