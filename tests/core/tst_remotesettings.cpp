// RemoteSettings::apply on a real profile: an ini file, a migrated SQLite database and a secrets
// file in a temporary directory. The documents are what a provider (or an attacker in its place)
// could send; every case checks what reached the settings and the database and what the event log says.

#include "alerting/AlertProfile.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "sync/RemoteSettings.h"
#include "util/AppSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleet::sync;

Q_DECLARE_METATYPE(fleet::DiscoverySettings)

namespace {

QByteArray document(const QJsonObject &settings, qint64 revision = 1)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("revision"), revision}, {QStringLiteral("settings"), settings}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject profileJson(const QString &name, const QStringList &recipients = {QStringLiteral("ops@example.org")})
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kinds"), QJsonArray{QStringLiteral("supplyLow")}},
                       {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)}};
}

QJsonArray manyStrings(int n, const QString &value)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(value);
    return a;
}

class Profile
{
public:
    Profile()
        : secrets(dir.filePath(QStringLiteral("secrets.json")))
        , ini(dir.filePath(QStringLiteral("fleetkeeper.ini")), QSettings::IniFormat)
    {}

    bool open()
    {
        if (const auto e = db.open(dir.filePath(QStringLiteral("fleet.db")))) {
            error = e.message;
            return false;
        }
        secrets.load(); // a store without a file is empty and usable
        return dir.isValid();
    }

    RemoteSettingsReport apply(const QJsonObject &settings)
    {
        return RemoteSettings::apply(document(settings, ++m_revision), ini, db, secrets,
                                     QDateTime::currentDateTimeUtc());
    }

    qint64 events(const QString &kind, const QString &like = QStringLiteral("%"))
    {
        auto n =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ? AND details LIKE ?"), {kind, like});
        return n ? n->toLongLong() : -1;
    }

    DiscoverySettings discovery() const { return AppSettings(ini.fileName()).discovery(); }

    QStringList profileNames()
    {
        QStringList names;
        auto list = alerting::AlertProfileRepository(db).profiles();
        if (list)
            for (const auto &p : std::as_const(*list))
                names << p.name;
        return names;
    }

    QTemporaryDir dir;
    storage::Database db;
    storage::SecretStore secrets;
    QSettings ini;
    QString error;

private:
    qint64 m_revision = 0;
};

DiscoverySettings interval(int hours, QStringList targets, QStringList profiles = {})
{
    DiscoverySettings d;
    d.mode = DiscoveryMode::Interval;
    d.intervalHours = hours;
    d.targets = std::move(targets);
    d.credentialProfiles = std::move(profiles);
    return d;
}

} // namespace

class TestRemoteSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discoveryApplied_data();
    void discoveryApplied();
    void discoveryRejected_data();
    void discoveryRejected();
    void alertProfilesLifecycle();
    void alertProfileRejected_data();
    void alertProfileRejected();
    void alertProfilesWholeKeyRejected_data();
    void alertProfilesWholeKeyRejected();
    void unknownFieldsBounded();
    void auditedAsRemote();
};

void TestRemoteSettings::discoveryApplied_data()
{
    QTest::addColumn<QJsonObject>("value");
    QTest::addColumn<DiscoverySettings>("expected");

    const DiscoverySettings before = interval(24, {QStringLiteral("192.0.2.0/28")});
    QTest::newRow("every 6 hours")
        << QJsonObject{{QStringLiteral("targets"),
                        QJsonArray{QStringLiteral("10.1.0.0/24"), QStringLiteral("printer.example:1161")}},
                       {QStringLiteral("everyHours"), 6}}
        << interval(6, {QStringLiteral("10.1.0.0/24"), QStringLiteral("printer.example:1161")});
    QTest::newRow("every 168 hours, with profiles")
        << QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("10.1.0.5")}},
                       {QStringLiteral("everyHours"), 168},
                       {QStringLiteral("credentialProfiles"), QJsonArray{QStringLiteral("remote-1")}}}
        << interval(168, {QStringLiteral("10.1.0.5")}, {QStringLiteral("remote-1")});
    DiscoverySettings daily = before;
    daily.mode = DiscoveryMode::Daily;
    daily.dailyTime = QTime(23, 45);
    QTest::newRow("daily, targets kept") << QJsonObject{{QStringLiteral("dailyAt"), QStringLiteral("23:45")}} << daily;
    DiscoverySettings off = before;
    off.mode = DiscoveryMode::Off;
    QTest::newRow("off") << QJsonObject{{QStringLiteral("mode"), QStringLiteral("off")}} << off;
}

