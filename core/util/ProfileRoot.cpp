#include "util/ProfileRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace fleet {

ProfileRoot::ProfileRoot(QString dir)
    : m_dir(QDir(dir).absolutePath())
{}

ProfileRoot ProfileRoot::resolve(const QString &commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return ProfileRoot(commandLineDir);
    const QString env = qEnvironmentVariable("FLEETKEEPER_PROFILE");
    if (!env.isEmpty())
        return ProfileRoot(env);
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return ProfileRoot(base + QStringLiteral("/fleetkeeper"));
}

bool ProfileRoot::ensureExists(QString *error) const
{
    QDir d;
    for (const QString &path : {m_dir, logDir()}) {
        if (!d.mkpath(path)) {
            if (error)
                *error = QCoreApplication::translate("fleet::ProfileRoot", "Cannot create the profile directory %1.")
                             .arg(path);
            return false;
        }
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return true;
}

QString ProfileRoot::databasePath() const
{
    return m_dir + QStringLiteral("/fleetkeeper.db");
}
QString ProfileRoot::settingsPath() const
{
    return m_dir + QStringLiteral("/fleetkeeper.ini");
}
QString ProfileRoot::secretsPath() const
{
    return m_dir + QStringLiteral("/secrets.json");
}
QString ProfileRoot::logDir() const
{
    return m_dir + QStringLiteral("/logs");
}

} // namespace fleet
