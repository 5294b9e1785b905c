// The alert thresholds an administrator sets (alerting::ThresholdSettings): stored in the database,
// changed only by a role with change-settings and audited with old and new values, refused out of
// range, a damaged stored value ignored for its default. And they are the ones in force: a real
// printer served by snmpsimd, polled through FleetService, whose black toner stands at 28 %, is
// "supply low" once the threshold is raised to 30 % and no longer once it is lowered to 20 %,
// without restarting the service.

#include "AuditCheck.h"
#include "SnmpSim.h"
#include "TestCredentials.h"
#include "TestEnv.h"
#include "alerting/AlertingService.h"
#include "alerting/ThresholdSettings.h"
#include "collect/Poller.h"
#include "schedule/FleetService.h"
#include "security/AuditLog.h"
#include "storage/CredentialRepository.h"
#include "storage/SnapshotStore.h"
#include "util/ProfileRoot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::alerting;
using namespace std::chrono_literals;
using security::Actor;
using security::Role;

Q_DECLARE_METATYPE(fleet::security::Role)

namespace {

const QString kPrinter = QStringLiteral("127.0.47.9");
const Actor kAdmin{QStringLiteral("ada"), Role::Administrator};

} // namespace

class TestAlertThresholds : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;

    static Thresholds with(const QString &name, double value)
    {
        Thresholds t;
        thresholdField(name)->setIn(t, value);
        return t;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(); // one per function and data row
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<storage::Database>();
        QVERIFY(!m_db->open(m_dir->filePath(QStringLiteral("fleetkeeper.db"))));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void defaultsWhenNothingIsStored()
    {
        const auto t = loadThresholds(*m_db);
        QVERIFY(t);
        const Thresholds defaults;
        for (const ThresholdField &f : thresholdFields())
            QCOMPARE(f.valueIn(*t), f.valueIn(defaults));
        QVERIFY(thresholdFields().size() >= 8);
        QVERIFY(thresholdField(u"supply-percent"));
        QVERIFY(!thresholdField(u"no-such-threshold"));
    }

    void changeAsEachRole_data()
    {
        QTest::addColumn<Role>("role");
        for (Role role : security::allRoles())
            QTest::addRow("%s", qPrintable(security::roleName(role))) << role;
    }
    void changeAsEachRole()
    {
        QFETCH(Role, role);
        const bool allowed = security::isAllowed(role, security::Permission::ChangeSettings);
        Thresholds wanted;
        wanted.supplyPercent = 15;
        wanted.failedPolls = 5;
        const auto error = changeThresholds(*m_db, {QStringLiteral("someone"), role}, wanted);
        QCOMPARE(error.isError(), !allowed);
        const auto stored = loadThresholds(*m_db);
        QVERIFY(stored);
        QCOMPARE(stored->supplyPercent, allowed ? 15.0 : 10.0);
        QCOMPARE(stored->failedPolls, allowed ? 5 : 3);
        const auto audit = test::lastAuditRecord(*m_db);
        QVERIFY(audit);
        QCOMPARE(audit->action, kThresholdsAuditAction);
        QCOMPARE(audit->actor, QStringLiteral("someone"));
        QCOMPARE(audit->result == security::kAuditOk, allowed);
        const QJsonObject changed =
            QJsonDocument::fromJson(audit->parameters.toUtf8()).object().value(QStringLiteral("changed")).toObject();
        QCOMPARE(changed.keys(), (QStringList{QStringLiteral("failed-polls"), QStringLiteral("supply-percent")}));
        QCOMPARE(changed.value(QStringLiteral("supply-percent")).toArray(), (QJsonArray{10.0, 15.0}));
        QCOMPARE(changed.value(QStringLiteral("failed-polls")).toArray(), (QJsonArray{3, 5}));
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("says");
        QTest::addRow("percent above 100") << QStringLiteral("supply-percent") << 140.0 << QStringLiteral("between");
        QTest::addRow("negative days") << QStringLiteral("days-to-empty") << -1.0 << QStringLiteral("between");
        QTest::addRow("no failed poll") << QStringLiteral("failed-polls") << 0.0 << QStringLiteral("between");
        QTest::addRow("not a number") << QStringLiteral("days-to-empty") << qQNaN() << QStringLiteral("between");
        QTest::addRow("certificates expired") << QStringLiteral("certificate-days") << 0.0 << QStringLiteral("between");
        QTest::addRow("disk all free") << QStringLiteral("disk-free-percent") << 100.0 << QStringLiteral("between");
    }
    void outOfRangeIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(double, value);
        QFETCH(QString, says);
        const ThresholdField *field = thresholdField(name);
        QVERIFY(field);
        const QString problem = thresholdProblem(*field, value);
        QVERIFY2(problem.contains(name) && problem.contains(says), qPrintable(problem));
        const auto error = changeThresholds(*m_db, kAdmin, with(name, value));
        QCOMPARE(error.code, security::SecurityErrorCode::InvalidArgument);
        QCOMPARE(error.message, problem);
        const auto stored = loadThresholds(*m_db);
        QVERIFY(stored);
        QCOMPARE(field->valueIn(*stored), field->valueIn(Thresholds{}));
        const auto audit = test::lastAuditRecord(*m_db);
        QVERIFY(audit);
        QCOMPARE(audit->result, QString(security::kAuditFailed));
        QCOMPARE(audit->message, problem);
    }

    // Typed on the command line: a whole-number threshold refuses a fraction before it reaches Thresholds.
    void fractionOfAWholeNumberIsRefused()
    {
        const QString problem = thresholdProblem(*thresholdField(u"failed-polls"), 2.5);
        QVERIFY2(problem.contains(QStringLiteral("failed-polls")) && problem.contains(QStringLiteral("whole number")),
                 qPrintable(problem));
        QVERIFY(thresholdProblem(*thresholdField(u"failed-polls"), 2).isEmpty());
        QVERIFY(thresholdProblem(*thresholdField(u"days-to-empty"), 2.5).isEmpty());
    }

    // Written by hand or by a newer version: a value that does not fit is ignored, the others hold.
    void damagedStoredValuesFallBackToTheDefault()
    {
        QVERIFY(!changeThresholds(*m_db, kAdmin, with(QStringLiteral("days-to-empty"), 12)));
        for (const auto &[key, value] :
             {std::pair{"threshold.supply-percent", "lots"}, std::pair{"threshold.failed-polls", "-4"},
              std::pair{"threshold.from-the-future", "1"}})
            QVERIFY(!m_db->exec(QStringLiteral("INSERT OR REPLACE INTO alerting_settings (key, value) VALUES (?, ?)"),
                                {QString::fromLatin1(key), QString::fromLatin1(value)}));
        const auto t = loadThresholds(*m_db);
        QVERIFY(t);
        QCOMPARE(t->supplyPercent, 10.0);
        QCOMPARE(t->failedPolls, 3);
        QCOMPARE(t->daysToEmpty, 12.0);
    }

    void theStoredThresholdsAreInForce()
    {
        QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7755)); // snmpsimd reads as nobody
        test::SnmpSim sim;
        QVERIFY2(sim.startFleet({{kPrinter, test::fixtureDir() + QStringLiteral("/hp-laserjet-mfp-m130nw.snmprec")}}),
                 qPrintable(sim.error()));
        const ProfileRoot profile(m_dir->filePath(QStringLiteral("profile")));
        QVERIFY(profile.ensureExists(nullptr));
        storage::Database db;
        QVERIFY(!db.open(profile.databasePath()));
        const snmp::Credential site = test::quickCommunity(QStringLiteral("site"), QStringLiteral("public"), 1000);
        storage::SecretStore secrets(profile.secretsPath());
        QVERIFY(!storage::CredentialRepository(db, secrets).save({site}));
        collect::Poller poller;
        QList<DeviceSnapshot> found;
        connect(&poller, &collect::Poller::deviceFinished, &poller, [&](const DeviceSnapshot &s) { found << s; });
        QSignalSpy pollerDone(&poller, &collect::Poller::finished);
        poller.start({collect::Poller::targetFromString(QStringLiteral("%1:%2").arg(kPrinter).arg(sim.port()), {site})},
                     {});
        QVERIFY(pollerDone.wait(test::scaled(30000)));
        QCOMPARE(storage::SnapshotStore(db).storeBatch(found)->stored, 1);

        schedule::FleetService fleet(profile);
        AlertingService alerting(profile);
        alerting.setTrackerOptions({0s, 0s}); // each poll's truth is the condition's state
        alerting.watch(&fleet);
        QSignalSpy evaluated(&alerting, &AlertingService::evaluated);
        QSignalSpy opened(&alerting, &AlertingService::conditionsOpened);
        QSignalSpy failed(&alerting, &AlertingService::failed);
        const auto pollAndEvaluate = [&]() -> std::optional<CycleReport> {
            evaluated.clear();
            if (!fleet.pollNow() || !evaluated.wait(test::scaled(60000)))
                return std::nullopt;
            return evaluated.first().first().value<CycleReport>();
        };

        // The default (10 %): the black toner at 28 % is fine.
        auto round = pollAndEvaluate();
        QVERIFY(round);
        QCOMPARE(round->opened, 0);
        QVERIFY(opened.isEmpty());

        QVERIFY(!changeThresholds(db, kAdmin, with(QStringLiteral("supply-percent"), 30)));
        round = pollAndEvaluate();
        QVERIFY(round);
        QCOMPARE(round->opened, 1);
        QCOMPARE(opened.size(), 1);
        const QList<Condition> conditions = opened.first().first().value<QList<Condition>>();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.first().kind, ConditionKind::SupplyLow);

        QVERIFY(!changeThresholds(db, kAdmin, with(QStringLiteral("supply-percent"), 20)));
        round = pollAndEvaluate();
        QVERIFY(round);
        QCOMPARE(round->cleared, 1);
        QCOMPARE(round->openConditions, 0);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestAlertThresholds)
#include "tst_alertthresholds.moc"
