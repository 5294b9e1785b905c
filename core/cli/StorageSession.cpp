#include "cli/StorageSession.h"

#include "cli/CommonOptions.h"

#include <QCoreApplication>

namespace fleet::cli {

StorageSession::StorageSession(const ProfileRoot &profile)
    : m_profile(profile)
    , m_secrets(profile.secretsPath())
    , m_credentials(m_db, m_secrets)
{}

bool StorageSession::open()
{
    QString why;
    if (!m_profile.ensureExists(&why)) {
        printError(why);
        return false;
    }
    if (const auto e = m_db.open(m_profile.databasePath())) {
        printError(QCoreApplication::translate("fleet::cli", "Cannot open the database %1: %2")
                       .arg(m_profile.databasePath(), e.message));
        return false;
    }
    if (const auto e = m_secrets.load()) {
        printError(e.message);
        return false;
    }
    return true;
}

QList<snmp::Credential> StorageSession::storedProfiles()
{
    auto loaded = m_credentials.load();
    if (!loaded) {
        printError(loaded.error().message);
        return {};
    }
    return *loaded;
}

} // namespace fleet::cli
