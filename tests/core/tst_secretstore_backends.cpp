// SecretStore's backends: the encrypted file with its key file (round trip, missing/wrong/too open
// key, damaged file, migration of the old plain file), the choice from [secrets] backend, and the
// OS keychain through QtKeychain against a real Secret Service (gnome-keyring-daemon in a private
// dbus-run-session, with its own HOME so the user's keyring is never touched).

#include "TestEnv.h"
#include "storage/SecretFileBackend.h"
#include "storage/SecretKeychainBackend.h"
#include "storage/SecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using namespace fleet;
using namespace fleet::storage;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, int mode = 0600)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(bytes);
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

// Every secret kind the application stores, with values no other byte sequence could match.
const QMap<QString, QString> &sampleSecrets()
{
    static const QMap<QString, QString> secrets{
        {QStringLiteral("profile/office/community"), QStringLiteral("c0mm-Office-5e1f")},
        {QStringLiteral("profile/secure/authPassword"), QStringLiteral("Auth-Pass-77aa91")},
        {QStringLiteral("profile/secure/privPassword"), QStringLiteral("Priv-Pass-c4e2b8")},
        {QStringLiteral("sync/payloadKey"), QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0")},
        {QStringLiteral("sync/proxyPassword"), QStringLiteral("Pr0xy-Pw-1d2c")},
        {QStringLiteral("smtp/password"), QStringLiteral("ünïcödé-Smtp-Pw")},
    };
    return secrets;
}

SecretStoreOptions fileOptions()
{
    SecretStoreOptions o;
    o.backend = SecretBackendChoice::File;
    return o;
}

SecretStoreOptions keychainOptions()
{
    SecretStoreOptions o;
    o.backend = SecretBackendChoice::Keychain;
    return o;
}

void fill(SecretStore &store)
{
    const auto &secrets = sampleSecrets();
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        store.setValue(it.key(), it.value());
}

// Which of the sample secrets appear in these bytes (UTF-8).
QStringList leaked(const QByteArray &bytes)
{
    QStringList found;
    for (const QString &secret : sampleSecrets())
        if (bytes.contains(secret.toUtf8()))
            found << secret;
    return found;
}

QByteArray legacyJson(const QMap<QString, QString> &secrets)
{
    QByteArray json = "{\n  \"format\": 1,\n  \"secrets\": {";
    bool first = true;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        json += QStringLiteral("%1\n    \"%2\": \"%3\"")
                    .arg(first ? QString() : QStringLiteral(","), it.key(), it.value())
                    .toUtf8();
        first = false;
    }
    return json + "\n  }\n}\n";
}

// Runs this test program again (its TestKeychainBackend part) inside a real Secret Service: gnome-keyring-daemon
// (secrets component only, unlocked) on a private session bus from dbus-run-session, with its own HOME and runtime dir
// so the user's keyring is never touched. The child ends before the bus does: a program whose session bus closes is
// terminated (GDBus' exit-on-close), as a desktop program is at logout. Exit 77: the session could not start.
constexpr int kNoSession = 77;