void TestRemoteSettings::discoveryApplied()
{
    QFETCH(QJsonObject, value);
    QFETCH(DiscoverySettings, expected);
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    QVERIFY(AppSettings(profile.ini.fileName()).setDiscovery(interval(24, {QStringLiteral("192.0.2.0/28")})).isEmpty());

    const RemoteSettingsReport report = profile.apply({{QStringLiteral("discovery"), value}});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(report.ignored.isEmpty(), qPrintable(report.ignored.join(u'\n')));
    QCOMPARE(profile.discovery(), expected);
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.changed.first().key, QStringLiteral("discovery"));
    QVERIFY(report.changed.first().oldValue.contains(u"192.0.2.0/28"));
    QCOMPARE(profile.events(QStringLiteral("remoteSettingChanged"), QStringLiteral("%\"key\":\"discovery\"%")), 1);

    // The same document again changes nothing and logs nothing.
    QVERIFY(profile.apply({{QStringLiteral("discovery"), value}}).changed.isEmpty());
    QCOMPARE(profile.events(QStringLiteral("remoteSettingChanged")), 1);
}

void TestRemoteSettings::discoveryRejected_data()
{
    QTest::addColumn<QJsonValue>("value");
    const QJsonArray target{QStringLiteral("10.1.0.0/24")};
    const auto every = [&](const QJsonValue &hours) {
        return QJsonObject{{QStringLiteral("targets"), target}, {QStringLiteral("everyHours"), hours}};
    };
    QTest::newRow("0 hours") << QJsonValue(every(0));
    QTest::newRow("169 hours") << QJsonValue(every(169));
    QTest::newRow("hours as text") << QJsonValue(every(QStringLiteral("6")));
    QTest::newRow("fractional hours") << QJsonValue(every(1.5));
    QTest::newRow("huge hours") << QJsonValue(every(1e300));
    QTest::newRow("bad time") << QJsonValue(QJsonObject{{QStringLiteral("dailyAt"), QStringLiteral("25:00")}});
    QTest::newRow("short time") << QJsonValue(QJsonObject{{QStringLiteral("dailyAt"), QStringLiteral("7:5")}});
    QTest::newRow("time as number") << QJsonValue(QJsonObject{{QStringLiteral("dailyAt"), 700}});
    QTest::newRow("both schedules") << QJsonValue(QJsonObject{{QStringLiteral("dailyAt"), QStringLiteral("02:00")},
                                                              {QStringLiteral("everyHours"), 4},
                                                              {QStringLiteral("targets"), target}});
    QTest::newRow("no schedule") << QJsonValue(QJsonObject{{QStringLiteral("targets"), target}});
    QTest::newRow("weekly mode") << QJsonValue(QJsonObject{{QStringLiteral("mode"), QStringLiteral("weekly")}});
    QTest::newRow("bad address") << QJsonValue(QJsonObject{
        {QStringLiteral("targets"), QJsonArray{QStringLiteral("10.0.0.300")}}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("control character") << QJsonValue(
        QJsonObject{{QStringLiteral("targets"), QJsonArray{QStringLiteral("10.0.0.1\n[evil]")}},
                    {QStringLiteral("everyHours"), 6}});
    QTest::newRow("target not text") << QJsonValue(
        QJsonObject{{QStringLiteral("targets"), QJsonArray{42}}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("targets not a list") << QJsonValue(
        QJsonObject{{QStringLiteral("targets"), QStringLiteral("10.0.0.1")}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("empty targets") << QJsonValue(
        QJsonObject{{QStringLiteral("targets"), QJsonArray{}}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("huge target list") << QJsonValue(QJsonObject{
        {QStringLiteral("targets"), manyStrings(5000, QStringLiteral("10.0.0.1"))}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("huge range") << QJsonValue(QJsonObject{
        {QStringLiteral("targets"), QJsonArray{QStringLiteral("10.0.0.0/8")}}, {QStringLiteral("everyHours"), 6}});
    QTest::newRow("profiles not text") << QJsonValue(
        QJsonObject{{QStringLiteral("targets"), target},
                    {QStringLiteral("everyHours"), 6},
                    {QStringLiteral("credentialProfiles"), QJsonArray{QJsonObject{}}}});
    QTest::newRow("array") << QJsonValue(QJsonArray{target});
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
}

void TestRemoteSettings::discoveryRejected()
{
    QFETCH(QJsonValue, value);
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    const DiscoverySettings before = interval(12, {QStringLiteral("192.0.2.0/28")}, {QStringLiteral("office")});
    QVERIFY(AppSettings(profile.ini.fileName()).setDiscovery(before).isEmpty());

    const RemoteSettingsReport report = profile.apply({{QStringLiteral("discovery"), value}});
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.changed.isEmpty());
    QVERIFY(std::any_of(report.ignored.cbegin(), report.ignored.cend(),
                        [](const QString &i) { return i.startsWith(u"discovery: "); }));
    QCOMPARE(profile.discovery(), before);
    QCOMPARE(profile.events(QStringLiteral("remoteSettingChanged")), 0);
    QVERIFY(profile.events(QStringLiteral("remoteSettingIgnored"), QStringLiteral("%discovery%")) >= 1);
}

void TestRemoteSettings::alertProfilesLifecycle()
{
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    alerting::AlertProfileRepository repository(profile.db);
    alerting::AlertProfile local;
    local.name = QStringLiteral("Toner");
    local.recipients = {QStringLiteral("local@example.org")};
    QVERIFY(repository.add(local));

    // Two profiles, one of them named like the local one: both arrive under the remote prefix.
    QJsonObject toner = profileJson(QStringLiteral("Toner"));
    toner.insert(QStringLiteral("quietHours"), QJsonObject{{QStringLiteral("from"), QStringLiteral("22:00")},
                                                           {QStringLiteral("to"), QStringLiteral("06:30")}});
    toner.insert(QStringLiteral("colour"), QStringLiteral("pink")); // unknown: ignored and logged, profile kept
    QJsonObject jams = profileJson(QStringLiteral("Jams"));
    jams.insert(QStringLiteral("kinds"), QJsonArray{QStringLiteral("deviceAlert")});
    jams.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("jam")});
    jams.insert(QStringLiteral("minSeverity"), QStringLiteral("critical"));
    jams.insert(QStringLiteral("delivery"), QStringLiteral("digest"));
    jams.insert(QStringLiteral("digestHour"), 6);
    RemoteSettingsReport report = profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{toner, jams}}});
    QCOMPARE(report.changed.size(), 2);
    QCOMPARE(report.ignored, QStringList{QStringLiteral("alertProfiles[0].colour: unknown field, not used")});
    QCOMPARE(profile.profileNames(),
             (QStringList{QStringLiteral("Toner"), QStringLiteral("remote:Jams"), QStringLiteral("remote:Toner")}));
    auto stored = repository.profile(QStringLiteral("remote:Toner"));
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->quietStartMinute, std::optional<int>(22 * 60));
    QCOMPARE((*stored)->quietEndMinute, std::optional<int>(6 * 60 + 30));
    QCOMPARE((*stored)->recipients, QStringList{QStringLiteral("ops@example.org")});
    stored = repository.profile(QStringLiteral("remote:Jams"));
    QVERIFY(stored && *stored);
    QCOMPARE((*stored)->delivery, alerting::Delivery::Digest);
    QCOMPARE((*stored)->minSeverity, alerting::Severity::Critical);
    QVERIFY((*stored)->categories.contains(alerting::AlertCategory::Jam));
    QCOMPARE(profile.events(QStringLiteral("remoteSettingChanged"), QStringLiteral("%alertProfiles.remote:%")), 2);

    // The same list again: nothing changes.
    toner.remove(QStringLiteral("colour"));
    report = profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{toner, jams}}});
    QVERIFY(report.changed.isEmpty());

    // Toner replaced (new recipient), Jams no longer named: removed. The local profile stays.
    toner.insert(QStringLiteral("recipients"), QJsonArray{QStringLiteral("night@example.org")});
    report = profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{toner}}});
    QCOMPARE(report.changed.size(), 2);
    QCOMPARE(profile.profileNames(), (QStringList{QStringLiteral("Toner"), QStringLiteral("remote:Toner")}));
    stored = repository.profile(QStringLiteral("remote:Toner"));
    QCOMPARE((*stored)->recipients, QStringList{QStringLiteral("night@example.org")});
    const auto removed = std::find_if(report.changed.cbegin(), report.changed.cend(),
                                      [](const SettingChange &c) { return c.key == u"alertProfiles.remote:Jams"; });
    QVERIFY(removed != report.changed.cend());
    QVERIFY(removed->newValue.isEmpty());
    QVERIFY(removed->oldValue.contains(u"\"digest\""));

    // A broken version of Toner keeps the working one; it is rejected and logged.
    toner.insert(QStringLiteral("recipients"), QJsonArray{QStringLiteral("not an address")});
    report = profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{toner}}});
    QVERIFY(report.changed.isEmpty());
    QCOMPARE(report.ignored.size(), 1);
    QCOMPARE(repository.profile(QStringLiteral("remote:Toner")).value()->recipients,
             QStringList{QStringLiteral("night@example.org")});

    // An empty list removes every remote profile and no local one.
    report = profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{}}});
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(profile.profileNames(), QStringList{QStringLiteral("Toner")});
    QCOMPARE(repository.profile(QStringLiteral("Toner")).value()->recipients,
             QStringList{QStringLiteral("local@example.org")});
    QCOMPARE(profile.events(QStringLiteral("remoteSettingChanged")), 5);
}

