// SecretStore (here its encrypted-file backend, owner-only) and CredentialRepository (profiles
// split between the database and the store): file mode, round trips, and that no secret reaches
// the database. The backends themselves: tst_secretstore_backends.

#include "TestCredentials.h"
#include "storage/CredentialRepository.h"
#include "storage/Database.h"
#include "tst_storage_data.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fleet;
using namespace fleet::storage;
using namespace fleet::storage::test;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

snmp::Credential v2c(const QString &name, const QString &community)
{
    return fleet::test::v2cCredential(name, community);
}

snmp::Credential v3(const QString &name)
{
    snmp::Credential c =
        fleet::test::v3AuthPrivCredential(name, QStringLiteral("fleetadmin"), QStringLiteral("Auth-Passphrase-7f3a91"),
                                          snmp::PrivProtocol::AES256C, QStringLiteral("Priv-Passphrase-c4e2b8"));
    c.contextName = QStringLiteral("printers");
    c.timeoutMs = 2500;
    c.retries = 3;
    c.maxRepetitions = 25;
    return c;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // The usual desktop umask, so that "0600" is the store's doing and not the environment's.
        ::umask(022);
        // The headless backend, also on a desktop whose keychain would otherwise be chosen.
        qputenv("FLEETKEEPER_SECRETS_BACKEND", "file");
    }

    void fileIsOwnerOnlyFromTheStart()
    {
        const QString file = path(QStringLiteral("sub/dir/secrets.json"));
        SecretStore store(file);
        store.setValue(SecretStore::profileKey(QStringLiteral("office"), QStringLiteral("community")),
                       QStringLiteral("c0mmunity-0ffice"));
        const StorageError error = store.save();
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(modeOf(store.encryptedFilePath()), 0600);
        QCOMPARE(modeOf(store.keyFilePath()), 0600);
        // Rewritten (a new temporary file replaces it): still 0600, no temporary left behind.
        store.setValue(QStringLiteral("profile/office/authPassword"), QStringLiteral("another-secret"));
        QVERIFY(!store.save());
        QCOMPARE(modeOf(store.encryptedFilePath()), 0600);
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("secrets.enc"), QStringLiteral("secrets.key")}));
    }

    void roundTrip()
    {
        const QString file = path(QStringLiteral("roundtrip.json"));
        SecretStore store(file);
        store.setValue(QStringLiteral("profile/a/community"), QStringLiteral("alpha"));
        store.setValue(QStringLiteral("profile/a/authPassword"), QStringLiteral("ünïcödé-pass"));
        store.setValue(QStringLiteral("profile/b/community"), QStringLiteral("beta"));
        store.setValue(QStringLiteral("smtp/password"), QStringLiteral("mail"));
        QVERIFY(!store.save());

        SecretStore loaded(file);
        QVERIFY(!loaded.load());
        QCOMPARE(loaded.keys().size(), 4);
        QCOMPARE(loaded.value(QStringLiteral("profile/a/authPassword")),
                 std::optional<QString>(QStringLiteral("ünïcödé-pass")));
        QVERIFY(!loaded.value(QStringLiteral("profile/c/community")).has_value());
        QCOMPARE(loaded.removeWithPrefix(QStringLiteral("profile/a/")), 2);
        QVERIFY(loaded.remove(QStringLiteral("smtp/password")));
        QVERIFY(!loaded.remove(QStringLiteral("smtp/password")));
        QCOMPARE(loaded.keys(), QStringList{QStringLiteral("profile/b/community")});

        SecretStore missing(path(QStringLiteral("does-not-exist.json")));
        QVERIFY(!missing.load());
        QVERIFY(missing.keys().isEmpty());
    }

    void readableByOthersIsRefused()
    {
        const QString file = path(QStringLiteral("wide.json"));
        SecretStore store(file);
        store.setValue(QStringLiteral("profile/x/community"), QStringLiteral("xxx"));
        QVERIFY(!store.save());
        QVERIFY(::chmod(QFile::encodeName(store.encryptedFilePath()).constData(), 0644) == 0);

        SecretStore loaded(file);
        const StorageError error = loaded.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(QStringLiteral("chmod 600")), qPrintable(error.message));
        QVERIFY(loaded.keys().isEmpty());
        // Saving tightens it again.
        QVERIFY(!store.save());
        QCOMPARE(modeOf(store.encryptedFilePath()), 0600);
        QVERIFY(!loaded.load());
        QCOMPARE(loaded.keys().size(), 1);
    }

    void malformedFileIsReportedAndKept()
    {
        const QString file = path(QStringLiteral("broken.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            f.write("{\"format\": 1, \"secrets\": ");
        }
        const QByteArray before = fileBytes(file);
        SecretStore store(file);
        const StorageError error = store.load();
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY2(error.message.contains(QStringLiteral("not valid")), qPrintable(error.message));
        QCOMPARE(fileBytes(file), before);
    }

    void profilesRoundTripWithoutSecretsInTheDatabase()
    {
        const QString dbFile = path(QStringLiteral("profiles.db"));
        const QString secretsFile = path(QStringLiteral("profiles-secrets.json"));
        const QString community = QStringLiteral("Sup3r-Secret-Community-91b2");
        const QList<snmp::Credential> profiles{v3(QStringLiteral("secure")), v2c(QStringLiteral("office"), community),
                                               v2c(QStringLiteral("fallback"), QStringLiteral("public"))};
        {
            Database db;
            QVERIFY(!db.open(dbFile));
            SecretStore secrets(secretsFile);
            QVERIFY(!secrets.load());
            const StorageError saved = CredentialRepository(db, secrets).save(profiles);
            QVERIFY2(!saved, qPrintable(saved.message));
            // While open, the write-ahead log holds the new pages: it must not carry secrets either.
            const QByteArray wal = fileBytes(dbFile + QStringLiteral("-wal"));
            for (const QString &secret : {community, profiles[0].authPassword, profiles[0].privPassword})
                QVERIFY2(!wal.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY(wal.contains("fleetadmin")); // the non-secret fields are there
        }
        const QByteArray dbBytes = fileBytes(dbFile);
        QVERIFY(dbBytes.contains("fleetadmin"));
        QVERIFY(dbBytes.contains("office"));
        const QString encrypted = SecretStore(secretsFile).encryptedFilePath();
        const QByteArray secretBytes = fileBytes(encrypted);
        QVERIFY(!secretBytes.isEmpty());
        for (const QString &secret : {community, profiles[0].authPassword, profiles[0].privPassword}) {
            QVERIFY2(!dbBytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!secretBytes.contains(secret.toUtf8()), qPrintable(secret)); // encrypted
        }
        QCOMPARE(modeOf(encrypted), 0600);

        Database db;
        QVERIFY(!db.open(dbFile));
        SecretStore secrets(secretsFile);
        QVERIFY(!secrets.load());
        const auto loaded = CredentialRepository(db, secrets).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 3);
        QCOMPARE(loaded->at(0).name, QStringLiteral("secure"));
        QCOMPARE(loaded->at(1).name, QStringLiteral("office"));
        QCOMPARE(loaded->at(2).name, QStringLiteral("fallback"));
        const snmp::Credential &s = loaded->at(0);
        QCOMPARE(s.version, snmp::Version::V3);
        QCOMPARE(s.user, QStringLiteral("fleetadmin"));
        QCOMPARE(s.level, snmp::SecurityLevel::AuthPriv);
        QCOMPARE(s.authProtocol, snmp::AuthProtocol::SHA256);
        QCOMPARE(s.privProtocol, snmp::PrivProtocol::AES256C);
        QCOMPARE(s.authPassword, profiles[0].authPassword);
        QCOMPARE(s.privPassword, profiles[0].privPassword);
        QCOMPARE(s.contextName, QStringLiteral("printers"));
        QCOMPARE(s.timeoutMs, 2500);
        QCOMPARE(s.retries, 3);
        QCOMPARE(s.maxRepetitions, 25);
        QCOMPARE(loaded->at(1).community, community);
        QCOMPARE(loaded->at(2).community, QStringLiteral("public"));
    }

    void reorderAndRemoveProfiles()
    {
        Database db;
        QVERIFY(!db.open(path(QStringLiteral("reorder.db"))));
        SecretStore secrets(path(QStringLiteral("reorder.json")));
        secrets.setValue(QStringLiteral("smtp/password"), QStringLiteral("unrelated"));
        CredentialRepository repo(db, secrets);
        QVERIFY(!repo.save({v2c(QStringLiteral("a"), QStringLiteral("ca")),
                            v2c(QStringLiteral("b"), QStringLiteral("cb")), v3(QStringLiteral("c"))}));
        QVERIFY(!repo.save(
            {v2c(QStringLiteral("b"), QStringLiteral("cb2")), v2c(QStringLiteral("a"), QStringLiteral("ca"))}));

        SecretStore reread(secrets.filePath());
        QVERIFY(!reread.load());
        QCOMPARE(reread.keys(), (QStringList{QStringLiteral("profile/a/community"),
                                             QStringLiteral("profile/b/community"), QStringLiteral("smtp/password")}));
        const auto loaded = CredentialRepository(db, reread).load();
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0).name, QStringLiteral("b"));
        QCOMPARE(loaded->at(0).community, QStringLiteral("cb2"));
        QCOMPARE(loaded->at(1).name, QStringLiteral("a"));
    }

    void invalidProfilesAreRejected_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addRow("empty name") << QStringList{QString()};
        QTest::addRow("blank name") << QStringList{QStringLiteral("  ")};
        QTest::addRow("slash in name") << QStringList{QStringLiteral("a/b")};
        QTest::addRow("duplicate") << QStringList{QStringLiteral("x"), QStringLiteral("x")};
    }

    void invalidProfilesAreRejected()
    {
        QFETCH(QStringList, names);
        Database db;
        QVERIFY(!db.open(path(QStringLiteral("invalid.db"))));
        SecretStore secrets(path(QStringLiteral("invalid.json")));
        CredentialRepository repo(db, secrets);
        QVERIFY(!repo.save({v2c(QStringLiteral("keep"), QStringLiteral("k"))}));
        QList<snmp::Credential> profiles;
        for (const QString &name : names)
            profiles << v2c(name, QStringLiteral("c"));
        QCOMPARE(repo.save(profiles).code, StorageErrorCode::InvalidArgument);
        QCOMPARE(repo.load()->size(), 1);
        QCOMPARE(repo.load()->constFirst().name, QStringLiteral("keep"));
    }

    void failedSecretsWriteLeavesProfilesUnchanged()
    {
        Database db;
        QVERIFY(!db.open(path(QStringLiteral("atomic.db"))));
        // The secrets file cannot be written: its path is a directory.
        QVERIFY(QDir().mkpath(path(QStringLiteral("atomic-secrets.enc"))));
        SecretStore secrets(path(QStringLiteral("atomic-secrets.json")));
        CredentialRepository repo(db, secrets);
        const StorageError error = repo.save({v2c(QStringLiteral("office"), QStringLiteral("c"))});
        QCOMPARE(error.code, StorageErrorCode::SecretsFile);
        QVERIFY(repo.load()->isEmpty());
        QVERIFY(!secrets.value(QStringLiteral("profile/office/community")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
