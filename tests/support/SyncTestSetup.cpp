#include "SyncTestSetup.h"

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

} // namespace fleet::test
