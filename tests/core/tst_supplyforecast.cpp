// Days-to-empty estimates: least squares since the last refill or capacity change, honest refusals
// (too few readings, too short a span, a level that does not fall, no real level at all).

#include "storage/SupplyForecast.h"

#include <QTest>

#include <algorithm>

using namespace fleet::storage;

Q_DECLARE_METATYPE(QList<fleet::storage::SupplyPoint>)
Q_DECLARE_METATYPE(fleet::storage::ForecastOutcome)

namespace {

const QDateTime &t0()
{
    static const QDateTime t(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    return t;
}

SupplyPoint at(double hours, std::optional<qint64> level, std::optional<qint64> max = 100)
{
    return {t0().addSecs(qint64(hours * 3600)), level, max};
}

// One reading a day from day 0, in percent of a capacity of 100.
QList<SupplyPoint> daily(const QList<qint64> &levels, qint64 max = 100, int firstDay = 0)
{
    QList<SupplyPoint> out;
    for (int i = 0; i < levels.size(); ++i)
        out << at(24.0 * (firstDay + i), levels.at(i), max);
    return out;
}

} // namespace

class TestSupplyForecast : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forecast_data()
    {
        QTest::addColumn<QList<SupplyPoint>>("points");
        QTest::addColumn<ForecastOutcome>("outcome");
        QTest::addColumn<double>("days"); // days to empty from the last used reading (Estimate only)
        QTest::addColumn<int>("used");    // readings the result rests on
        QTest::addColumn<bool>("restarted");

        QTest::addRow("steady fall") << daily({100, 90, 80, 70}) << ForecastOutcome::Estimate << 7.0 << 4 << false;
        // 50, 40, 30, then a new cartridge: only 95..80 (5 % a day) count.
        QTest::addRow("refill mid-series")
            << daily({50, 40, 30, 95, 90, 85, 80}) << ForecastOutcome::Estimate << 16.0 << 4 << true;
        // +3 is read noise below the refill threshold: all five readings stay in the fit (3.6 % a day).
        QTest::addRow("small rise is noise")
            << daily({80, 74, 77, 68, 65}) << ForecastOutcome::Estimate << 65.0 / 3.6 << 5 << false;
        QTest::addRow("noisy fall") << daily({965, 890, 875, 850, 775, 760, 705, 690, 610, 595, 560}, 1000)
                                    << ForecastOutcome::Estimate << 56.0 / (439.0 / 110.0) << 11 << false;
        QTest::addRow("flat") << daily({60, 60, 60, 60}) << ForecastOutcome::NotDecreasing << 0.0 << 4 << false;
        QTest::addRow("creeping up") << daily({60, 61, 62, 63}) << ForecastOutcome::NotDecreasing << 0.0 << 4 << false;
        QTest::addRow("only states, no level")
            << QList<SupplyPoint>{at(0, -3, -2), at(24, -3, -2), at(48, -3, -2), at(72, -2, -2)}
            << ForecastOutcome::NoLevels << 0.0 << 0 << false;
        QTest::addRow("no capacity") << QList<SupplyPoint>{at(0, 80, std::nullopt), at(24, 70, 0), at(48, 60, -2)}
                                     << ForecastOutcome::NoLevels << 0.0 << 0 << false;
        QTest::addRow("unknown levels are skipped")
            << QList<SupplyPoint>{at(0, 100), at(12, -3), at(24, 90), at(36, std::nullopt), at(48, 80), at(72, 70)}
            << ForecastOutcome::Estimate << 7.0 << 4 << false;
        QTest::addRow("level above capacity is skipped")
            << QList<SupplyPoint>{at(0, 100), at(24, 90), at(36, 150), at(48, 80), at(72, 70)}
            << ForecastOutcome::Estimate << 7.0 << 4 << false;
        // 50, 45, 40 of 100, then another cartridge model of 200: 39, 35, 31, 27 % (4 % a day).
        QTest::addRow("capacity change") << daily({50, 45, 40}) + daily({78, 70, 62, 54}, 200, 3)
                                         << ForecastOutcome::Estimate << 27.0 / 4.0 << 4 << true;
        QTest::addRow("single point") << daily({80}) << ForecastOutcome::TooFewPoints << 0.0 << 1 << false;
        QTest::addRow("two points") << daily({80, 70}) << ForecastOutcome::TooFewPoints << 0.0 << 2 << false;
        QTest::addRow("refill leaves two points")
            << daily({50, 40, 30, 20, 95, 90}) << ForecastOutcome::TooFewPoints << 0.0 << 2 << true;
        QTest::addRow("less than a day") << QList<SupplyPoint>{at(0, 80), at(6, 79), at(12, 78)}
                                         << ForecastOutcome::TooShortSpan << 0.0 << 3 << false;
        QTest::addRow("time going backwards") << QList<SupplyPoint>{at(48, 80), at(0, 100), at(72, 70), at(24, 90)}
                                              << ForecastOutcome::Estimate << 7.0 << 4 << false;
        QTest::addRow("same instant twice, later one wins")
            << QList<SupplyPoint>{at(0, 100), at(24, 95), at(24, 90), at(48, 80), at(72, 70)}
            << ForecastOutcome::Estimate << 7.0 << 4 << false;
        QTest::addRow("already empty") << daily({20, 10, 0}) << ForecastOutcome::Estimate << 0.0 << 3 << false;
        // A reading from half a year ago is outside the window: the rate of the last days counts.
        QTest::addRow("old readings outside the window")
            << QList<SupplyPoint>{at(-24.0 * 200, 100), at(0, 60), at(24, 50), at(48, 40)} << ForecastOutcome::Estimate
            << 4.0 << 3 << false;
        QTest::addRow("empty input") << QList<SupplyPoint>{} << ForecastOutcome::NoLevels << 0.0 << 0 << false;
    }
    void forecast()
    {
        QFETCH(QList<SupplyPoint>, points);
        QFETCH(ForecastOutcome, outcome);
        QFETCH(double, days);
        QFETCH(int, used);
        QFETCH(bool, restarted);
        const SupplyForecast f = forecastSupply(points);
        QCOMPARE(f.outcome, outcome);
        QCOMPARE(f.points, used);
        QCOMPARE(f.restarted, restarted);
        QCOMPARE(f.hasEstimate(), outcome == ForecastOutcome::Estimate);
        if (outcome != ForecastOutcome::Estimate)
            return;
        QVERIFY2(qAbs(f.daysToEmpty - days) < 1e-6,
                 qPrintable(QStringLiteral("%1 days, expected %2").arg(f.daysToEmpty).arg(days)));
        QVERIFY(f.percentPerDay > 0);
        QCOMPARE(f.emptyAt, f.to.addMSecs(qint64(std::llround(days * 86400000.0))));
    }