void TestRemoteSettings::alertProfileRejected_data()
{
    QTest::addColumn<QJsonValue>("bad");
    const auto with = [](const QString &field, const QJsonValue &v) {
        QJsonObject o = profileJson(QStringLiteral("Bad"));
        o.insert(field, v);
        return QJsonValue(o);
    };
    QTest::newRow("address with space") << QJsonValue(
        profileJson(QStringLiteral("Bad"), {QStringLiteral("a b@example.org")}));
    QTest::newRow("address with brackets")
        << QJsonValue(profileJson(QStringLiteral("Bad"), {QStringLiteral("x@y>RCPT TO:<z@example.org")}));
    QTest::newRow("address with newline")
        << QJsonValue(profileJson(QStringLiteral("Bad"), {QStringLiteral("a@example.org\r\nBcc: b@example.org")}));
    QTest::newRow("no recipients") << QJsonValue(profileJson(QStringLiteral("Bad"), {}));
    QTest::newRow("too many recipients") << with(QStringLiteral("recipients"),
                                                 manyStrings(10000, QStringLiteral("a@example.org")));
    QTest::newRow("recipients not a list") << with(QStringLiteral("recipients"), QStringLiteral("a@example.org"));
    QTest::newRow("unknown kind") << with(QStringLiteral("kinds"), QJsonArray{QStringLiteral("printerOnFire")});
    QTest::newRow("kind not text") << with(QStringLiteral("kinds"), QJsonArray{3});
    QTest::newRow("unknown category") << with(QStringLiteral("categories"), QJsonArray{QStringLiteral("fire")});
    QTest::newRow("unknown severity") << with(QStringLiteral("minSeverity"), QStringLiteral("apocalyptic"));
    QTest::newRow("enabled as text") << with(QStringLiteral("enabled"), QStringLiteral("yes"));
    QTest::newRow("digest hour 24") << with(QStringLiteral("digestHour"), 24);
    QTest::newRow("negative reminder") << with(QStringLiteral("reminderHours"), -1);
    QTest::newRow("bad quiet hours") << with(QStringLiteral("quietHours"),
                                             QJsonObject{{QStringLiteral("from"), QStringLiteral("22:00")}});
    QTest::newRow("scope without values") << with(QStringLiteral("scope"), QStringLiteral("model"));
    QTest::newRow("unknown delivery") << with(QStringLiteral("delivery"), QStringLiteral("pigeon"));
    QTest::newRow("name with control character") << QJsonValue(profileJson(QStringLiteral("Bad\u0007")));
    QTest::newRow("huge name") << QJsonValue(profileJson(QString(100000, u'x')));
    QTest::newRow("name not text") << QJsonValue(QJsonObject{
        {QStringLiteral("name"), 7}, {QStringLiteral("recipients"), QJsonArray{QStringLiteral("a@example.org")}}});
    QTest::newRow("not an object") << QJsonValue(QStringLiteral("Bad"));
}

