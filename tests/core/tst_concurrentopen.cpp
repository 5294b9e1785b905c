// Two connections creating the same new database at once (the window's loader and the poll job do
// this on a fresh profile): both must end up with the full schema, neither may fail half-way.

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fleet::storage;

class TestConcurrentOpen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twoOpenersOfANewFile()
    {
        for (int round = 0; round < 25; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("fleet.db"));
            QString errors[2];
            int versions[2] = {0, 0};
            QList<QThread *> threads;
            for (int i = 0; i < 2; ++i) {
                threads << QThread::create([&, i] {
                    Database db(QStringLiteral("opener%1").arg(i));
                    if (const auto e = db.open(path))
                        errors[i] = e.message;
                    versions[i] = db.schemaVersion();
                });
            }
            for (QThread *t : threads)
                t->start();
            for (QThread *t : threads) {
                QVERIFY(t->wait(20000));
                delete t;
            }
            for (int i = 0; i < 2; ++i) {
                QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
                QCOMPARE(versions[i], Database::latestSchemaVersion());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrentOpen)
#include "tst_concurrentopen.moc"
