// ConditionEvaluator rule by rule (a pure function: inputs built in code, one row per rule and
// per edge), and ConditionTracker's lifecycle on a real SQLite file: a condition opens once,
// stays quiet while open, clears after its absence period, and a flapping one is damped.

#include "alerting/ConditionEvaluator.h"
#include "alerting/ConditionTracker.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fleet;
using namespace fleet::alerting;
using namespace std::chrono_literals;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2024-03-04T10:00:00Z"), Qt::ISODate);

using Scenario = std::function<void(EvaluationInput &)>;

DeviceInput device()
{
    DeviceInput d;
    d.device.id = 1;
    d.device.name = QStringLiteral("PRN-1");
    d.device.address = QStringLiteral("10.0.0.5:161");
    d.device.firstSeen = kNow.addDays(-30);
    d.device.lastSuccessAt = kNow.addSecs(-600);
    return d;
}

EvaluationInput base()
{
    EvaluationInput in;
    in.now = kNow;
    in.devices << device();
    in.agent.runningSince = kNow.addDays(-10);
    return in;
}

storage::AlertRecord alert(qint64 group, qint64 code, qint64 severity, const QString &description = {})
{
    storage::AlertRecord a;
    a.deviceId = 1;
    a.group = group;
    a.code = code;
    a.severity = severity;
    a.description = description;
    a.firstSeen = kNow.addSecs(-120);
    a.lastSeen = kNow;
    return a;
}

Scenario withAlert(qint64 group, qint64 code, qint64 severity)
{
    return [=](EvaluationInput &in) { in.devices[0].openAlerts << alert(group, code, severity); };
}

Scenario withBit(const QString &bit)
{
    return [=](EvaluationInput &in) {
        in.devices[0].detectedErrors << bit;
        in.devices[0].detectedErrorsAt = kNow.addSecs(-60);
    };
}

SupplyInput supply(std::optional<double> percent, const QString &state)
{
    SupplyInput s;
    s.supplyId = 7;
    s.description = QStringLiteral("Black Toner");
    s.supplyClass = QStringLiteral("supplyThatIsConsumed");
    s.percent = percent;
    s.state = state;
    s.readAt = kNow.addSecs(-60);
    return s;
}

Scenario withSupply(std::optional<double> percent, const QString &state, const QString &cls = {})
{
    return [=](EvaluationInput &in) {
        SupplyInput s = supply(percent, state);
        if (!cls.isEmpty())
            s.supplyClass = cls;
        in.devices[0].supplies << s;
    };
}

Scenario withForecast(double days)
{
    return [=](EvaluationInput &in) {
        SupplyInput s = supply(std::nullopt, QStringLiteral("someRemaining"));
        s.forecast.outcome = storage::ForecastOutcome::Estimate;
        s.forecast.daysToEmpty = days;
        s.forecast.to = kNow.addDays(-1);
        in.devices[0].supplies << s;
    };
}

Scenario withFailedPolls(int n)
{
    return [=](EvaluationInput &in) {
        in.devices[0].consecutiveFailedPolls = n;
        in.devices[0].failingSince = kNow.addSecs(-900);
    };
}

Scenario lastSuccessHoursAgo(int hours, int agentHours)
{
    return [=](EvaluationInput &in) {
        in.devices[0].device.lastSuccessAt = kNow.addSecs(-qint64(hours) * 3600);
        in.agent.runningSince = kNow.addSecs(-qint64(agentHours) * 3600);
    };
}

Scenario withCounterEvent(int hoursAgo)
{
    return [=](EvaluationInput &in) {
        storage::EventRecord e;
        e.deviceId = 1;
        e.at = kNow.addSecs(-qint64(hoursAgo) * 3600);
        e.kind = storage::kEventCounterWentDown;
        e.message = QStringLiteral("total went from 1200 to 15");
        in.devices[0].recentEvents << e;
    };
}

Scenario withIpChange(int hoursAgo)
{
    return [=](EvaluationInput &in) {
        storage::DeviceRecord &d = in.devices[0].device;
        d.ipChanged = true;
        d.ipChangedAt = kNow.addSecs(-qint64(hoursAgo) * 3600);
        d.lastKnownAddress = QStringLiteral("10.0.0.4:161");
    };
}

Scenario uploadFailingHours(int hours)
{
    return [=](EvaluationInput &in) { in.agent.uploadFailingSince = kNow.addSecs(-qint64(hours) * 3600); };
}

