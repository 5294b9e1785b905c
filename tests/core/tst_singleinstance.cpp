// One running app per profile: a later launch hands its arguments to the first and leaves; launches
// at the same moment elect exactly one; a socket left by a killed instance is taken over; garbage on
// the socket is dropped. Second launches are real processes: this executable started again with
// --instance-helper, which claims the profile and reports on stdout what it became.

#include "TestEnv.h"
#include "util/SingleInstance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace fleet;

namespace {

// argv: --instance-helper DIR EXPECT [ARG...]. Prints "role:primary socket:PATH" (then one
// "activated:a|b" line per request, exiting after EXPECT of them), "role:secondary" or "role:failed".
int runHelper(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList all = app.arguments();
    const QString dir = all.at(2);
    const int expect = all.at(3).toInt();
    const QStringList args = all.mid(4);
    SingleInstance instance(dir);
    const SingleInstance::Role role = instance.claim(args);
    if (role == SingleInstance::Role::Secondary) {
        std::printf("role:secondary\n");
        return 0;
    }
    if (role == SingleInstance::Role::Failed) {
        std::printf("role:failed %s\n", qPrintable(instance.errorString()));
        return 3;
    }
    int received = 0;
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&](const QStringList &got) {
        std::printf("activated:%s\n", qPrintable(got.join(QLatin1Char('|'))));
        std::fflush(stdout);
        if (++received >= expect)
            QCoreApplication::exit(0);
    });
    std::printf("role:primary socket:%s\n", qPrintable(instance.fullServerName()));
    std::fflush(stdout);
    QTimer::singleShot(test::scaled(30000), &app, [] { QCoreApplication::exit(4); }); // never linger
    return app.exec();
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private:
    static QStringList helperArgs(const QString &dir, int expect, const QStringList &args = {})
    {
        return QStringList{QStringLiteral("--instance-helper"), dir, QString::number(expect)} + args;
    }

    static void startHelper(QProcess &p, const QString &dir, int expect, const QStringList &args = {})
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(), helperArgs(dir, expect, args));
    }

    // Waits for the helper's first line; returns its socket path when it became primary.
    static QString waitForPrimary(QProcess &p)
    {
        QElapsedTimer clock;
        clock.start();
        while (!p.canReadLine() && clock.elapsed() < test::scaled(15000))
            p.waitForReadyRead(100);
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        const QString prefix = QStringLiteral("role:primary socket:");
        return line.startsWith(prefix) ? line.mid(prefix.size()) : QString();
    }