void TestRemoteSettings::alertProfileRejected()
{
    QFETCH(QJsonValue, bad);
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    // The good profile next to it is applied: one bad profile does not sink the list.
    const RemoteSettingsReport report =
        profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{bad, profileJson(QStringLiteral("Good"))}}});
    QVERIFY(report.error.isEmpty());
    QCOMPARE(profile.profileNames(), QStringList{QStringLiteral("remote:Good")});
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.ignored.size(), 1);
    QVERIFY2(report.ignored.first().startsWith(u"alertProfiles[0]: "), qPrintable(report.ignored.first()));
    QVERIFY(report.ignored.first().size() < 1024); // hostile text is not echoed at length
    QCOMPARE(profile.events(QStringLiteral("remoteSettingIgnored")), 1);
}

void TestRemoteSettings::alertProfilesWholeKeyRejected_data()
{
    QTest::addColumn<QJsonValue>("value");
    QJsonArray tooMany;
    for (int i = 0; i <= RemoteSettings::kMaxAlertProfiles; ++i)
        tooMany.append(profileJson(QStringLiteral("P%1").arg(i)));
    QTest::newRow("too many") << QJsonValue(tooMany);
    QTest::newRow("object") << QJsonValue(profileJson(QStringLiteral("Lone")));
    QTest::newRow("text") << QJsonValue(QStringLiteral("[]"));
}

