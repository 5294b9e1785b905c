// The daemon's pieces without the daemon: log lines per style, the sd_notify datagrams on a real
// unix socket, and the claim on a profile (a second daemon, the desktop app, a lock left by a crash).

#include "daemon/AgentDaemon.h"
#include "daemon/JournalLogging.h"
#include "daemon/SystemdNotifier.h"
#include "util/SingleInstance.h"

#include "TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace fleet;
using namespace fleet::daemon;

namespace {

// A bound datagram socket standing in for systemd's notification socket.
class NotifySocket
{
public:
    explicit NotifySocket(const QString &path)
        : m_path(path.toLocal8Bit())
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, m_path.constData(), sizeof address.sun_path);
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~NotifySocket() { ::close(m_fd); }
    Q_DISABLE_COPY_MOVE(NotifySocket)
    bool isBound() const { return m_bound; }
    QByteArray receive()
    {
        char buffer[512];
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
        return n > 0 ? QByteArray(buffer, n) : QByteArray();
    }
    // The next datagram, waiting for it with the event loop running (the watchdog timer needs it).
    QByteArray next(int timeoutMs)
    {
        QByteArray got;
        if (!QTest::qWaitFor([&] { return !(got = receive()).isEmpty(); }, timeoutMs))
            return {};
        return got;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

class TestDaemon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLine_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("journal");
        QTest::addRow("info") << int(QtInfoMsg) << QStringLiteral("poll started")
                              << QStringLiteral("<6>fleet.daemon: poll started");
        QTest::addRow("warning") << int(QtWarningMsg) << QStringLiteral("x") << QStringLiteral("<4>fleet.daemon: x");
        QTest::addRow("critical") << int(QtCriticalMsg) << QStringLiteral("x") << QStringLiteral("<3>fleet.daemon: x");
        QTest::addRow("debug") << int(QtDebugMsg) << QStringLiteral("x") << QStringLiteral("<7>fleet.daemon: x");
        QTest::addRow("one entry per message")
            << int(QtInfoMsg) << QStringLiteral("a\nb") << QStringLiteral("<6>fleet.daemon: a | b");
    }
    void logLine()
    {
        QFETCH(int, type);
        QFETCH(QString, message);
        QFETCH(QString, journal);
        const auto t = QtMsgType(type);
        QCOMPARE(formatLogLine(LogStyle::Journal, t, "fleet.daemon", message), journal);
        const QString terminal = formatLogLine(LogStyle::Terminal, t, "fleet.daemon", message);
        QVERIFY2(terminal.endsWith(journal.section(QLatin1Char('>'), 1)), qPrintable(terminal));
        QVERIFY(!terminal.startsWith(QLatin1Char('<')));
    }

    void notifierSendsDatagrams()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notify"));
        NotifySocket socket(path);
        QVERIFY(socket.isBound());
        qputenv("NOTIFY_SOCKET", path.toLocal8Bit());
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", QByteArray::number(qint64(::getpid())));
        SystemdNotifier notifier;
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        QVERIFY(notifier.isEnabled());
        QCOMPARE(notifier.watchdogInterval().count(), 200000);
        QCOMPARE(notifier.ready(QStringLiteral("Running")), QString());
        QCOMPARE(socket.receive(), QByteArray("READY=1\nSTATUS=Running"));
        notifier.startWatchdog();
        QCOMPARE(socket.receive(), QByteArray("WATCHDOG=1"));
        // Fed again from the event loop at half the interval.
        QCOMPARE(socket.next(test::scaled(2000)), QByteArray("WATCHDOG=1"));
        while (!socket.receive().isEmpty()) {
            // feeds queued meanwhile; no timer fires until the event loop runs again
        }
        QCOMPARE(notifier.stopping(), QString());
        QCOMPARE(socket.receive(), QByteArray("STOPPING=1"));
    }

    void notifierOutsideSystemdIsSilent()
    {
        qunsetenv("NOTIFY_SOCKET");
        SystemdNotifier notifier;
        QVERIFY(!notifier.isEnabled());
        QCOMPARE(notifier.ready(QStringLiteral("x")), QString());
    }

    void watchdogForAnotherProcessIsIgnored()
    {
        qputenv("NOTIFY_SOCKET", "/nonexistent");
        qputenv("WATCHDOG_USEC", "200000");
        qputenv("WATCHDOG_PID", "1");
        SystemdNotifier notifier;
        qunsetenv("NOTIFY_SOCKET");
        qunsetenv("WATCHDOG_USEC");
        qunsetenv("WATCHDOG_PID");
        QCOMPARE(notifier.watchdogInterval().count(), 0);
        QVERIFY(!notifier.ready(QStringLiteral("x")).isEmpty()); // no such socket: said so
    }

    void oneDaemonPerProfile()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        AgentDaemon first(profile);
        QCOMPARE(first.claim(), AgentDaemon::Claim::Owned);
        AgentDaemon second(profile);
        QCOMPARE(second.claim(), AgentDaemon::Claim::AlreadyRunning);
        QVERIFY2(second.errorString().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.errorString()));
        QTemporaryDir other;
        AgentDaemon elsewhere{ProfileRoot(other.path())};
        QCOMPARE(elsewhere.claim(), AgentDaemon::Claim::Owned);
    }

    void lockOfACrashedDaemonIsTakenOver()
    {
        QTemporaryDir dir;
        const ProfileRoot profile(dir.path());
        // What a killed daemon leaves: a lock file naming a process that no longer exists.
        QFile lock(AgentDaemon::lockFilePath(profile));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nfleetkeeperd\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        AgentDaemon daemon(profile);
        QCOMPARE(daemon.claim(), AgentDaemon::Claim::Owned);
    }

    void refusesTheDesktopAppsProfile()
    {
        QTemporaryDir dir;
        SingleInstance app(dir.path());
        QCOMPARE(app.claim({}), SingleInstance::Role::Primary);
        AgentDaemon daemon{ProfileRoot(dir.path())};
        QCOMPARE(daemon.claim(), AgentDaemon::Claim::DesktopRunning);
        // and does not keep the lock it took to find out
        QVERIFY(!QFile::exists(AgentDaemon::lockFilePath(ProfileRoot(dir.path()))));
    }
};

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
