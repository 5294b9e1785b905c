#pragma once
// What the sync tests share: a profile pointed at the test receiver (TLS through the test PKI, no
// proxy, a short timeout) and the registration form a person would fill in.

#include "TestPki.h"
#include "sync/SyncAgent.h"
#include "sync/SyncClient.h"
#include "sync/SyncSettings.h"
#include "util/ProfileRoot.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

// A profile in a temporary directory. With readings > 0 it holds two stored printers, XRX0001 at
// 10.20.30.41 and XRX0002 at [2001:db8::42], each with that many hourly readings from a day ago;
// their page counts start at 10000 and 5000 and rise by firstStep and secondStep a reading.
class SyncTestProfile
{
public:
    explicit SyncTestProfile(int readings = 0, int firstStep = 0, int secondStep = 0);
    Q_DISABLE_COPY_MOVE(SyncTestProfile)

    const ProfileRoot &root() const { return m_root; }
    QString dir() const { return m_dir.path(); }
    sync::SyncSettings settings() const; // as stored in the profile's settings file

private:
    QTemporaryDir m_dir;
    ProfileRoot m_root;
};

// The agent's registration (by an administrator) and sync, each waited for until it answers.
std::pair<sync::SyncError, sync::RegistrationResult> registerAgent(sync::SyncAgent &agent,
                                                                   const sync::RegistrationRequest &request);
sync::SyncReport runSync(sync::SyncAgent &agent, const sync::SyncRunOptions &options = {});

} // namespace fleet::test