void TestRemoteSettings::alertProfilesWholeKeyRejected()
{
    QFETCH(QJsonValue, value);
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    QCOMPARE(profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{profileJson(QStringLiteral("Kept"))}}})
                 .changed.size(),
             1);
    const RemoteSettingsReport report = profile.apply({{QStringLiteral("alertProfiles"), value}});
    QVERIFY(report.changed.isEmpty());
    QCOMPARE(report.ignored.size(), 1);
    QCOMPARE(profile.profileNames(), QStringList{QStringLiteral("remote:Kept")}); // nothing removed either
}

void TestRemoteSettings::unknownFieldsBounded()
{
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    QJsonObject stuffed = profileJson(QStringLiteral("Stuffed"));
    for (int i = 0; i < 2000; ++i)
        stuffed.insert(QStringLiteral("junk\n%1").arg(i), i);
    const RemoteSettingsReport report =
        profile.apply({{QStringLiteral("alertProfiles"), QJsonArray{stuffed}}, {QStringLiteral("bogus\u0001key"), 1}});
    QCOMPARE(profile.profileNames(), QStringList{QStringLiteral("remote:Stuffed")});
    QCOMPARE(report.ignored.size(), 8 + 1 + 1); // eight named, one summary, the unknown setting
    QVERIFY(report.ignored.last().startsWith(u"bogus?key: "));
    for (const QString &i : report.ignored)
        QVERIFY2(std::all_of(i.cbegin(), i.cend(), [](QChar c) { return c.isPrint(); }), qPrintable(i));
    QCOMPARE(profile.events(QStringLiteral("remoteSettingIgnored")), 10);
}

// The server acts as the remote actor: each applied document leaves one audit row naming the
// revision and the keys, and the chain stays intact.
void TestRemoteSettings::auditedAsRemote()
{
    Profile profile;
    QVERIFY2(profile.open(), qPrintable(profile.error));
    const RemoteSettingsReport report = profile.apply({{QStringLiteral("pollIntervalMinutes"), 30}});
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    auto rows = security::AuditLog(profile.db).list();
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const security::AuditRecord &row = rows->constFirst();
    QCOMPARE(row.actor, QStringLiteral("remote"));
    QCOMPARE(row.action, QStringLiteral("settings.remote"));
    const QJsonObject parameters = QJsonDocument::fromJson(row.parameters.toUtf8()).object();
    QCOMPARE(parameters.value(QStringLiteral("revision")).toInteger(), report.revision);
    QCOMPARE(parameters.value(QStringLiteral("keys")).toArray(), QJsonArray{QStringLiteral("pollIntervalMinutes")});
    const auto verification = security::AuditLog(profile.db).verify();
    QVERIFY(verification);
    QVERIFY(verification->intact());
}

QTEST_GUILESS_MAIN(TestRemoteSettings)
#include "tst_remotesettings.moc"
