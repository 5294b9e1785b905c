#pragma once
// Secrets (SNMP communities, SNMPv3 passphrases) kept out of the database, in a JSON file
// readable by its owner only. The file is created with mode 0600 before anything is written
// to it, replaced atomically (QSaveFile) and refused on load when others may read it.
// Keys look like "profile/<name>/community". Values are never logged.

#include "storage/StorageError.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleet::storage {

class SecretStore final
{
public:
    explicit SecretStore(QString filePath)
        : m_path(std::move(filePath))
    {}

    const QString &filePath() const { return m_path; }

    // A missing file is an empty store. Refuses a file that group or others can access.
    StorageError load();
    StorageError save() const;

    std::optional<QString> value(const QString &key) const;
    void setValue(const QString &key, const QString &secret);
    bool remove(const QString &key);
    int removeWithPrefix(const QString &prefix);
    QStringList keys() const { return m_secrets.keys(); }

    static QString profileKey(const QString &profile, const QString &field);

private:
    QString m_path;
    QMap<QString, QString> m_secrets;
};

} // namespace fleet::storage
