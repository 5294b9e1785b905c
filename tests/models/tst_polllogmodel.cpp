// The poll log: newest first, a failed poll's error class in words (and raw for tools), durations
// and counts through the locale; consistent for views (QAbstractItemModelTester).

#include "PollLogModel.h"
#include "snmp/SnmpTypes.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fleet;
using fleet::models::PollLogModel;

class TestPollLogModel : public QObject
{
    Q_OBJECT
private:
    static storage::PollRecord poll(int minute, const QString &result, qint64 durationMs, int requests,
                                    const QString &errorClass = {}, const QString &message = {})
    {
        storage::PollRecord p;
        p.id = minute + 1;
        p.deviceId = 1;
        p.polledAt = QDateTime(QDate(2026, 3, 1), QTime(8, minute), Qt::UTC);
        p.result = result;
        p.durationMs = durationMs;
        p.requests = requests;
        p.errorClass = errorClass;
        p.message = message;
        p.address = QStringLiteral("127.0.0.1:1161");
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void newestFirstWithErrorClasses()
    {
        PollLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPolls({poll(0, QStringLiteral("ok"), 420, 9),
                        poll(5, QStringLiteral("failed"), 3000, 2, QStringLiteral("noResponse"),
                             QStringLiteral("No response from 127.0.0.1:1161")),
                        poll(10, QStringLiteral("partial"), 12500, 14, QStringLiteral("deadlineExceeded"),
                             QStringLiteral("Deadline of 12 s exceeded")),
                        poll(15, QStringLiteral("failed"), 10, 0, QStringLiteral("somethingNew"), QString())});
        QCOMPARE(model.rowCount(), 4);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(model.pollAt(0)->polledAt.time(), QTime(8, 15)); // newest first
        QCOMPARE(model.pollAt(3)->polledAt.time(), QTime(8, 0));
        QCOMPARE(text(3, PollLogModel::Result), QStringLiteral("OK"));
        QCOMPARE(text(3, PollLogModel::Duration), QStringLiteral("420 ms"));
        QVERIFY(text(3, PollLogModel::ErrorClass).isEmpty());
        QCOMPARE(text(2, PollLogModel::Result), QStringLiteral("Failed"));
        QCOMPARE(text(2, PollLogModel::ErrorClass),
                 QStringLiteral("No response (device off, filtered, or wrong community)"));
        QCOMPARE(model.index(2, PollLogModel::ErrorClass).data(PollLogModel::RawErrorClassRole).toString(),
                 QStringLiteral("noResponse"));
        QCOMPARE(text(2, PollLogModel::Message), QStringLiteral("No response from 127.0.0.1:1161"));
        QCOMPARE(text(1, PollLogModel::Result), QStringLiteral("Partial"));
        QCOMPARE(text(1, PollLogModel::Duration), QStringLiteral("12.5 s"));
        QCOMPARE(text(1, PollLogModel::Requests), QStringLiteral("14"));
        QCOMPARE(text(1, PollLogModel::ErrorClass), QStringLiteral("Took too long (deadline exceeded)"));
        // A class this version does not know is shown as stored rather than dropped.
        QCOMPARE(text(0, PollLogModel::ErrorClass), QStringLiteral("somethingNew"));
        QCOMPARE(model.index(0, PollLogModel::Result).data(PollLogModel::RawResultRole).toString(),
                 QStringLiteral("failed"));
        QVERIFY(model.index(2, PollLogModel::Result).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(3, PollLogModel::Result).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.index(1, PollLogModel::Duration).data(PollLogModel::SortRole), QVariant(qint64(12500)));

        model.setPolls({});
        QCOMPARE(model.rowCount(), 0);
    }

    void everyErrorClassHasText_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"noResponse", "unknownUser", "wrongAuth", "decryptionFailed", "notInTimeWindow",
                              "unsupportedSecurityLevel", "dnsFailure", "malformedAnswer", "agentError",
                              "deadlineExceeded", "cancelled", "configError", "internal"})
            QTest::addRow("%s", n) << QString::fromLatin1(n);
    }
    void everyErrorClassHasText()
    {
        QFETCH(QString, name);
        QVERIFY2(snmp::errorClassFromName(name), "a class the engine knows");
        const QString text = PollLogModel::errorClassText(name);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text != name, qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestPollLogModel)
#include "tst_polllogmodel.moc"
