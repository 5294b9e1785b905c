#pragma once
// One relocatable directory holds everything Fleetkeeper writes: settings, database, secrets, logs.
// Chosen by --profile DIR, else $FLEETKEEPER_PROFILE, else the user's data directory; tests and
// the demo fleet point it at their own directory so they never touch the user's files.

#include <QString>

namespace fleet {

class ProfileRoot
{
public:
    explicit ProfileRoot(QString dir);
    // commandLineDir wins over the environment, which wins over the platform default.
    static ProfileRoot resolve(const QString &commandLineDir = {});

    // Creates the directory tree (0700: it holds the secrets file) and reports why it could not.
    bool ensureExists(QString *error) const;
    QString dir() const { return m_dir; }
    QString databasePath() const;
    QString settingsPath() const;
    QString secretsPath() const;
    QString logDir() const;

private:
    QString m_dir;
};

} // namespace fleet
