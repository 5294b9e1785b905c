// The packages as a user gets them: unpacked with dpkg -x into a throw-away root (no root rights,
// nothing touches the system), their declared dependencies checked, and the unpacked CLI and
// daemon run from there against a simulated fleet. The daemon part is one story in order: it
// polls on start, refuses a second instance, stops on SIGTERM idle and mid-poll (abandoning or
// finishing the poll), survives kill -9 mid-poll, and every restart carries on.

#include "SnmpSim.h"
#include "TestEnv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fleet;

namespace {

const QString kVersion = QStringLiteral(FLEET_PACKAGE_VERSION);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err); }
};

Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(test::scaled(5000))) {
        r.err = p.errorString();
        return r;
    }
    if (!p.waitForFinished(test::scaled(timeoutMs))) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out; ");
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

// One fleetkeeperd process whose log lines the test waits for.
class Daemon
{
public:
    Daemon(const QString &program, const QString &profile, const QStringList &extra = {})
    {
        m_process.setStandardInputFile(QProcess::nullDevice());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"FLEETKEEPER_PROFILE", "STATE_DIRECTORY", "NOTIFY_SOCKET", "JOURNAL_STREAM", "QT_LOGGING_RULES"})
            env.remove(QString::fromLatin1(name));
        m_process.setProcessEnvironment(env);
        m_process.start(program, QStringList{QStringLiteral("--profile"), profile} + extra);
    }
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    Q_DISABLE_COPY_MOVE(Daemon)

    // Waits for the count-th line containing text (counting from the start of the process).
    bool waitFor(const QString &text, int timeoutMs, int count = 1)
    {
        QElapsedTimer clock;
        clock.start();
        while (true) {
            m_log += QString::fromUtf8(m_process.readAll());
            if (m_log.count(text) >= count)
                return true;
            if (clock.hasExpired(test::scaled(timeoutMs)) || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
    }
    void signal(int number) { ::kill(pid_t(m_process.processId()), number); }
    // The exit code, or -1 when it did not exit in time (or was killed).
    int waitForExit(int timeoutMs)
    {
        if (!m_process.waitForFinished(test::scaled(timeoutMs)))
            return -1;
        m_log += QString::fromUtf8(m_process.readAll());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAll());
        return m_log;
    }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class TestInstall final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QTemporaryDir m_profile;
    QMap<QString, QString> m_debs; // package name -> .deb path
    test::SnmpSim m_sim;
    quint16 m_port = 0;
    QList<std::pair<QString, QString>> m_devices;
    qint64 m_polls = 0;

    QString installed(const QString &relative) const { return m_root.filePath(relative); }
    QString cli() const { return installed(QStringLiteral("usr/bin/fleetkeeper-cli")); }
    QString daemonProgram() const { return installed(QStringLiteral("usr/bin/fleetkeeperd")); }

    // Reads the profile's database with a connection of its own (the daemon may be gone or killed).
    qint64 scalar(const QString &sql, QString *integrity = nullptr) const
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_install"));
            db.setDatabaseName(m_profile.filePath(QStringLiteral("fleetkeeper.db")));
            if (db.open()) {
                QSqlQuery q(db);
                if (integrity && q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    *integrity = q.value(0).toString();
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_install"));
        return value;
    }
    qint64 polls(QString *integrity = nullptr) const
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM polls"), integrity);
    }
    QJsonObject pollJobState() const
    {
        QFile f(m_profile.filePath(QStringLiteral("schedule.json")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object()[u"jobs"][u"poll"].toObject();
    }
    // The schedule forgotten: the poll is due at the next start, as on a first start.
    void forgetSchedule() { QFile::remove(m_profile.filePath(QStringLiteral("schedule.json"))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid() && m_profile.isValid());
        const QDir dir(QStringLiteral(FLEET_PACKAGE_DIR));
        for (const QString &name : {QStringLiteral("fleetkeeper-agent"), QStringLiteral("fleetkeeper"),
                                    QStringLiteral("fleetkeeper-receiver")}) {
            const QStringList found = dir.entryList({name + QStringLiteral("_") + kVersion + QStringLiteral("_*.deb")});
            QVERIFY2(found.size() == 1, qPrintable(QStringLiteral("%1: %2 .deb files for %3 in %4 (run the package "
                                                                  "target first)")
                                                       .arg(name)
                                                       .arg(found.size())
                                                       .arg(kVersion, dir.path())));
            m_debs.insert(name, dir.filePath(found.first()));
            const Run x = runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_debs[name], m_root.path()});
            QVERIFY2(x.exitCode == 0, qPrintable(x.describe()));
        }
    }

    void dependencies_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("agent") << QStringLiteral("fleetkeeper-agent")
                               << QStringList{QStringLiteral("libqt6core6"), QStringLiteral("libqt6network6"),
                                              QStringLiteral("libqt6sql6"),  QStringLiteral("libqt6sql6-sqlite"),
                                              QStringLiteral("libsnmp40"),   QStringLiteral("libzip4"),
                                              QStringLiteral("libc6")};
        QTest::addRow("desktop") << QStringLiteral("fleetkeeper")
                                 << QStringList{QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6charts6"),
                                                QStringLiteral("libqt6svg6"), QStringLiteral("qt6-qpa-plugins"),
                                                QStringLiteral("fleetkeeper-agent (= %1)").arg(kVersion)};
        QTest::addRow("receiver") << QStringLiteral("fleetkeeper-receiver")
                                  << QStringList{QStringLiteral("libqt6network6"), QStringLiteral("libqt6sql6")};
    }
    void dependencies()
    {
        QFETCH(QString, package);
        QFETCH(QStringList, expected);
        const Run r =
            runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_debs[package], QStringLiteral("Depends")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // Package names as whole entries of the list (libqt6sql6 must not match libqt6sql6-sqlite).
        QStringList names;
        for (const QString &entry : r.out.split(QLatin1Char(','))) {
            const QString e = entry.trimmed();
            names << e << e.section(QLatin1Char(' '), 0, 0);
        }
        for (const QString &want : expected)
            QVERIFY2(names.contains(want), qPrintable(QStringLiteral("%1 not in Depends: %2").arg(want, r.out)));
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *p : {"usr/bin/fleetkeeper-cli",
                              "usr/bin/fleetkeeperd",
                              "usr/bin/fleetkeeper",
                              "usr/bin/fleetkeeper-receiver",
                              "usr/share/man/man1/fleetkeeper-cli.1.gz",
                              "usr/share/man/man8/fleetkeeperd.8.gz",
                              "usr/share/man/man1/fleetkeeper.1.gz",
                              "usr/share/man/man1/fleetkeeper-receiver.1.gz",
                              "usr/lib/systemd/system/fleetkeeperd.service",
                              "usr/lib/systemd/user/fleetkeeperd.service",
                              "usr/lib/sysusers.d/fleetkeeper.conf",
                              "usr/share/applications/org.example.fleetkeeper.desktop",
                              "etc/xdg/autostart/org.example.fleetkeeper.tray.desktop",
                              "usr/share/metainfo/org.example.fleetkeeper.metainfo.xml",
                              "usr/share/icons/hicolor/scalable/apps/fleetkeeper.svg",
                              "usr/share/icons/hicolor/48x48/apps/fleetkeeper.png",
                              "usr/share/fleetkeeper/recordings/SIMULATOR.md",
                              "usr/share/doc/fleetkeeper-agent/copyright",
                              "usr/share/doc/fleetkeeper/copyright",
                              "usr/share/doc/fleetkeeper-receiver/changelog.gz"})
            QTest::addRow("%s", p) << QString::fromLatin1(p);
    }
    void files()
    {
        QFETCH(QString, path);
        QVERIFY2(QFileInfo::exists(installed(path)), qPrintable(path));
    }

    void recordingsShipped()
    {
        // Every recording of the source tree, with its facts, where the app looks for them.
        const QDir shipped(installed(QStringLiteral("usr/share/fleetkeeper/recordings")));
        const QStringList source = test::recordingNames();
        QVERIFY(source.size() >= 14);
        QCOMPARE(test::recordingNamesIn(shipped.path()), source);
        for (const QString &name : source)
            QVERIFY2(shipped.exists(name + QStringLiteral(".facts.json")), qPrintable(name));
    }

    void librariesResolve_data()
    {
        QTest::addColumn<QString>("program");
        for (const char *p : {"fleetkeeper-cli", "fleetkeeperd", "fleetkeeper", "fleetkeeper-receiver"})
            QTest::addRow("%s", p) << QString::fromLatin1(p);
    }
    void librariesResolve()
    {
        QFETCH(QString, program);
        const Run r = runProgram(QStringLiteral("ldd"), {installed(QStringLiteral("usr/bin/") + program)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("not found")), qPrintable(r.out));
    }

    void cliRuns()
    {
        const Run help = runProgram(cli(), {QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0 && help.out.contains(QLatin1String("discover")), qPrintable(help.describe()));
        const Run agent = runProgram(
            cli(), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--json"), QStringLiteral("agent")});
        QVERIFY2(agent.exitCode == 0, qPrintable(agent.describe()));
        QVERIFY2(agent.out.contains(kVersion), qPrintable(agent.describe()));
        const Run version = runProgram(daemonProgram(), {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0 && version.out.contains(kVersion), qPrintable(version.describe()));
    }

    void daemonPollsOnStart()
    {
        const QString fix = test::fixtureDir() + QLatin1Char('/');
        for (const char *name :
             {"hp-laserjet-mfp-m130nw", "brother-mfc-9970cdw", "ricoh-mp-c2503", "kyocera-cs-4053ci"})
            m_devices.append({QStringLiteral("127.0.91.%1").arg(m_devices.size() + 1),
                              fix + QString::fromLatin1(name) + QStringLiteral(".snmprec")});
        QVERIFY2(m_sim.startFleet(m_devices), qPrintable(m_sim.error()));
        m_port = m_sim.port();
        const Run discover =
            runProgram(cli(), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("discover"),
                               QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--retries"),
                               QStringLiteral("0"), QStringLiteral("127.0.91.1-127.0.91.4:%1").arg(m_port)});
        QVERIFY2(discover.exitCode == 0, qPrintable(discover.describe()));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM devices")), qint64(m_devices.size()));
        {
            QSettings ini(m_profile.filePath(QStringLiteral("fleetkeeper.ini")), QSettings::IniFormat);
            ini.setValue(QStringLiteral("poll/intervalMinutes"), 1);
        }
        const qint64 before = polls();
        forgetSchedule(); // discovery does not use the poll schedule; a first start polls at once

        Daemon d(daemonProgram(), m_profile.path());
        QVERIFY2(d.waitFor(QStringLiteral("poll finished"), 20000), qPrintable(d.log()));
        m_polls = polls();
        QCOMPARE(m_polls, before + m_devices.size());
        // On schedule: the next poll is one interval after this one started. The daemon logs
        // "poll finished" as the job reports; the scheduler writes its state file right after.
        QJsonObject job;
        QTRY_VERIFY_WITH_TIMEOUT((job = pollJobState(), !job[u"lastFinished"].toString().isEmpty()),
                                 test::scaled(5000));
        const QDateTime started = QDateTime::fromString(job[u"lastStarted"].toString(), Qt::ISODateWithMs);
        const QDateTime next = QDateTime::fromString(job[u"nextDue"].toString(), Qt::ISODateWithMs);
        QVERIFY2(started.isValid(), QJsonDocument(job).toJson().constData());
        QCOMPARE(started.secsTo(next), 60);
        QVERIFY(job[u"lastOk"].toBool());

        // One daemon per profile.
        const Run second = runProgram(daemonProgram(), {QStringLiteral("--profile"), m_profile.path()}, 10000);
        QCOMPARE(second.exitCode, 3);
        QVERIFY2(second.err.contains(QLatin1String("Another fleetkeeperd")), qPrintable(second.describe()));

        // SIGTERM while idle: a quick, clean exit.
        QElapsedTimer stop;
        stop.start();
        d.signal(SIGTERM);
        QVERIFY2(d.waitForExit(5000) == 0, qPrintable(d.log()));
        QVERIFY2(stop.elapsed() < test::scaled(3000), qPrintable(d.log()));
        QVERIFY2(!QFileInfo::exists(m_profile.filePath(QStringLiteral("fleetkeeperd.lock"))), qPrintable(d.log()));
    }

    void restartKeepsTheSchedule()
    {
        // The poll is not due for a minute: a restart must not poll again.
        Daemon d(daemonProgram(), m_profile.path());
        QVERIFY2(d.waitFor(QStringLiteral("started on profile"), 10000), qPrintable(d.log()));
        QTest::qWait(test::scaled(1500));
        QVERIFY2(!d.log().contains(QLatin1String("poll started")), qPrintable(d.log()));
        d.signal(SIGTERM);
        QVERIFY2(d.waitForExit(5000) == 0, qPrintable(d.log()));
        QCOMPARE(polls(), m_polls);
    }

    void sigtermMidPollAbandons()
    {
        // One printer switched off: the poll now waits for its timeouts, long enough to be interrupted.
        m_sim.stop();
        QVERIFY2(m_sim.startFleet(m_devices.mid(0, m_devices.size() - 1), m_port), qPrintable(m_sim.error()));
        forgetSchedule();
        Daemon d(daemonProgram(), m_profile.path(), {QStringLiteral("--stop-grace"), QStringLiteral("0")});
        QVERIFY2(d.waitFor(QStringLiteral("poll started"), 10000), qPrintable(d.log()));
        d.signal(SIGTERM);
        QVERIFY2(d.waitForExit(5000) == 0, qPrintable(d.log()));
        QVERIFY2(!d.log().contains(QLatin1String("poll finished")), qPrintable(d.log()));
        QString integrity;
        QCOMPARE(polls(&integrity), m_polls); // nothing half-stored
        QCOMPARE(integrity, QStringLiteral("ok"));
        // The schedule knows the run was interrupted, so the next start repeats it.
        const QJsonObject job = pollJobState();
        QVERIFY2(QDateTime::fromString(job[u"lastFinished"].toString(), Qt::ISODateWithMs) <
                     QDateTime::fromString(job[u"lastStarted"].toString(), Qt::ISODateWithMs),
                 QJsonDocument(job).toJson().constData());
    }

    void sigtermMidPollFinishesWithinGrace()
    {
        // Restarted: the interrupted poll runs again at once; SIGTERM lets it finish and store.
        Daemon d(daemonProgram(), m_profile.path());
        QVERIFY2(d.waitFor(QStringLiteral("poll started"), 10000), qPrintable(d.log()));
        d.signal(SIGTERM);
        QVERIFY2(d.waitForExit(15000) == 0, qPrintable(d.log()));
        QVERIFY2(d.log().contains(QLatin1String("poll finished")), qPrintable(d.log()));
        QString integrity;
        QCOMPARE(polls(&integrity), m_polls + m_devices.size());
        QCOMPARE(integrity, QStringLiteral("ok"));
        m_polls += m_devices.size();
    }

    void killMidPollThenResume()
    {
        forgetSchedule();
        {
            Daemon d(daemonProgram(), m_profile.path());
            QVERIFY2(d.waitFor(QStringLiteral("poll started"), 10000), qPrintable(d.log()));
            d.signal(SIGKILL);
            QCOMPARE(d.waitForExit(5000), -1);
        }
        QString integrity;
        QCOMPARE(polls(&integrity), m_polls);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY(QFileInfo::exists(m_profile.filePath(QStringLiteral("fleetkeeperd.lock")))); // left behind

        // The stale lock is taken over and the interrupted poll runs again, to the end.
        Daemon d(daemonProgram(), m_profile.path());
        QVERIFY2(d.waitFor(QStringLiteral("poll finished"), 20000), qPrintable(d.log()));
        d.signal(SIGTERM);
        QVERIFY2(d.waitForExit(5000) == 0, qPrintable(d.log()));
        QCOMPARE(polls(&integrity), m_polls + m_devices.size());
        QCOMPARE(integrity, QStringLiteral("ok"));
        const QJsonObject job = pollJobState();
        QVERIFY(job[u"lastOk"].toBool());
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
