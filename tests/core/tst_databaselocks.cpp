// A second connection to the database in one process must not cost the first its file locks.
// POSIX locks belong to the process: had Database::open() read the header through a descriptor of
// its own and closed it while another connection was open, every lock of the process on the file
// would be gone, and another process closing its connection would think itself the last one and
// checkpoint and delete the WAL under the live connection. The other process here is Python's
// sqlite3 module, a separate SQLite build in a separate process, as the CLI is next to the app.

#include "TestEnv.h"
#include "storage/Database.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fleet;

namespace {

// Opens the database in another process, reads, and closes it: what a short-lived CLI does.
QString readInAnotherProcess(const QString &path, QString *count)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3,sys\n"
                                 "c=sqlite3.connect(sys.argv[1])\n"
                                 "print(c.execute('SELECT count(*) FROM lock_probe').fetchone()[0])\n"
                                 "c.close()\n"),
                  path});
    if (!python.waitForFinished(test::scaled(20000)) || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError()) + python.errorString();
    *count = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    return {};
}

} // namespace

class TestDatabaseLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
            QSKIP("python3 is not installed (installer/install-deps.sh installs it)");
    }

    void secondConnectionKeepsTheFirstOnesLocks_data()
    {
        QTest::addColumn<bool>("sameFileOtherPath");
        QTest::addRow("same path") << false;
        QTest::addRow("through a symbolic link") << true;
    }

    void secondConnectionKeepsTheFirstOnesLocks()
    {
        QFETCH(bool, sameFileOtherPath);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.db"));
        storage::Database first(QStringLiteral("first"));
        QVERIFY(!first.open(path));
        QVERIFY(!first.exec(QStringLiteral("CREATE TABLE lock_probe (n INTEGER)")));
        QVERIFY(!first.exec(QStringLiteral("INSERT INTO lock_probe VALUES (1)")));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the database runs in WAL mode");

        QString second = path;
        if (sameFileOtherPath) {
            second = dir.filePath(QStringLiteral("link.db"));
            QVERIFY(QFile::link(path, second));
        }
        {
            storage::Database other(QStringLiteral("second"));
            QVERIFY(!other.open(second));
        }

        QString count;
        const QString error = readInAnotherProcess(path, &count);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(count, QStringLiteral("1"));
        // The other process did not take itself for the last user of the file.
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the WAL was deleted under a live connection");

        // And what the first connection writes afterwards is there for everyone.
        QVERIFY(!first.exec(QStringLiteral("INSERT INTO lock_probe VALUES (2)")));
        QVERIFY2(readInAnotherProcess(path, &count).isEmpty(), "read after the write");
        QCOMPARE(count, QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocks)
#include "tst_databaselocks.moc"
