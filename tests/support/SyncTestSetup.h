#pragma once
// What the sync tests share: a profile pointed at the test receiver (TLS through the test PKI, no
// proxy, a short timeout) and the registration form a person would fill in.

#include "TestPki.h"
#include "sync/SyncClient.h"
#include "sync/SyncSettings.h"
#include "util/ProfileRoot.h"

#include <QString>
#include <QStringList>

namespace fleet::test {

struct SyncTestConfig
{
    QString url;
    QString caFile = TestPki::instance().caCertificate();
    QString pin = TestPki::instance().serverPin(); // empty: no pinning
    QString clientCertFile = TestPki::instance().client().certificate;
    QString clientKeyFile = TestPki::instance().client().key;
    sync::SecurityMode securityMode = sync::SecurityMode::Normal;
};

// Writes the remote-services settings of the profile; other settings there are kept.
void configureSync(const ProfileRoot &profile, const SyncTestConfig &config);

// The registration a site's administrator would send with the test receiver's key.
sync::RegistrationRequest testRegistration(const QString &site = QStringLiteral("Utrecht HQ"),
                                           const QString &agentName = QStringLiteral("fleetkeeper test"));

// `fleetkeeper-cli register` with that form and the test PKI, no proxy, against serverUrl; callers
// append what their case adds (--mode, --proxy-user, ...).
QStringList registerArguments(const QString &serverUrl);

} // namespace fleet::test
