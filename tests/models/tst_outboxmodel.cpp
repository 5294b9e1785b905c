// OutboxModel: the columns an administrator reads, and the model contract (QAbstractItemModelTester)
// across resets.

#include "OutboxModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace fleet;
using models::OutboxModel;

namespace {
sync::OutboxItem item(qint64 id, sync::OutboxState state, int attempts, const QString &error)
{
    sync::OutboxItem i;
    i.id = id;
    i.idempotencyKey = QStringLiteral("5f0c1e1a-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0'));
    i.createdAt = QDateTime(QDate(2024, 3, 1), QTime(2, 31), Qt::UTC);
    i.state = state;
    i.attempts = attempts;
    i.lastError = error;
    i.bodyBytes = 2048 * id;
    if (state != sync::OutboxState::Queued)
        i.finishedAt = i.createdAt.addSecs(60);
    else
        i.nextAttemptAt = i.createdAt.addSecs(600);
    return i;
}
} // namespace

class TestOutboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<bool>("hasDeliveredAt");
        QTest::addColumn<bool>("hasNextAttemptTip");
        QTest::addRow("queued") << int(sync::OutboxState::Queued) << QStringLiteral("Queued") << false << true;
        QTest::addRow("delivered") << int(sync::OutboxState::Acknowledged) << QStringLiteral("Delivered") << true
                                   << false;
        QTest::addRow("rejected") << int(sync::OutboxState::Rejected) << QStringLiteral("Rejected") << false << false;
    }

    void columns()
    {
        QFETCH(int, state);
        QFETCH(QString, stateText);
        QFETCH(bool, hasDeliveredAt);
        QFETCH(bool, hasNextAttemptTip);
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(7, sync::OutboxState(state), 3, QStringLiteral("HTTP 503: busy"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(OutboxModel::ColumnCount));
        QCOMPARE(model.index(0, OutboxModel::Id).data().toLongLong(), 7);
        QCOMPARE(model.index(0, OutboxModel::Key).data().toString(),
                 QStringLiteral("5f0c1e1a-0000-4000-8000-000000000007"));
        QCOMPARE(model.index(0, OutboxModel::Attempts).data().toInt(), 3);
        QCOMPARE(model.index(0, OutboxModel::State).data().toString(), stateText);
        QCOMPARE(model.index(0, OutboxModel::LastError).data().toString(), QStringLiteral("HTTP 503: busy"));
        QCOMPARE(!model.index(0, OutboxModel::DeliveredAt).data().toString().isEmpty(), hasDeliveredAt);
        QCOMPARE(model.index(0, OutboxModel::State).data(Qt::ToolTipRole).isValid(), hasNextAttemptTip);
        QCOMPARE(model.index(0, OutboxModel::Size).data(OutboxModel::SortRole).toLongLong(), 2048 * 7);
        QCOMPARE(model.index(0, 0).data(OutboxModel::ItemIdRole).toLongLong(), 7);
        QCOMPARE(model.headerData(OutboxModel::Key, Qt::Horizontal).toString(), QStringLiteral("Idempotency key"));
    }

    void resetsAndRowLookup()
    {
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(3, sync::OutboxState::Queued, 0, {}), item(2, sync::OutboxState::Acknowledged, 1, {}),
                        item(1, sync::OutboxState::Rejected, 1, QStringLiteral("HTTP 400"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(2), -1);
    }
};

QTEST_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
