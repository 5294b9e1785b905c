// No secret outside the secret store: every kind of secret is set through the real CLI (credential
// profiles with a community and SNMPv3 passphrases, a write credential, the SMTP password, the
// client-key passphrase and proxy password at registration, the payload key the reference receiver
// hands out), then used with every diagnostic on (poll, reboot, sync, the daemon), and every byte
// the program left behind is searched: the database with its WAL, the ini, the log files, the
// profile directory (all but the encrypted store itself) and everything printed on stdout/stderr.

#include "CliRunner.h"
#include "ReceiverProcess.h"
#include "SnmpdAgent.h"
#include "SyncTestSetup.h"
#include "TestEnv.h"
#include "TestPki.h"
#include "tst_storage_data.h"

#include "storage/Database.h"
#include "storage/SecretStore.h"
#include "storage/SnapshotStore.h"
#include "sync/SyncSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using fleet::test::CliResult;
using fleet::test::CliRunner;
using fleet::test::ReceiverProcess;
using fleet::test::TestPki;

namespace {

const QString kReadCommunity = QStringLiteral("Leak-Read-Community-5a9f");
const QString kWriteCommunity = QStringLiteral("Leak-Write-Community-2d6e");
const QString kAuthPass = QStringLiteral("Leak-Auth-Pass-8c1e");
const QString kPrivPass = QStringLiteral("Leak-Priv-Pass-3b7d");
const QString kSmtpPass = QStringLiteral("Leak-Smtp-Pass-61fe");
const QString kKeyPass = QStringLiteral("Leak-Key-Pass-0c3a");
const QString kProxyPass = QStringLiteral("Leak-Proxy-Pass-93d2");
const QString kResetOid = QStringLiteral("1.3.6.1.2.1.43.5.1.1.3.1"); // prtGeneralReset.1

} // namespace

