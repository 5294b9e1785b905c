// Typed settings: defaults, values a person wrote by hand into fleetkeeper.ini (good and bad),
// setters that refuse invalid values without writing, and what lands in the file.

#include "util/AppSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace std::chrono_literals;

class TestAppSettings : public QObject
{
    Q_OBJECT
private:
    static void writeIni(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        const AppSettings s(ProfileRoot(dir.path()));
        QCOMPARE(s.pollInterval(), 60min);
        QCOMPARE(s.schedulePaused(), false);
        QCOMPARE(s.discovery(), DiscoverySettings{});
        QCOMPARE(s.discovery().mode, DiscoveryMode::Off);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.notReportingAfter(), 24h);
        QCOMPARE(s.startMinimised(), false);
    }

    // What a hand-edited file reads as: valid values as written, anything else as the default.
    void handWrittenValues_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<int>("pollMinutes");
        QTest::addColumn<int>("notReportingHours");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("discoveryHours");
        QTest::addColumn<QString>("dailyTime");
        QTest::addColumn<QStringList>("targets");

        QTest::addRow("valid") << QByteArray("[poll]\nintervalMinutes=15\n[health]\nnotReportingHours=48\n"
                                             "[ui]\nlanguage=nl\n[discovery]\nmode=daily\ndailyTime=03:45\n"
                                             "intervalHours=12\ntargets=10.0.0.0/24, printer.example\n")
                               << 15 << 48 << QStringLiteral("nl") << QStringLiteral("daily") << 12
                               << QStringLiteral("03:45")
                               << QStringList{QStringLiteral("10.0.0.0/24"), QStringLiteral("printer.example")};
        QTest::addRow("out of range") << QByteArray("[poll]\nintervalMinutes=0\n[health]\nnotReportingHours=100000\n"
                                                    "[discovery]\nintervalHours=1000\n")
                                      << 60 << 24 << QString() << QStringLiteral("off") << 24 << QStringLiteral("02:00")
                                      << QStringList{};
        QTest::addRow("not numbers") << QByteArray("[poll]\nintervalMinutes=often\n[health]\nnotReportingHours=\n"
                                                   "[discovery]\nmode=sometimes\ndailyTime=25:99\n")
                                     << 60 << 24 << QString() << QStringLiteral("off") << 24 << QStringLiteral("02:00")
                                     << QStringList{};
        QTest::addRow("unknown language") << QByteArray("[ui]\nlanguage=tlh\n") << 60 << 24 << QString()
                                          << QStringLiteral("off") << 24 << QStringLiteral("02:00") << QStringList{};
        QTest::addRow("one target") << QByteArray("[discovery]\nmode=interval\nintervalHours=6\ntargets=10.9.9.9\n")
                                    << 60 << 24 << QString() << QStringLiteral("interval") << 6
                                    << QStringLiteral("02:00") << QStringList{QStringLiteral("10.9.9.9")};
    }

    void handWrittenValues()
    {
        QFETCH(QByteArray, ini);
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        writeIni(profile.settingsPath(), ini);
        const AppSettings s(profile);
        QTEST(int(s.pollInterval().count()), "pollMinutes");
        QTEST(int(s.notReportingAfter().count()), "notReportingHours");
        QTEST(s.language(), "language");
        QTEST(AppSettings::discoveryModeName(s.discovery().mode), "mode");
        QTEST(s.discovery().intervalHours, "discoveryHours");
        QTEST(s.discovery().dailyTime.toString(QStringLiteral("HH:mm")), "dailyTime");
        QTEST(s.discovery().targets, "targets");
    }

    void settersRefuseInvalidValues_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("poll 0 minutes") << QStringLiteral("poll0");
        QTest::addRow("poll 25 hours") << QStringLiteral("poll25h");
        QTest::addRow("not reporting 0 hours") << QStringLiteral("nr0");
        QTest::addRow("not reporting 31 days") << QStringLiteral("nr31d");
        QTest::addRow("unknown language") << QStringLiteral("lang");
        QTest::addRow("discovery without targets") << QStringLiteral("noTargets");
        QTest::addRow("discovery every 0 hours") << QStringLiteral("every0");
        QTest::addRow("discovery every 8 days") << QStringLiteral("every8d");
        QTest::addRow("discovery at no time") << QStringLiteral("noTime");
    }

    void settersRefuseInvalidValues()
    {
        QFETCH(QString, what);
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        AppSettings s(profile);
        DiscoverySettings d;
        d.mode = DiscoveryMode::Interval;
        d.targets = {QStringLiteral("10.0.0.1")};
        QString problem;
        if (what == u"poll0")
            problem = s.setPollInterval(0min);
        else if (what == u"poll25h")
            problem = s.setPollInterval(25h);
        else if (what == u"nr0")
            problem = s.setNotReportingAfter(0h);
        else if (what == u"nr31d")
            problem = s.setNotReportingAfter(31 * 24h);
        else if (what == u"lang")
            problem = s.setLanguage(QStringLiteral("fr"));
        else if (what == u"noTargets")
            d.targets.clear();
        else if (what == u"every0")
            d.intervalHours = 0;
        else if (what == u"every8d")
            d.intervalHours = 8 * 24;
        else if (what == u"noTime")
            d = {DiscoveryMode::Daily, 24, QTime(), {QStringLiteral("10.0.0.1")}, {}};
        if (problem.isEmpty())
            problem = s.setDiscovery(d);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.endsWith(u'.'), qPrintable(problem)); // a sentence, for a dialog
        QVERIFY2(!QFile::exists(profile.settingsPath()), "nothing is written for a refused value");
    }

    void valuesRoundTripThroughTheFile()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        DiscoverySettings d;
        d.mode = DiscoveryMode::Daily;
        d.dailyTime = QTime(23, 15, 42); // kept to the minute
        d.targets = {QStringLiteral("10.0.0.0/24"), QStringLiteral("[fe80::1]:1161")};
        d.credentialProfiles = {QStringLiteral("office")};
        {
            AppSettings s(profile);
            QCOMPARE(s.setPollInterval(5min), QString());
            QCOMPARE(s.setSchedulePaused(true), QString());
            QCOMPARE(s.setDiscovery(d), QString());
            QCOMPARE(s.setLanguage(QStringLiteral("nl")), QString());
            QCOMPARE(s.setNotReportingAfter(72h), QString());
            QCOMPARE(s.setStartMinimised(true), QString());
        }
        const AppSettings again(profile);
        QCOMPARE(again.pollInterval(), 5min);
        QCOMPARE(again.schedulePaused(), true);
        d.dailyTime = QTime(23, 15);
        QCOMPARE(again.discovery(), d);
        QCOMPARE(again.language(), QStringLiteral("nl"));
        QCOMPARE(again.notReportingAfter(), 72h);
        QCOMPARE(again.startMinimised(), true);

        // The keys are what the documentation and other tools read.
        QSettings raw(profile.settingsPath(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("nl"));
        QCOMPARE(raw.value(QStringLiteral("discovery/mode")).toString(), QStringLiteral("daily"));
        QCOMPARE(raw.value(QStringLiteral("discovery/dailyTime")).toString(), QStringLiteral("23:15"));
        QCOMPARE(raw.value(QStringLiteral("health/notReportingHours")).toInt(), 72);
        QCOMPARE(raw.value(QStringLiteral("schedule/paused")).toBool(), true);

        // Back to the system language.
        AppSettings s(profile);
        QCOMPARE(s.setLanguage(QString()), QString());
        QCOMPARE(AppSettings(profile).language(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
