// The rotating log file: rotation at the size limit, the number of files kept, the file mode, and
// the daemon's log going to <profile>/logs with the ini's levels per category.

#include "daemon/ProfileLogging.h"
#include "util/RotatingLog.h"

#include "DaemonProcess.h"
#include "TestEnv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestRotatingLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatesAtTheLimit_data()
    {
        QTest::addColumn<int>("files");
        QTest::addColumn<int>("lines");
        QTest::addRow("five files, many lines") << 5 << 400;
        QTest::addRow("three files") << 3 << 200;
        QTest::addRow("one file") << 1 << 100;
    }
    void rotatesAtTheLimit()
    {
        QFETCH(int, files);
        QFETCH(int, lines);
        QTemporaryDir dir;
        constexpr qint64 kMax = 2048;
        RotatingLog log(dir.filePath(QStringLiteral("logs")), QStringLiteral("t.log"), kMax, files);
        // 100 bytes per line with its newline: 20 lines fill a file.
        for (int i = 0; i < lines; ++i)
            QVERIFY(log.write(QStringLiteral("%1 ").arg(i, 5, 10, QLatin1Char('0')) + QString(93, u'x')).isEmpty());
        for (int i = 0; i < files; ++i) {
            const QFileInfo info(log.rotatedPath(i));
            QVERIFY2(info.exists(), qPrintable(info.filePath()));
            QVERIFY2(info.size() <= kMax, qPrintable(QString::number(info.size())));
            QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QVERIFY(!QFileInfo::exists(log.rotatedPath(files))); // the oldest is gone
        // The newest line is at the end of the current file; older files hold older lines, in order.
        QVERIFY(
            contentOf(log.filePath()).contains(QStringLiteral("%1 ").arg(lines - 1, 5, 10, QLatin1Char('0')).toUtf8()));
        if (files > 1) {
            const QByteArray older = contentOf(log.rotatedPath(1));
            const int firstOfOlder = older.left(5).toInt();
            const int firstOfCurrent = contentOf(log.filePath()).left(5).toInt();
            QCOMPARE(firstOfCurrent - firstOfOlder, 20);
        }
        // Nothing lost in what is kept: files × 20 lines (or what was written), consecutive.
        qint64 total = 0;
        for (int i = 0; i < files; ++i)
            total += contentOf(log.rotatedPath(i)).count('\n');
        QCOMPARE(total, qint64(std::min(lines, files * 20)));
    }

    void appendsToAnExistingFile()
    {
        QTemporaryDir dir;
        {
            RotatingLog log(dir.path(), QStringLiteral("a.log"));
            QVERIFY(log.write(QStringLiteral("first")).isEmpty());
        }
        RotatingLog log(dir.path(), QStringLiteral("a.log"));
        QVERIFY(log.write(QStringLiteral("second")).isEmpty());
        QCOMPARE(contentOf(log.filePath()), QByteArray("first\nsecond\n"));
    }

    void unwritableDirectoryIsReported()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("logs")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the directory should be
        blocker.close();
        RotatingLog log(dir.filePath(QStringLiteral("logs")), QStringLiteral("x.log"));
        QVERIFY(!log.write(QStringLiteral("line")).isEmpty());
    }

    void iniRulesAreNormalised()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        QSettings(profile.settingsPath(), QSettings::IniFormat)
            .setValue(QStringLiteral("log/rules"), QStringLiteral("fleet.snmp.debug=true;fleet.sync.info=false"));
        QCOMPARE(daemon::profileLogRules(profile), QStringLiteral("fleet.snmp.debug=true\nfleet.sync.info=false"));
    }

    void daemonLogsToTheProfileWithTheIniLevels()
    {
        QTemporaryDir dir;
        // The ini switches the daemon's own category off: its lines must be missing from the file
        // while the control module's are there.
        QSettings(dir.filePath(QStringLiteral("fleetkeeper.ini")), QSettings::IniFormat)
            .setValue(QStringLiteral("log/rules"), QStringLiteral("fleet.daemon.info=false"));
        test::DaemonProcess daemon(dir.path());
        QVERIFY2(daemon.waitFor(QStringLiteral("control socket"), 10000), qPrintable(daemon.log()));
        QCOMPARE(daemon.stop(), 0);
        const QByteArray file = contentOf(dir.filePath(QStringLiteral("logs/fleetkeeperd.log")));
        QVERIFY2(file.contains("info fleet.control: control socket"), file.constData());
        QVERIFY2(!file.contains("fleet.daemon:"), file.constData());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("logs/fleetkeeperd.log"))).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestRotatingLog)
#include "tst_rotatinglog.moc"
