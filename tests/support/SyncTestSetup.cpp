#include "SyncTestSetup.h"

#include "../core/tst_storage_data.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QEventLoop>
#include <QSettings>
#include <QUrl>

namespace fleet::test {

void configureSync(const ProfileRoot &profile, const SyncTestConfig &config)
{
    QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    sync::SyncSettings s = sync::SyncSettings::load(ini);
    s.serverUrl = QUrl(config.url);
    s.caFile = config.caFile;
    s.pin = config.pin;
    s.clientCertFile = config.clientCertFile;
    s.clientKeyFile = config.clientKeyFile;
    s.proxyMode = sync::ProxyMode::None;
    s.securityMode = config.securityMode;
    s.timeoutSeconds = 10;
    if (const QString problem = s.save(ini); !problem.isEmpty())
        qFatal("cannot write the test's sync settings: %s", qPrintable(problem));
}

sync::RegistrationRequest testRegistration(const QString &site, const QString &agentName)
{
    sync::RegistrationRequest r;
    r.registrationKey = QStringLiteral("RK-TEST-0001");
    r.account = QStringLiteral("ACME Printing");
    r.site = site;
    r.contactEmail = QStringLiteral("print-admin@example.nl");
    r.agentName = agentName;
    return r;
}

QStringList registerArguments(const QString &serverUrl)
{
    const TestPki &pki = TestPki::instance();
    return {QStringLiteral("register"),
            QStringLiteral("--server"),
            serverUrl,
            QStringLiteral("--key"),
            QStringLiteral("RK-TEST-0001"),
            QStringLiteral("--account"),
            QStringLiteral("ACME"),
            QStringLiteral("--site"),
            QStringLiteral("HQ"),
            QStringLiteral("--email"),
            QStringLiteral("admin@example.nl"),
            QStringLiteral("--ca"),
            pki.caCertificate(),
            QStringLiteral("--pin"),
            pki.serverPin(),
            QStringLiteral("--client-cert"),
            pki.client().certificate,
            QStringLiteral("--client-key"),
            pki.client().key,
            QStringLiteral("--proxy"),
            QStringLiteral("none")};
}

SyncTestProfile::SyncTestProfile(int readings, int firstStep, int secondStep)
    : m_root(m_dir.path())
{
    if (readings <= 0)
        return;
    storage::Database db;
    if (const auto e = db.open(m_root.databasePath()))
        qFatal("cannot open the test database: %s", qPrintable(e.message));
    const QDateTime day = QDateTime::currentDateTimeUtc().addDays(-1);
    for (int h = 0; h < readings; ++h) {
        storage::SnapshotStore(db).storeBatch({storage::test::printer(
            QStringLiteral("10.20.30.41:161"), QStringLiteral("XRX0001"), {QStringLiteral("00:00:aa:bb:cc:01")},
            day.addSecs(h * 3600), 10000 + h * firstStep)});
        storage::SnapshotStore(db).storeBatch({storage::test::printer(
            QStringLiteral("[2001:db8::42]:161"), QStringLiteral("XRX0002"), {QStringLiteral("00:00:aa:bb:cc:02")},
            day.addSecs(h * 3600), 5000 + h * secondStep)});
    }
}

sync::SyncSettings SyncTestProfile::settings() const
{
    QSettings ini(m_root.settingsPath(), QSettings::IniFormat);
    return sync::SyncSettings::load(ini);
}

std::pair<sync::SyncError, sync::RegistrationResult> registerAgent(sync::SyncAgent &agent,
                                                                   const sync::RegistrationRequest &request)
{
    QEventLoop loop;
    std::pair<sync::SyncError, sync::RegistrationResult> out;
    agent.registerAgent({QStringLiteral("admin"), security::Role::Administrator}, request,
                        [&](const sync::SyncError &e, const sync::RegistrationResult &r) {
                            out = {e, r};
                            loop.quit();
                        });
    loop.exec();
    return out;
}

sync::SyncReport runSync(sync::SyncAgent &agent, const sync::SyncRunOptions &options)
{
    QEventLoop loop;
    sync::SyncReport report;
    agent.sync(options, [&](const sync::SyncReport &r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    return report;
}

} // namespace fleet::test