int runInSecretServiceSession(const QStringList &childArgs, QByteArray *output)
{
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty()) {
        *output = "dbus-run-session, dbus-send or gnome-keyring-daemon is not installed "
                  "(installer/install-deps.sh installs dbus and gnome-keyring)";
        return kNoSession;
    }
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString runtime = dir.filePath(QStringLiteral("run"));
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    ::chmod(QFile::encodeName(runtime).constData(), 0700);
    // The session bus reads $XDG_DATA_HOME/dbus-1/services before the system's service files: this
    // one makes sure the bus never starts a keyring daemon of its own next to the one started below.
    const QString services = home + QStringLiteral("/.local/share/dbus-1/services");
    QDir().mkpath(services);
    if (QFile file(services + QStringLiteral("/org.freedesktop.secrets.service")); file.open(QIODevice::WriteOnly))
        file.write("[D-BUS Service]\nName=org.freedesktop.secrets\nExec=/bin/false\n");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY")); // no prompt window can appear
    env.remove(QStringLiteral("FLEETKEEPER_SECRETS_BACKEND"));
    env.insert(QStringLiteral("FLEET_TEST_IN_SECRET_SERVICE"), QStringLiteral("1"));
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::MergedChannels);
    session.setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so that stop-by-group below reaches the daemons and nothing else.
    session.setChildProcessModifier([] { ::setsid(); });
    const QString script =
        QStringLiteral(
            "printf 'fleet-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets "
            ">\"$XDG_RUNTIME_DIR/keyring.log\" 2>&1 &\n"
            "KPID=$!\n"
            // Asking org.freedesktop.secrets before our daemon owns the name would make the bus start
            // a second, locked keyring daemon (D-Bus activation), which then races ours. So: first wait
            // until the bus says our daemon owns the name (a question to the bus itself activates
            // nothing), then for the login collection, which exists a little after the name.
            "owner() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "
            "org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null "
            "| sed -n 's/.*uint32 //p'; }\n"
            "i=0; until [ \"$(owner)\" = \"$KPID\" ] && dbus-send --session --print-reply "
            "--dest=org.freedesktop.secrets "
            "/org/freedesktop/secrets org.freedesktop.DBus.Properties.Get "
            "string:org.freedesktop.Secret.Service string:Collections 2>/dev/null | grep -q collection/login; do\n"
            "  i=$((i+1)); if [ $i -gt %1 ]; then\n"
            "    echo 'the Secret Service never offered its login collection:'; cat \"$XDG_RUNTIME_DIR/keyring.log\"\n"
            "    kill $KPID 2>/dev/null; exit %2; fi\n"
            "  sleep 0.1\n"
            "done\n"
            "KEYRING_PID=$KPID \"$@\"; rc=$?\n"
            "kill $KPID 2>/dev/null; wait $KPID 2>/dev/null\n"
            "exit $rc\n")
            .arg(test::scaled(150))
            .arg(kNoSession);
    QStringList args{QStringLiteral("--"), QStringLiteral("sh"),
                     QStringLiteral("-c"), script,
                     QStringLiteral("sh"), QCoreApplication::applicationFilePath()};
    args += childArgs;
    session.start(QStringLiteral("dbus-run-session"), args);
    if (!session.waitForStarted(test::scaled(5000))) {
        *output = session.errorString().toUtf8();
        return kNoSession;
    }
    const pid_t group = pid_t(session.processId());
    const bool finished = session.waitForFinished(test::scaled(240000));
    ::kill(-group, SIGTERM); // whatever of the session is left (a hung daemon)
    if (!finished) {
        session.kill();
        session.waitForFinished();
    }
    *output = session.readAll();
    return session.exitStatus() == QProcess::NormalExit ? session.exitCode() : -1;
}

} // namespace