private Q_SLOTS:
    void namesFollowTheProfileDirectory()
    {
        QTemporaryDir a, b;
        QCOMPARE(SingleInstance::serverNameFor(a.path()),
                 SingleInstance::serverNameFor(a.path() + QStringLiteral("/.")));
        QCOMPARE(SingleInstance::serverNameFor(a.path()),
                 SingleInstance::serverNameFor(a.path() + QStringLiteral("/sub/..")));
        QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
        QVERIFY(SingleInstance::serverNameFor(a.path()).startsWith(QStringLiteral("fleetkeeper-")));
    }

    void twoObjectsInOneProcess()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QVERIFY(first.isPrimary());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        // The second claim blocks until acknowledged, so it runs on another thread while this
        // one serves the first.
        SingleInstance::Role secondRole = SingleInstance::Role::Failed;
        std::unique_ptr<QThread> other(QThread::create([&] {
            SingleInstance second(dir.path());
            secondRole = second.claim({QStringLiteral("--profile"), dir.path()});
        }));
        other->start();
        QTRY_VERIFY_WITH_TIMEOUT(other->isFinished(), test::scaled(10000));
        QCOMPARE(secondRole, SingleInstance::Role::Secondary);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toStringList(), (QStringList{QStringLiteral("--profile"), dir.path()}));
    }

    void secondProcessActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QProcess p;
        startHelper(p, dir.path(), 1, {QStringLiteral("activate"), QStringLiteral("ünïcode arg")});
        // Serve while the helper waits for its acknowledgement.
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, test::scaled(15000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(out));
        QCOMPARE(out.trimmed(), QStringLiteral("role:secondary"));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toStringList(),
                 (QStringList{QStringLiteral("activate"), QStringLiteral("ünïcode arg")}));
    }

    void firstProcessGetsTheArguments()
    {
        QTemporaryDir dir;
        QProcess primary;
        startHelper(primary, dir.path(), 1);
        QVERIFY(!waitForPrimary(primary).isEmpty());
        SingleInstance second(dir.path());
        QCOMPARE(second.claim({QStringLiteral("--minimised")}), SingleInstance::Role::Secondary);
        QVERIFY(!second.isPrimary());
        QVERIFY(primary.waitForFinished(test::scaled(10000)));
        QCOMPARE(primary.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(primary.readAllStandardOutput()).trimmed(), QStringLiteral("activated:--minimised"));
    }

    void staleSocketOfAKilledInstanceIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess crashed;
        startHelper(crashed, dir.path(), 1);
        const QString socketPath = waitForPrimary(crashed);
        QVERIFY(!socketPath.isEmpty());
        crashed.kill(); // SIGKILL: no chance to remove its socket file
        QVERIFY(crashed.waitForFinished(test::scaled(5000)));
        QVERIFY2(QFile::exists(socketPath), "the killed instance should have left its socket file");

        SingleInstance next(dir.path());
        QCOMPARE(next.claim({}), SingleInstance::Role::Primary);
        QCOMPARE(next.fullServerName(), socketPath);
        // And it really serves: a later launch is handed over to it.
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        QProcess later;
        startHelper(later, dir.path(), 1, {QStringLiteral("again")});
        QTRY_COMPARE_WITH_TIMEOUT(later.state(), QProcess::NotRunning, test::scaled(15000));
        QCOMPARE(later.exitCode(), 0);
        QCOMPARE(activated.size(), 1);
    }

    void separateProfilesRunSeparately()
    {
        QTemporaryDir a, b;
        SingleInstance first(a.path());
        SingleInstance second(b.path());
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QCOMPARE(second.claim({}), SingleInstance::Role::Primary);
        QVERIFY(first.fullServerName() != second.fullServerName());
    }

    void simultaneousLaunchesElectOne()
    {
        QTemporaryDir dir;
        constexpr int kLaunches = 3;
        std::vector<std::unique_ptr<QProcess>> launches;
        for (int i = 0; i < kLaunches; ++i) {
            launches.push_back(std::make_unique<QProcess>());
            startHelper(*launches.back(), dir.path(), kLaunches - 1, {QString::number(i)});
        }
        int primaries = 0, secondaries = 0, activations = 0;
        QString all;
        for (auto &p : launches) {
            QVERIFY(p->waitForFinished(test::scaled(20000)));
            QCOMPARE(p->exitCode(), 0);
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            all += out;
            primaries += int(out.contains(QStringLiteral("role:primary")));
            secondaries += int(out.contains(QStringLiteral("role:secondary")));
            activations += int(out.count(QStringLiteral("activated:")));
        }
        QVERIFY2(primaries == 1 && secondaries == kLaunches - 1, qPrintable(all));
        QCOMPARE(activations, kLaunches - 1);
    }

    void garbageOnTheSocketIsDropped()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path());
        QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QLocalSocket junk;
        junk.connectToServer(first.serverName());
        QVERIFY(junk.waitForConnected(test::scaled(2000)));
        junk.write("GET / HTTP/1.0\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(junk.state(), QLocalSocket::UnconnectedState, test::scaled(5000));
        QCOMPARE(activated.size(), 0);
        // An oversized length is refused before anything is buffered.
        QLocalSocket huge;
        huge.connectToServer(first.serverName());
        QVERIFY(huge.waitForConnected(test::scaled(2000)));
        huge.write(QByteArray("FKI1\x7f\xff\xff\xff", 8));
        QTRY_COMPARE_WITH_TIMEOUT(huge.state(), QLocalSocket::UnconnectedState, test::scaled(5000));
        QCOMPARE(activated.size(), 0);
        // A real launch still gets through.
        int code = -1;
        const QString out = runHelperToEndServing(dir.path(), {QStringLiteral("ok")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(out.trimmed(), QStringLiteral("role:secondary"));
        QCOMPARE(activated.size(), 1);
    }

private:
    // Like runHelperToEnd, but keeps this thread's event loop running for an in-test primary.
    static QString runHelperToEndServing(const QString &dir, const QStringList &args, int *exitCode)
    {
        QProcess p;
        startHelper(p, dir, 1, args);
        QElapsedTimer clock;
        clock.start();
        while (p.state() != QProcess::NotRunning && clock.elapsed() < test::scaled(15000))
            QTest::qWait(20);
        *exitCode = p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput());
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], "--instance-helper") == 0)
        return runHelper(argc, argv);
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
