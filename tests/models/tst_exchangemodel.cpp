// ExchangeModel: newest first, the columns of `fleetkeeper-cli audit`, the filter text, and the
// model contract (QAbstractItemModelTester).

#include "ExchangeModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace fleet;
using models::ExchangeModel;

namespace {
sync::ExchangeRecord record(int minute, const QString &endpoint, std::optional<int> status, const QString &payloadId,
                            const QString &kind = {}, const QString &error = {})
{
    sync::ExchangeRecord r;
    r.id = minute;
    r.at = QDateTime(QDate(2024, 3, 1), QTime(2, minute), Qt::UTC);
    r.method = QStringLiteral("POST");
    r.endpoint = endpoint;
    r.status = status;
    r.bytesOut = 1000 + minute;
    r.bytesIn = 200;
    r.durationMs = 35;
    r.payloadId = payloadId;
    r.errorKind = kind;
    r.error = error;
    return r;
}

QList<sync::ExchangeRecord> log()
{
    return {record(1, QStringLiteral("/v1/register"), 201, {}),
            record(2, QStringLiteral("/v1/payloads"), 503, QStringLiteral("key-a"), QStringLiteral("http"),
                   QStringLiteral("The server is busy")),
            record(3, QStringLiteral("/v1/payloads"), std::nullopt, QStringLiteral("key-a"),
                   QStringLiteral("tls.unknownCa"), QStringLiteral("unknown CA")),
            record(4, QStringLiteral("/v1/payloads"), 201, QStringLiteral("key-a"))};
}
} // namespace

class TestExchangeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("failed");
        QTest::addColumn<QString>("error");
        QTest::addRow("newest: delivered")
            << 0 << QStringLiteral("/v1/payloads") << QStringLiteral("201") << false << QString();
        QTest::addRow("no answer") << 1 << QStringLiteral("/v1/payloads") << QStringLiteral("none") << true
                                   << QStringLiteral("tls.unknownCa: unknown CA");
        QTest::addRow("busy") << 2 << QStringLiteral("/v1/payloads") << QStringLiteral("503") << true
                              << QStringLiteral("http: The server is busy");
        QTest::addRow("oldest: registration")
            << 3 << QStringLiteral("/v1/register") << QStringLiteral("201") << false << QString();
    }

    void rows()
    {
        QFETCH(int, row);
        QFETCH(QString, endpoint);
        QFETCH(QString, status);
        QFETCH(bool, failed);
        QFETCH(QString, error);
        ExchangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(log());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(row, ExchangeModel::Endpoint).data().toString(), endpoint);
        QCOMPARE(model.index(row, ExchangeModel::Status).data().toString(), status);
        QCOMPARE(model.index(row, 0).data(ExchangeModel::FailedRole).toBool(), failed);
        QCOMPARE(model.index(row, ExchangeModel::Error).data().toString(), error);
        QCOMPARE(model.index(row, ExchangeModel::Method).data().toString(), QStringLiteral("POST"));
        QCOMPARE(model.index(row, ExchangeModel::BytesIn).data(ExchangeModel::SortRole).toLongLong(), 200);
    }

    void filterMatchesAnyColumn_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::addRow("everything") << QString() << 4;
        QTest::addRow("endpoint") << QStringLiteral("register") << 1;
        QTest::addRow("payload id") << QStringLiteral("KEY-A") << 3;
        QTest::addRow("status") << QStringLiteral("503") << 1;
        QTest::addRow("error kind") << QStringLiteral("tls.") << 1;
        QTest::addRow("nothing") << QStringLiteral("no-such-thing") << 0;
    }

    void filterMatchesAnyColumn()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        ExchangeModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ExchangeModel::FilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(log());
        proxy.setFilterFixedString(filter);
        QCOMPARE(proxy.rowCount(), rows);
        model.setRecords({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestExchangeModel)
#include "tst_exchangemodel.moc"