Scenario commandPollFailingHours(int hours)
{
    return [=](EvaluationInput &in) { in.agent.commandPollFailingSince = kNow.addSecs(-qint64(hours) * 3600); };
}

Scenario certificateInDays(int days)
{
    return [=](EvaluationInput &in) {
        in.agent.certificates << CertificateInput{QStringLiteral("client certificate"), kNow.addDays(days)};
    };
}

Scenario disk(qint64 freeBytes, qint64 totalBytes)
{
    return [=](EvaluationInput &in) {
        in.agent.diskFreeBytes = freeBytes;
        in.agent.diskTotalBytes = totalBytes;
    };
}

Condition agentCondition(const QString &key)
{
    Condition c;
    c.key = key;
    c.kind = ConditionKind::UploadFailing;
    c.severity = Severity::Critical;
    c.text = QStringLiteral("Uploads fail");
    return c;
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestAlertConditions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCount = 0;

    std::unique_ptr<storage::Database> freshDb()
    {
        auto db = std::make_unique<storage::Database>();
        if (auto error = db->open(m_dir.filePath(QStringLiteral("t%1.db").arg(++m_dbCount))))
            qWarning("open failed: %s", qPrintable(error.message));
        return db;
    }

private Q_SLOTS:
    void evaluates_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("key"); // empty: no condition at all
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("category");

        const auto DA = int(ConditionKind::DeviceAlert);
        const auto W = int(Severity::Warning);
        const auto C = int(Severity::Critical);
        const auto I = int(Severity::Info);
        const QString jam = QStringLiteral("device/1/alert/jam");
        const QString door = QStringLiteral("device/1/alert/doorOpen");
        const QString low = QStringLiteral("device/1/alert/tonerLow");
        const QString empty = QStringLiteral("device/1/alert/tonerEmpty");
        const QString paper = QStringLiteral("device/1/alert/paperOut");
        const QString service = QStringLiteral("device/1/alert/serviceNeeded");

        QTest::addRow("nothing wrong") << Scenario([](EvaluationInput &) {}) << QString() << 0 << 0 << QString();
        // prtAlertTable rows: group and code (RFC 3805), severity critical(3)/warning(4).
        QTest::addRow("alert jam 13/8") << withAlert(13, 8, 3) << jam << DA << C << QStringLiteral("jam");
        QTest::addRow("alert coverOpen 6/3") << withAlert(6, 3, 3) << door << DA << C << QStringLiteral("doorOpen");
        QTest::addRow("alert interlockOpen 6/5") << withAlert(6, 5, 3) << door << DA << C << QStringLiteral("doorOpen");
        QTest::addRow("alert doorOpen 5/501") << withAlert(5, 501, 3) << door << DA << C << QStringLiteral("doorOpen");
        QTest::addRow("alert subunitOpened 6/18")
            << withAlert(6, 18, 4) << door << DA << W << QStringLiteral("doorOpen");
        QTest::addRow("alert tonerAlmostEmpty 11/1104")
            << withAlert(11, 1104, 4) << low << DA << W << QStringLiteral("tonerLow");
        QTest::addRow("alert subunitAlmostEmpty 11/12")
            << withAlert(11, 12, 4) << low << DA << W << QStringLiteral("tonerLow");
        QTest::addRow("alert tonerEmpty 11/1101")
            << withAlert(11, 1101, 3) << empty << DA << C << QStringLiteral("tonerEmpty");
        QTest::addRow("alert subunitEmpty 11/13")
            << withAlert(11, 13, 3) << empty << DA << C << QStringLiteral("tonerEmpty");
        QTest::addRow("alert inputMediaSupplyEmpty 8/808")
            << withAlert(8, 808, 4) << paper << DA << W << QStringLiteral("paperOut");
        QTest::addRow("alert input subunitEmpty 8/13")
            << withAlert(8, 13, 4) << paper << DA << W << QStringLiteral("paperOut");
        QTest::addRow("alert fuser failure 10/1003")
            << withAlert(10, 1003, 3) << service << DA << C << QStringLiteral("serviceNeeded");
        QTest::addRow("alert other 9/15 (output full)")
            << withAlert(9, 15, 4) << QStringLiteral("device/1/alert/other/9.15") << DA << W << QStringLiteral("other");
        // hrPrinterDetectedErrorState bits.
        QTest::addRow("bit jammed") << withBit(QStringLiteral("jammed")) << jam << DA << C << QStringLiteral("jam");
        QTest::addRow("bit doorOpen") << withBit(QStringLiteral("doorOpen")) << door << DA << C
                                      << QStringLiteral("doorOpen");
        QTest::addRow("bit lowToner") << withBit(QStringLiteral("lowToner")) << low << DA << W
                                      << QStringLiteral("tonerLow");
        QTest::addRow("bit noToner") << withBit(QStringLiteral("noToner")) << empty << DA << C
                                     << QStringLiteral("tonerEmpty");
        QTest::addRow("bit noPaper") << withBit(QStringLiteral("noPaper")) << paper << DA << C
                                     << QStringLiteral("paperOut");
        QTest::addRow("bit serviceRequested")
            << withBit(QStringLiteral("serviceRequested")) << service << DA << W << QStringLiteral("serviceNeeded");
        QTest::addRow("bit overduePreventMaint")
            << withBit(QStringLiteral("overduePreventMaint")) << service << DA << W << QStringLiteral("serviceNeeded");
        QTest::addRow("bit offline alone") << withBit(QStringLiteral("offline")) << QString() << 0 << 0 << QString();

        // Supply percentage: only a real percentage fires it.
        const QString supplyLow = QStringLiteral("device/1/supply/7/low");
        const auto SL = int(ConditionKind::SupplyLow);
        QTest::addRow("supply 4 pct") << withSupply(4, QStringLiteral("low")) << supplyLow << SL << W << QString();
        QTest::addRow("supply 0 pct") << withSupply(0, QStringLiteral("empty")) << supplyLow << SL << C << QString();
        QTest::addRow("supply 10 pct (threshold)")
            << withSupply(10, QStringLiteral("ok")) << QString() << 0 << 0 << QString();
        QTest::addRow("supply 50 pct") << withSupply(50, QStringLiteral("ok")) << QString() << 0 << 0 << QString();
        QTest::addRow("honest: unknown") << withSupply(0, QStringLiteral("unknown")) << QString() << 0 << 0
                                         << QString();
        QTest::addRow("honest: someRemaining")
            << withSupply(0, QStringLiteral("someRemaining")) << QString() << 0 << 0 << QString();
        QTest::addRow("honest: other") << withSupply(0, QStringLiteral("other")) << QString() << 0 << 0 << QString();
        QTest::addRow("honest: no capacity")
            << withSupply(std::nullopt, QStringLiteral("low")) << QString() << 0 << 0 << QString();
        QTest::addRow("waste receptacle at 2 pct")
            << withSupply(2, QStringLiteral("low"), QStringLiteral("receptacleThatIsFilled")) << QString() << 0 << 0
            << QString();
        // Days to empty (the forecast speaks even for a supply without a percentage).
        const QString days = QStringLiteral("device/1/supply/7/days");
        QTest::addRow("empty in 3 days") << withForecast(3) << days << int(ConditionKind::SupplyDaysToEmpty) << W
                                         << QString();
        QTest::addRow("empty in 30 days") << withForecast(30) << QString() << 0 << 0 << QString();

        const QString notAnswering = QStringLiteral("device/1/notAnswering");
        QTest::addRow("3 failed polls") << withFailedPolls(3) << notAnswering << int(ConditionKind::NotAnswering) << W
                                        << QString();
        QTest::addRow("2 failed polls") << withFailedPolls(2) << QString() << 0 << 0 << QString();

        const QString notReporting = QStringLiteral("device/1/notReporting");
        QTest::addRow("silent 30 h, agent up 48 h")
            << lastSuccessHoursAgo(30, 48) << notReporting << int(ConditionKind::NotReporting) << W << QString();
        QTest::addRow("silent 30 h, agent up 2 h") << lastSuccessHoursAgo(30, 2) << QString() << 0 << 0 << QString();
        QTest::addRow("silent 20 h") << lastSuccessHoursAgo(20, 48) << QString() << 0 << 0 << QString();

        QTest::addRow("counter down 3 h ago") << withCounterEvent(3) << QStringLiteral("device/1/counterWentDown")
                                              << int(ConditionKind::CounterWentDown) << W << QString();
        QTest::addRow("counter down 30 h ago") << withCounterEvent(30) << QString() << 0 << 0 << QString();
        QTest::addRow("meters disagree") << Scenario([](EvaluationInput &in) {
            in.devices[0].device.metersDisagree = true;
        }) << QStringLiteral("device/1/metersDisagree")
                                         << int(ConditionKind::MetersDisagree) << W << QString();
        QTest::addRow("ip changed 1 h ago") << withIpChange(1) << QStringLiteral("device/1/ipChanged")
                                            << int(ConditionKind::IpChanged) << I << QString();
        QTest::addRow("ip changed 3 days ago") << withIpChange(72) << QString() << 0 << 0 << QString();

        QTest::addRow("upload failing 3 days") << uploadFailingHours(72) << QStringLiteral("agent/upload")
                                               << int(ConditionKind::UploadFailing) << C << QString();
        QTest::addRow("upload failing 1 day") << uploadFailingHours(24) << QString() << 0 << 0 << QString();
        QTest::addRow("command poll failing 25 h") << commandPollFailingHours(25) << QStringLiteral("agent/commandPoll")
                                                   << int(ConditionKind::CommandPollFailing) << W << QString();
        QTest::addRow("command poll failing 2 h") << commandPollFailingHours(2) << QString() << 0 << 0 << QString();
        QTest::addRow("certificate in 20 days")
            << certificateInDays(20) << QStringLiteral("agent/certificate/client certificate")
            << int(ConditionKind::CertificateExpiring) << W << QString();
        QTest::addRow("certificate in 3 days")
            << certificateInDays(3) << QStringLiteral("agent/certificate/client certificate")
            << int(ConditionKind::CertificateExpiring) << C << QString();
        QTest::addRow("certificate expired")
            << certificateInDays(-2) << QStringLiteral("agent/certificate/client certificate")
            << int(ConditionKind::CertificateExpiring) << C << QString();
        QTest::addRow("certificate in 90 days") << certificateInDays(90) << QString() << 0 << 0 << QString();
        QTest::addRow("disk 2 pct free") << disk(2, 100) << QStringLiteral("agent/storage")
                                         << int(ConditionKind::StorageNearlyFull) << C << QString();
        QTest::addRow("disk 40 pct free") << disk(40, 100) << QString() << 0 << 0 << QString();
        QTest::addRow("disk unknown") << disk(-1, -1) << QString() << 0 << 0 << QString();
    }

    void evaluates()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(int, severity);
        QFETCH(QString, category);
        EvaluationInput in = base();
        scenario(in);
        const QList<Condition> conditions = evaluateConditions(in);
        if (key.isEmpty()) {
            QVERIFY2(conditions.isEmpty(), qPrintable(conditions.value(0).key));
            return;
        }
        QCOMPARE(conditions.size(), 1);
        const Condition &c = conditions.constFirst();
        QCOMPARE(c.key, key);
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(severityName(c.severity), severityName(Severity(severity)));
        QCOMPARE(c.category ? alertCategoryName(*c.category) : QString(), category);
        QCOMPARE(c.deviceId.has_value(), key.startsWith(u"device/"));
        QVERIFY(!c.text.isEmpty());
        QCOMPARE(conditionKindFromName(conditionKindName(c.kind)), std::optional<ConditionKind>(c.kind));
    }

    // A jam reported by a prtAlert row and by the error bit is one condition, at the worst
    // severity and the earliest start.
    void jamReportedTwiceIsOneCondition()
    {
        EvaluationInput in = base();
        withAlert(13, 8, 4)(in);
        withBit(QStringLiteral("jammed"))(in);
        const QList<Condition> conditions = evaluateConditions(in);
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.constFirst().severity, Severity::Critical);
        QCOMPARE(conditions.constFirst().since, kNow.addSecs(-120));
    }

    void thresholdsApply()
    {
        EvaluationInput in = base();
        withSupply(15, QStringLiteral("ok"))(in);
        QVERIFY(evaluateConditions(in).isEmpty());
        in.thresholds.supplyPercent = 20;
        QCOMPARE(evaluateConditions(in).size(), 1);
    }

    // Tracker lifecycle on a real database, in simulated time.
    void trackerOpensOnceAndClearsAfterHold()
    {
        auto db = freshDb();
        ConditionTracker tracker(*db, TrackerOptions{10min, 60min});
        const Condition c = agentCondition(QStringLiteral("agent/upload"));

        auto u = tracker.update({c}, kNow);
        QVERIFY(u);
        QCOMPARE(u->transitions.size(), 1);
        QCOMPARE(u->transitions.constFirst().event, TransitionEvent::Opened);
        QCOMPARE(u->open.size(), 1);

        for (int minute = 5; minute <= 30; minute += 5) { // still there: nothing new
            u = tracker.update({c}, kNow.addSecs(minute * 60));
            QVERIFY(u);
            QVERIFY(u->transitions.isEmpty());
            QCOMPARE(u->open.size(), 1);
        }
        // Gone, but within the hold period: still open, no clear.
        u = tracker.update({}, kNow.addSecs(35 * 60));
        QVERIFY(u);
        QVERIFY(u->transitions.isEmpty());
        QCOMPARE(u->open.size(), 1);
        // Back within the hold: the same episode, no second opening.
        u = tracker.update({c}, kNow.addSecs(40 * 60));
        QVERIFY(u && u->transitions.isEmpty());
        // Gone for the hold period: one clear.
        QVERIFY(tracker.update({}, kNow.addSecs(45 * 60)));
        u = tracker.update({}, kNow.addSecs(56 * 60));
        QVERIFY(u);
        QCOMPARE(u->transitions.size(), 1);
        QCOMPARE(u->transitions.constFirst().event, TransitionEvent::Cleared);
        QVERIFY(u->open.isEmpty());
        u = tracker.update({}, kNow.addSecs(70 * 60));
        QVERIFY(u && u->transitions.isEmpty());
        auto open = tracker.openConditions();
        QVERIFY(open && open->isEmpty());

        // The state lives in the database: a new tracker (a restart) sees the same.
        ConditionTracker again(*db, TrackerOptions{10min, 60min});
        u = again.update({c}, kNow.addDays(1));
        QVERIFY(u);
        QCOMPARE(u->transitions.size(), 1); // a day later: a new, announced episode
        QCOMPARE(u->transitions.constFirst().event, TransitionEvent::Opened);
        u = ConditionTracker(*db, TrackerOptions{10min, 60min}).update({c}, kNow.addDays(1).addSecs(300));
        QVERIFY(u && u->transitions.isEmpty());
    }

    // A condition back soon after its clear is announced only once it has lasted the flap
    // window; if it goes again before that, neither its opening nor its clear is announced.
    void trackerDampsFlapping()
    {
        auto db = freshDb();
        ConditionTracker tracker(*db, TrackerOptions{5min, 60min});
        const Condition c = agentCondition(QStringLiteral("agent/upload"));
        int opened = 0;
        int cleared = 0;
        auto step = [&](bool present, int minute) {
            auto u = tracker.update(present ? QList<Condition>{c} : QList<Condition>{}, kNow.addSecs(minute * 60));
            QVERIFY(u);
            for (const Transition &t : u->transitions)
                ++(t.event == TransitionEvent::Opened ? opened : cleared);
        };
        step(true, 0); // first episode: announced
        QCOMPARE(opened, 1);
        step(false, 1);
        step(false, 7); // cleared after the hold
        QCOMPARE(cleared, 1);
        // Door opened and shut every few minutes for half an hour: nothing more.
        for (int minute = 10; minute < 40; minute += 10) {
            step(true, minute);
            step(false, minute + 1);
            step(false, minute + 7);
        }
        QCOMPARE(opened, 1);
        QCOMPARE(cleared, 1);
        auto flaps = db->scalar(QStringLiteral("SELECT flaps FROM alert_conditions WHERE key = 'agent/upload'"));
        QVERIFY(flaps);
        QCOMPARE(flaps->toInt(), 3);
        // Then it stays: announced once it has lasted the flap window, once.
        step(true, 50);
        step(true, 80);
        QCOMPARE(opened, 1);
        step(true, 111);
        QCOMPARE(opened, 2);
        step(true, 120);
        QCOMPARE(opened, 2);
    }

    void trackerFollowsTextAndSeverity()
    {
        auto db = freshDb();
        ConditionTracker tracker(*db);
        Condition c = agentCondition(QStringLiteral("agent/storage"));
        c.severity = Severity::Warning;
        QVERIFY(tracker.update({c}, kNow));
        c.severity = Severity::Critical;
        c.text = QStringLiteral("worse");
        auto u = tracker.update({c}, kNow.addSecs(60));
        QVERIFY(u && u->transitions.isEmpty());
        QCOMPARE(u->open.constFirst().condition.text, QStringLiteral("worse"));
        QCOMPARE(u->open.constFirst().condition.since, kNow); // the episode's start is kept
        auto open = tracker.openConditions();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().condition.severity, Severity::Critical);
    }
};

QTEST_GUILESS_MAIN(TestAlertConditions)
#include "tst_alertconditions.moc"