class TestSecretStoreBackends : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    // A fresh profile-like directory per test row.
    QString freshDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("p%1").arg(++m_next));
        QDir().mkpath(dir);
        return dir;
    }

    void noSessionBus()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::umask(022); // the usual desktop umask: 0600 must be the store's doing
        qunsetenv("FLEETKEEPER_SECRETS_BACKEND");
    }

    void init() { noSessionBus(); }

    // --- the encrypted file ---------------------------------------------------------------

    void fileRoundTrip()
    {
        const QString dir = freshDir();
        SecretStore store(dir + QStringLiteral("/secrets.json"), fileOptions());
        fill(store);
        const StorageError saved = store.save();
        QVERIFY2(!saved, qPrintable(saved.message));
        QCOMPARE(store.backendName(), QStringLiteral("file"));
        QCOMPARE(store.encryptedFilePath(), dir + QStringLiteral("/secrets.enc"));
        QCOMPARE(store.keyFilePath(), dir + QStringLiteral("/secrets.key"));
        QCOMPARE(modeOf(store.encryptedFilePath()), 0600);
        QCOMPARE(modeOf(store.keyFilePath()), 0600);
        QVERIFY(!QFile::exists(store.filePath())); // no plain file
        QCOMPARE(leaked(bytesOf(store.encryptedFilePath())), QStringList());
        QCOMPARE(leaked(bytesOf(store.keyFilePath())), QStringList());

        SecretStore loaded(store.filePath(), fileOptions());
        const StorageError error = loaded.load();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(loaded.keys(), sampleSecrets().keys());
        for (const QString &key : sampleSecrets().keys())
            QCOMPARE(loaded.value(key), std::optional<QString>(sampleSecrets().value(key)));

        // A second save re-encrypts with a new nonce under the same key.
        const QByteArray first = bytesOf(store.encryptedFilePath());
        const QByteArray key = bytesOf(store.keyFilePath());
        loaded.remove(QStringLiteral("smtp/password"));
        QVERIFY(!loaded.save());
        QVERIFY(bytesOf(store.encryptedFilePath()) != first);
        QCOMPARE(bytesOf(store.keyFilePath()), key);
        SecretStore again(store.filePath(), fileOptions());
        QVERIFY(!again.load());
        QCOMPARE(again.keys().size(), sampleSecrets().size() - 1);
        QCOMPARE(QDir(dir).entryList(QDir::Files),
                 (QStringList{QStringLiteral("secrets.enc"), QStringLiteral("secrets.key")}));

        SecretStore empty(dir + QStringLiteral("/nothing.json"), fileOptions());
        QVERIFY(!empty.load());
        QVERIFY(empty.keys().isEmpty());
    }

    void missingKeyFileIsReportedAndNothingIsLost()
    {
        SecretStore store(freshDir() + QStringLiteral("/secrets.json"), fileOptions());
        fill(store);
        QVERIFY(!store.save());
        const QByteArray sealed = bytesOf(store.encryptedFilePath());
        const QString keyBackup = store.keyFilePath() + QStringLiteral(".bak");
        QVERIFY(QFile::rename(store.keyFilePath(), keyBackup));

        SecretStore loaded(store.filePath(), fileOptions());
        const StorageError error = loaded.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(QStringLiteral("missing")) && error.message.contains(store.keyFilePath()),
                 qPrintable(error.message));
        QVERIFY(loaded.keys().isEmpty());
        // Saving now would make a new key and lose the old store: refused.
        loaded.setValue(QStringLiteral("profile/x/community"), QStringLiteral("x"));
        const StorageError saved = loaded.save();
        QCOMPARE(saved.code, StorageErrorCode::SecretsFile);
        QVERIFY2(saved.message.contains(QStringLiteral("not saved")), qPrintable(saved.message));
        QCOMPARE(bytesOf(store.encryptedFilePath()), sealed);
        QVERIFY(!QFile::exists(store.keyFilePath()));

        // The key restored: everything is there.
        QVERIFY(QFile::rename(keyBackup, store.keyFilePath()));
        SecretStore restored(store.filePath(), fileOptions());
        QVERIFY(!restored.load());
        QCOMPARE(restored.keys(), sampleSecrets().keys());
    }

    void wrongKeyFileIsReportedAndNothingIsLost()
    {
        SecretStore a(freshDir() + QStringLiteral("/secrets.json"), fileOptions());
        fill(a);
        QVERIFY(!a.save());
        SecretStore b(freshDir() + QStringLiteral("/secrets.json"), fileOptions());
        b.setValue(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!b.save());
        QVERIFY(bytesOf(a.keyFilePath()) != bytesOf(b.keyFilePath())); // a random key per store
        const QByteArray sealed = bytesOf(a.encryptedFilePath());
        const QByteArray rightKey = bytesOf(a.keyFilePath());
        QVERIFY(writeFile(a.keyFilePath(), bytesOf(b.keyFilePath())));

        SecretStore loaded(a.filePath(), fileOptions());
        const StorageError error = loaded.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(QStringLiteral("cannot be decrypted")), qPrintable(error.message));
        QVERIFY(loaded.save()); // refused, not overwritten
        QCOMPARE(bytesOf(a.encryptedFilePath()), sealed);

        QVERIFY(writeFile(a.keyFilePath(), rightKey));
        QVERIFY(!loaded.load());
        QCOMPARE(loaded.keys(), sampleSecrets().keys());
    }

    void tooOpenFilesAreRefused_data()
    {
        QTest::addColumn<bool>("keyFile"); // else the encrypted file
        QTest::addColumn<int>("mode");
        for (int mode : {0640, 0604, 0644, 0660, 0666})
            for (bool key : {true, false})
                QTest::addRow("%s %04o", key ? "key" : "encrypted", mode) << key << mode;
    }

    void tooOpenFilesAreRefused()
    {
        QFETCH(bool, keyFile);
        QFETCH(int, mode);
        SecretStore store(freshDir() + QStringLiteral("/secrets.json"), fileOptions());
        fill(store);
        QVERIFY(!store.save());
        const QString path = keyFile ? store.keyFilePath() : store.encryptedFilePath();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);

        SecretStore loaded(store.filePath(), fileOptions());
        const StorageError error = loaded.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(QStringLiteral("chmod 600 ") + path), qPrintable(error.message));
        QVERIFY(loaded.keys().isEmpty());
        if (keyFile) {
            // A key others could read is never used, not even to save.
            QVERIFY(store.save());
            QCOMPARE(modeOf(path), mode);
        } else {
            // Saving tightens the encrypted file again (as the plain file used to be).
            QVERIFY(!store.save());
            QCOMPARE(modeOf(path), 0600);
            QVERIFY(!loaded.load());
            QCOMPARE(loaded.keys(), sampleSecrets().keys());
        }
    }

    void damagedFileIsReportedAndNothingIsLost_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << QStringLiteral("truncate") << QStringLiteral("cannot be decrypted");
        QTest::addRow("one bit flipped") << QStringLiteral("flip") << QStringLiteral("cannot be decrypted");
        QTest::addRow("header only") << QStringLiteral("header") << QStringLiteral("not an encrypted");
        QTest::addRow("plain JSON") << QStringLiteral("json") << QStringLiteral("not an encrypted");
        QTest::addRow("empty") << QStringLiteral("empty") << QStringLiteral("not an encrypted");
        QTest::addRow("bad key file") << QStringLiteral("key") << QStringLiteral("not a Fleetkeeper key");
    }

    void damagedFileIsReportedAndNothingIsLost()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        SecretStore store(freshDir() + QStringLiteral("/secrets.json"), fileOptions());
        fill(store);
        QVERIFY(!store.save());
        const QByteArray good = bytesOf(store.encryptedFilePath());
        const QByteArray goodKey = bytesOf(store.keyFilePath());
        QByteArray bad = good;
        if (damage == u"truncate")
            bad.chop(5);
        else if (damage == u"flip")
            bad[bad.size() - 20] = char(bad.at(bad.size() - 20) ^ 0x01);
        else if (damage == u"header")
            bad = good.left(good.indexOf('\n') + 1);
        else if (damage == u"json")
            bad = legacyJson({{QStringLiteral("a"), QStringLiteral("b")}});
        else if (damage == u"empty")
            bad.clear();
        if (damage == u"key")
            QVERIFY(writeFile(store.keyFilePath(), "not hex at all\n"));
        else
            QVERIFY(writeFile(store.encryptedFilePath(), bad));
        const QByteArray before = bytesOf(store.encryptedFilePath());

        SecretStore loaded(store.filePath(), fileOptions());
        const StorageError error = loaded.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY(loaded.keys().isEmpty());
        loaded.setValue(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(loaded.save()); // the damaged store is not replaced
        QCOMPARE(bytesOf(store.encryptedFilePath()), before);

        // Restored from a backup: nothing was lost.
        QVERIFY(writeFile(store.encryptedFilePath(), good));
        QVERIFY(writeFile(store.keyFilePath(), goodKey));
        SecretStore restored(store.filePath(), fileOptions());
        QVERIFY(!restored.load());
        QCOMPARE(restored.keys(), sampleSecrets().keys());
    }

    void legacyPlainFileMovesIntoTheEncryptedFile()
    {
        const QString dir = freshDir();
        const QString plain = dir + QStringLiteral("/secrets.json");
        QVERIFY(writeFile(plain, legacyJson(sampleSecrets())));
        SecretStore store(plain, fileOptions());
        const StorageError error = store.load();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(store.keys(), sampleSecrets().keys());
        QCOMPARE(store.value(QStringLiteral("smtp/password")),
                 std::optional<QString>(QStringLiteral("ünïcödé-Smtp-Pw")));
        QVERIFY(!QFile::exists(plain));
        for (const QString &file : QDir(dir).entryList(QDir::Files))
            QVERIFY2(leaked(bytesOf(dir + u'/' + file)).isEmpty(), qPrintable(file));

        SecretStore reread(plain, fileOptions());
        QVERIFY(!reread.load());
        QCOMPARE(reread.keys(), sampleSecrets().keys());
    }

    void legacyMergeKeepsTheNewerValues()
    {
        // A plain file left behind next to an existing store (an interrupted move): the store's
        // values win, keys only the plain file has are kept.
        const QString plain = freshDir() + QStringLiteral("/secrets.json");
        SecretStore store(plain, fileOptions());
        store.setValue(QStringLiteral("smtp/password"), QStringLiteral("newer"));
        QVERIFY(!store.save());
        QVERIFY(writeFile(plain, legacyJson({{QStringLiteral("smtp/password"), QStringLiteral("older")},
                                             {QStringLiteral("sync/proxyPassword"), QStringLiteral("only-plain")}})));
        SecretStore merged(plain, fileOptions());
        QVERIFY(!merged.load());
        QCOMPARE(merged.value(QStringLiteral("smtp/password")), std::optional<QString>(QStringLiteral("newer")));
        QCOMPARE(merged.value(QStringLiteral("sync/proxyPassword")),
                 std::optional<QString>(QStringLiteral("only-plain")));
        QVERIFY(!QFile::exists(plain));
    }

    void legacyPlainFileThatIsBadIsKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addRow("readable by others") << legacyJson(sampleSecrets()) << 0644 << QStringLiteral("chmod 600");
        QTest::addRow("malformed") << QByteArray("{\"format\": 1, \"secrets\": ") << 0600
                                   << QStringLiteral("not valid");
    }

    void legacyPlainFileThatIsBadIsKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        const QString plain = freshDir() + QStringLiteral("/secrets.json");
        QVERIFY(writeFile(plain, content, mode));
        SecretStore store(plain, fileOptions());
        const StorageError error = store.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QCOMPARE(bytesOf(plain), content);
        QVERIFY(!QFile::exists(store.encryptedFilePath()));
    }

    void settingsChooseTheBackend_data()
    {
        QTest::addColumn<QString>("ini"); // [secrets] backend
        QTest::addColumn<QString>("env"); // FLEETKEEPER_SECRETS_BACKEND
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("error");
        QTest::addRow("no setting, no bus") << QString() << QString() << QStringLiteral("file") << QString();
        QTest::addRow("auto, no bus") << QStringLiteral("auto") << QString() << QStringLiteral("file") << QString();
        QTest::addRow("file") << QStringLiteral("file") << QString() << QStringLiteral("file") << QString();
        QTest::addRow("unknown name") << QStringLiteral("vault") << QString() << QStringLiteral("file") << QString();
        QTest::addRow("keychain, no bus")
            << QStringLiteral("keychain") << QString() << QString() << QStringLiteral("there is no session bus");
        QTest::addRow("environment wins")
            << QStringLiteral("keychain") << QStringLiteral("file") << QStringLiteral("file") << QString();
    }

    void settingsChooseTheBackend()
    {
        QFETCH(QString, ini);
        QFETCH(QString, env);
        QFETCH(QString, backend);
        QFETCH(QString, error);
        const QString dir = freshDir();
        if (!ini.isEmpty()) {
            QSettings settings(dir + QStringLiteral("/fleetkeeper.ini"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("secrets/backend"), ini);
        }
        if (!env.isEmpty())
            qputenv("FLEETKEEPER_SECRETS_BACKEND", env.toUtf8());
        SecretStore store(dir + QStringLiteral("/secrets.json"));
        qunsetenv("FLEETKEEPER_SECRETS_BACKEND");
        store.setValue(QStringLiteral("smtp/password"), QStringLiteral("chosen"));
        QElapsedTimer clock;
        clock.start();
        const StorageError saved = store.save();
        QVERIFY(clock.elapsed() < 5000); // without a bus the answer is immediate, never a hang
        if (error.isEmpty()) {
            QVERIFY2(!saved, qPrintable(saved.message));
            QCOMPARE(store.backendName(), backend);
        } else {
            QCOMPARE(saved.code, StorageErrorCode::SecretsFile);
            QVERIFY2(saved.message.contains(error) && saved.message.contains(QStringLiteral("keychain")),
                     qPrintable(saved.message));
            QVERIFY(QDir(dir).entryList({QStringLiteral("secrets.*")}, QDir::Files).isEmpty());
        }
    }

    void keyFileSettingMovesTheKey()
    {
        const QString dir = freshDir();
        const QString keyDir = freshDir();
        {
            QSettings settings(dir + QStringLiteral("/fleetkeeper.ini"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("secrets/backend"), QStringLiteral("file"));
            settings.setValue(QStringLiteral("secrets/keyFile"), QString(keyDir + QStringLiteral("/fleet.key")));
        }
        SecretStore store(dir + QStringLiteral("/secrets.json"));
        fill(store);
        QVERIFY(!store.save());
        QCOMPARE(modeOf(keyDir + QStringLiteral("/fleet.key")), 0600);
        QCOMPARE(QDir(dir).entryList(QDir::Files),
                 (QStringList{QStringLiteral("fleetkeeper.ini"), QStringLiteral("secrets.enc")}));
        SecretStore reread(dir + QStringLiteral("/secrets.json"));
        QVERIFY(!reread.load());
        QCOMPARE(reread.keys(), sampleSecrets().keys());
    }

    // --- the OS keychain: the TestKeychainBackend part, inside a real Secret Service ------------

    void keychainUnderARealSecretService()
    {
        QByteArray output;
        const int exitCode = runInSecretServiceSession({QStringLiteral("-o"), QStringLiteral("-,txt")}, &output);
        if (exitCode == kNoSession)
            QSKIP(qPrintable(QStringLiteral("no Secret Service could be started: ") + QString::fromUtf8(output)));
        QVERIFY2(exitCode == 0, output.constData());
        // The child really ran the keychain tests and they passed.
        QVERIFY2(output.contains("PASS   : TestKeychainBackend::keychainRoundTrip()"), output.constData());
        QVERIFY2(output.contains(" 0 failed, 0 skipped"), output.constData());
    }
};

// Runs only inside runInSecretServiceSession(): the session bus of this process has a real
// Secret Service with an unlocked login collection.
class TestKeychainBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QByteArray m_bus;

    QString freshDir()
    {
        const QString dir = m_dir.filePath(QStringLiteral("k%1").arg(++m_next));
        QDir().mkpath(dir);
        return dir;
    }

    void noSessionBus()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    QString keyringDir() const { return qEnvironmentVariable("XDG_DATA_HOME") + QStringLiteral("/keyrings"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(!m_bus.isEmpty());
    }

    void init() { qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus); }

    void keychainRoundTrip()
    {
        const QString dir = freshDir();
        SecretStore store(dir + QStringLiteral("/secrets.json"), keychainOptions());
        fill(store);
        const StorageError saved = store.save();
        QVERIFY2(!saved, qPrintable(saved.message));
        QCOMPARE(store.backendName(), QStringLiteral("keychain"));
        // No secret file at all in the profile; the marker says where they are and holds none.
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("secrets.keychain")});
        QCOMPARE(leaked(bytesOf(store.keychainMarkerPath())), QStringList());

        SecretStore loaded(store.filePath(), keychainOptions());
        const StorageError error = loaded.load();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(loaded.keys(), sampleSecrets().keys());
        for (const QString &key : sampleSecrets().keys())
            QCOMPARE(loaded.value(key), std::optional<QString>(sampleSecrets().value(key)));

        // Another profile has its own entry.
        SecretStore other(freshDir() + QStringLiteral("/secrets.json"), keychainOptions());
        QVERIFY(!other.load());
        QVERIFY(other.keys().isEmpty());

        // The keyring itself is encrypted by the daemon: no secret in its files either.
        const QString keyrings = keyringDir();
        for (const QString &file : QDir(keyrings).entryList(QDir::Files))
            QVERIFY2(leaked(bytesOf(keyrings + u'/' + file)).isEmpty(), qPrintable(file));

        // Removing a value and saving replaces the entry.
        loaded.removeWithPrefix(QStringLiteral("profile/"));
        QVERIFY(!loaded.save());
        SecretStore after(store.filePath(), keychainOptions());
        QVERIFY(!after.load());
        QCOMPARE(after.keys(), (QStringList{QStringLiteral("smtp/password"), QStringLiteral("sync/payloadKey"),
                                            QStringLiteral("sync/proxyPassword")}));
        const SecretKeychainBackend entry(store.filePath());
        QVERIFY(!entry.erase());
        QVERIFY(!entry.erase()); // nothing left: still fine
        QVERIFY(!entry.read()->has_value());
    }

    void keychainFromAWorkerThread()
    {
        // The dialogs and the sync agent use the store on worker threads.
        const QString path = freshDir() + QStringLiteral("/secrets.json");
        StorageError saved{StorageErrorCode::SecretsFile, QStringLiteral("not run")};
        StorageError loadedError{StorageErrorCode::SecretsFile, QStringLiteral("not run")};
        QStringList keys;
        QThread *thread = QThread::create([&] {
            SecretStore store(path, keychainOptions());
            fill(store);
            saved = store.save();
            SecretStore loaded(path, keychainOptions());
            loadedError = loaded.load();
            keys = loaded.keys();
        });
        thread->start();
        QVERIFY(thread->wait(test::scaled(60000)));
        delete thread;
        QVERIFY2(!saved, qPrintable(saved.message));
        QVERIFY2(!loadedError, qPrintable(loadedError.message));
        QCOMPARE(keys, sampleSecrets().keys());
    }

    void autoUsesTheKeychainAndSticksToIt()
    {
        const QString dir = freshDir();
        const QString plain = dir + QStringLiteral("/secrets.json");
        QVERIFY(writeFile(plain, legacyJson(sampleSecrets())));
        SecretStore store(plain); // no ini: auto
        const StorageError error = store.load();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(store.backendName(), QStringLiteral("keychain"));
        QCOMPARE(store.keys(), sampleSecrets().keys());
        QVERIFY(!QFile::exists(plain)); // moved into the keychain and removed
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("secrets.keychain")});

        // Later, without a session bus (an ssh login, a system service): a clear error instead of
        // an empty store or a second store in a file.
        const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        noSessionBus();
        SecretStore headless(plain);
        const StorageError refused = headless.load();
        headless.setValue(QStringLiteral("smtp/password"), QStringLiteral("changed headless"));
        const StorageError notSaved = headless.save();
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QCOMPARE(refused.code, StorageErrorCode::SecretsFile);
        QVERIFY2(refused.message.contains(QStringLiteral("desktop keychain")), qPrintable(refused.message));
        QCOMPARE(notSaved.code, StorageErrorCode::SecretsFile);
        QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("secrets.keychain")});

        // An encrypted file already in use keeps being used under auto.
        const QString fileDir = freshDir();
        SecretStore inFile(fileDir + QStringLiteral("/secrets.json"), fileOptions());
        fill(inFile);
        QVERIFY(!inFile.save());
        SecretStore autoStore(fileDir + QStringLiteral("/secrets.json"));
        QVERIFY(!autoStore.load());
        QCOMPARE(autoStore.backendName(), QStringLiteral("file"));
        QCOMPARE(autoStore.keys(), sampleSecrets().keys());
    }

    void keychainWithoutSecretServiceFailsFast()
    {
        // A session bus on which nothing provides org.freedesktop.secrets.
        QString why;
        QVERIFY(SecretKeychainBackend::serviceReachable(&why));
        noSessionBus();
        QVERIFY(!SecretKeychainBackend::serviceReachable(&why));
        QVERIFY2(why.contains(QStringLiteral("session bus")), qPrintable(why));
    }

    void aKeychainThatDoesNotAnswerTimesOut()
    {
        // The daemon frozen (SIGSTOP): the call gives up at its deadline with a readable error,
        // and the keychain works again once the daemon runs.
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("KEYRING_PID"));
        QVERIFY(daemon > 0);
        const QString path = freshDir() + QStringLiteral("/secrets.json");
        const SecretKeychainBackend slow(path, std::chrono::milliseconds(test::scaled(1500)));
        QVERIFY(::kill(daemon, SIGSTOP) == 0);
        QElapsedTimer clock;
        clock.start();
        const auto read = slow.read();
        const qint64 waited = clock.elapsed();
        QVERIFY(::kill(daemon, SIGCONT) == 0);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(QStringLiteral("did not answer")), qPrintable(read.error().message));
        QVERIFY2(waited >= test::scaled(1400) && waited < test::scaled(10000), qPrintable(QString::number(waited)));
        SecretStore store(path, keychainOptions());
        store.setValue(QStringLiteral("smtp/password"), QStringLiteral("after the thaw"));
        const StorageError saved = store.save();
        QVERIFY2(!saved, qPrintable(saved.message));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (qEnvironmentVariableIsSet("FLEET_TEST_IN_SECRET_SERVICE")) {
        TestKeychainBackend keychain;
        return QTest::qExec(&keychain, argc, argv);
    }
    TestSecretStoreBackends tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_secretstore_backends.moc"