class TestSecretsLeak : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    test::SnmpdAgent m_agent;
    ReceiverProcess m_receiver;
    QList<CliResult> m_runs; // every run, the daemon's too: their output is searched
    QStringList m_secrets;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless, as a service or an ssh login: no session bus, so "auto" picks the encrypted file.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("FLEETKEEPER_SECRETS_BACKEND"));
        // Every diagnostic on: whatever a support case would turn on must not show a secret.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fleet.*=true"));
        return env;
    }

    CliResult cli(const QStringList &args, const QByteArray &input = {}, const QMap<QString, QString> &extraEnv = {})
    {
        CliRunner runner(m_profile.path());
        runner.environment() = environment();
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it)
            runner.environment().insert(it.key(), it.value());
        runner.setLeadingArguments({QStringLiteral("--verbose")});
        runner.setTimeout(120000);
        const CliResult r = runner.run(args, input);
        m_runs << r;
        return r;
    }

    // The forms a secret could leak in: as typed, and base64 (SMTP AUTH, HTTP Basic).
    static QList<QByteArray> forms(const QString &secret)
    {
        const QByteArray utf8 = secret.toUtf8();
        return {utf8, utf8.toBase64()};
    }

    QStringList leaksIn(const QByteArray &bytes) const
    {
        QStringList found;
        for (const QString &secret : m_secrets)
            for (const QByteArray &form : forms(secret))
                if (bytes.contains(form))
                    found << secret;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_profile.isValid());
        QVERIFY2(TestPki::instance().isValid(), qPrintable(TestPki::instance().error()));
        QVERIFY2(QFile::exists(test::binDir() + QStringLiteral("/fleetkeeper-cli")), "fleetkeeper-cli not built");
        m_agent.setExtraConfig({QStringLiteral("rocommunity %1 127.0.0.1").arg(kReadCommunity),
                                QStringLiteral("rwcommunity %1 127.0.0.1").arg(kWriteCommunity),
                                QStringLiteral("override -rw .%1 integer 3").arg(kResetOid)});
        QVERIFY2(m_agent.start({{QStringLiteral("leakuser"), QStringLiteral("SHA-256"), kAuthPass,
                                 QStringLiteral("AES"), kPrivPass}}),
                 qPrintable(m_agent.error()));
        QVERIFY2(m_receiver.start(), qPrintable(m_receiver.error()));
        m_secrets = {kReadCommunity, kWriteCommunity, kAuthPass, kPrivPass, kSmtpPass, kKeyPass, kProxyPass};
    }

    void cleanupTestCase()
    {
        m_receiver.stop();
        m_agent.stop();
    }

    void setEverySecretThroughTheCli()
    {
        CliResult r =
            cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("secure"),
                 QStringLiteral("--v3-user"), QStringLiteral("leakuser"), QStringLiteral("--v3-auth"),
                 QStringLiteral("SHA-256"), QStringLiteral("--v3-auth-pass"), kAuthPass, QStringLiteral("--v3-priv"),
                 QStringLiteral("AES-128"), QStringLiteral("--v3-priv-pass"), kPrivPass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("office"),
                 QStringLiteral("--community"), kReadCommunity});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("writer"),
                 QStringLiteral("--community"), kWriteCommunity});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"), QStringLiteral("tls"),
                 QStringLiteral("--user"), QStringLiteral("mailer"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--from"), QStringLiteral("fleet@example.invalid")},
                kSmtpPass.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        r = cli(test::registerArguments(m_receiver.baseUrl()) +
                    QStringList{QStringLiteral("--proxy-user"), QStringLiteral("proxyman")},
                {},
                {{QStringLiteral("FLEETKEEPER_CLIENT_KEY_PASSPHRASE"), kKeyPass},
                 {QStringLiteral("FLEETKEEPER_PROXY_PASSWORD"), kProxyPass}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + m_receiver.log()));

        // Everything is in the store (so the search below looks for strings that do exist), which
        // is the encrypted file here: no session bus.
        storage::SecretStore store(m_profile.filePath(QStringLiteral("secrets.json")));
        const storage::StorageError loaded = store.load();
        QVERIFY2(!loaded, qPrintable(loaded.message));
        QCOMPARE(store.backendName(), QStringLiteral("file"));
        const sync::SyncSecrets sync = sync::SyncSecrets::from(store);
        QCOMPARE(sync.clientKeyPassphrase, kKeyPass);
        QCOMPARE(sync.proxyPassword, kProxyPass);
        QCOMPARE(sync.payloadKey.size(), 64);
        m_secrets << sync.payloadKey;
        const QStringList stored = store.keys();
        for (const QString &secret : std::as_const(m_secrets)) {
            bool found = false;
            for (const QString &key : stored)
                found = found || store.value(key) == secret;
            QVERIFY2(found, qPrintable(secret));
        }
    }

    void useThemWithDiagnosticsOn()
    {
        // A stored device on the agent's address, so poll --all and reboot use the stored profiles.
        {
            storage::Database db;
            QVERIFY(!db.open(m_profile.filePath(QStringLiteral("fleetkeeper.db"))));
            QVERIFY(storage::SnapshotStore(db).storeBatch({storage::test::printer(
                m_agent.endpoint(), QStringLiteral("LEAK0001"), {}, QDateTime::currentDateTimeUtc().addSecs(-3600))}));
        }
        CliResult r = cli({QStringLiteral("poll"), QStringLiteral("--all"), QStringLiteral("--timeout"),
                           QStringLiteral("1000"), QStringLiteral("--retries"), QStringLiteral("0")});
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe())); // the diagnostics were on
        QVERIFY2(r.out.contains("LEAK0001") || r.out.contains(m_agent.endpoint().toUtf8()) ||
                     r.err.contains(m_agent.endpoint().toUtf8()),
                 qPrintable(r.describe()));
        r = cli({QStringLiteral("poll"), QStringLiteral("--cred"), QStringLiteral("secure"),
                 QStringLiteral("--timeout"), QStringLiteral("1000"), m_agent.endpoint()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("action"), QStringLiteral("reboot"), QStringLiteral("LEAK0001"),
                 QStringLiteral("--write-cred"), QStringLiteral("writer"), QStringLiteral("--timeout"),
                 QStringLiteral("2")});
        QVERIFY2(r.err.contains("reboot") || r.out.contains("reboot") || r.exitCode == 0, qPrintable(r.describe()));
        r = cli({QStringLiteral("sync"), QStringLiteral("--now")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe() + m_receiver.log()));
        r = cli({QStringLiteral("smtp"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

        // The daemon writes the profile's log file; it loads the profiles and the sync secrets.
        QProcess daemon;
        daemon.setProcessEnvironment(environment());
        daemon.start(test::binDir() + QStringLiteral("/fleetkeeperd"),
                     {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("--log-rules"),
                      QStringLiteral("fleet.*.debug=true"), QStringLiteral("--stop-grace"), QStringLiteral("2")});
        QVERIFY2(daemon.waitForStarted(test::scaled(5000)), qPrintable(daemon.errorString()));
        const QString logFile = m_profile.filePath(QStringLiteral("logs/fleetkeeperd.log"));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < test::scaled(8000) && daemon.state() == QProcess::Running) {
            QFile log(logFile);
            if (log.open(QIODevice::ReadOnly) && log.readAll().contains("fleet.snmp"))
                break;
            daemon.waitForFinished(200);
        }
        daemon.terminate();
        if (!daemon.waitForFinished(test::scaled(15000))) {
            daemon.kill();
            daemon.waitForFinished();
        }
        CliResult d;
        d.args = {QStringLiteral("fleetkeeperd")};
        d.out = daemon.readAllStandardOutput();
        d.err = daemon.readAllStandardError();
        m_runs << d;
        QVERIFY2(QFileInfo(logFile).size() > 0, qPrintable(QString::fromUtf8(d.err)));
    }

    void noSecretAnywhereElse()
    {
        QVERIFY(m_secrets.size() == 8);
        const storage::SecretStore store(m_profile.filePath(QStringLiteral("secrets.json")));
        const QString encrypted = QFileInfo(store.encryptedFilePath()).absoluteFilePath();
        QVERIFY(QFile::exists(encrypted));
        QVERIFY(!QFile::exists(store.filePath())); // no plain secrets file
        QStringList searched;
        QDirIterator it(m_profile.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            searched << QDir(m_profile.path()).relativeFilePath(path);
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = f.readAll();
            const QStringList found = leaksIn(bytes);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, found.join(u' '))));
        }
        // The files that matter were there to be searched.
        for (const QString &expected :
             {QStringLiteral("fleetkeeper.db"), QStringLiteral("fleetkeeper.ini"),
              QStringLiteral("logs/fleetkeeperd.log"), QStringLiteral("secrets.enc"), QStringLiteral("secrets.key")})
            QVERIFY2(searched.contains(expected), qPrintable(searched.join(u' ')));
        for (const CliResult &run : std::as_const(m_runs)) {
            const QStringList found = leaksIn(run.out + run.err);
            QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("output of %1 holds %2\n%3")
                                                     .arg(run.args.join(u' '), found.join(u' '), run.describe())));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretsLeak)
#include "tst_secrets_leak.moc"