    void estimateStartsFromTheLastReading()
    {
        // The fitted line says 70.6 % at the last reading; the device says 70: the estimate uses 70.
        const SupplyForecast f = forecastSupply(daily({100, 88, 82, 70}));
        QVERIFY(f.hasEstimate());
        QCOMPARE(f.lastPercent, 70.0);
        QCOMPARE(f.from, t0());
        QCOMPARE(f.to, t0().addDays(3));
        QVERIFY2(qAbs(f.percentPerDay - 9.6) < 1e-9, qPrintable(QString::number(f.percentPerDay)));
    }

    void refillThresholdIsAnOption()
    {
        ForecastOptions strict;
        strict.refillJumpPercent = 2.0;
        // +3 counts as a refill with a 2 % threshold: only 77, 68, 65 are used.
        const SupplyForecast f = forecastSupply(daily({80, 74, 77, 68, 65}), strict);
        QVERIFY(f.restarted);
        QCOMPARE(f.points, 3);
    }

    void verySlowFallHasNoDate()
    {
        // 0.0001 % a day from 90 %: far beyond a century, so there is no date to show.
        QList<SupplyPoint> points;
        for (int i = 0; i < 4; ++i)
            points << SupplyPoint{t0().addDays(i), 900000000 - i * 1000, 1000000000};
        const SupplyForecast f = forecastSupply(points);
        QVERIFY(f.hasEstimate());
        QVERIFY(f.daysToEmpty > 36500);
        QVERIFY(!f.emptyAt.isValid());
    }

    void pointsOfOneSupply()
    {
        SupplyReading a;
        a.supplyId = 1;
        a.readAt = t0();
        a.level = 50;
        a.maxCapacity = 100;
        SupplyReading b = a;
        b.supplyId = 2;
        b.level = std::nullopt;
        const QList<SupplyPoint> points = supplyPoints({a, b, a}, 1);
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.first().level.value_or(-1), 50);
        QVERIFY(!supplyPoints({a, b}, 2).first().level);
    }
};

QTEST_GUILESS_MAIN(TestSupplyForecast)
#include "tst_supplyforecast.moc"
