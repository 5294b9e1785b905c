#pragma once
// The plain JSON secrets file of earlier versions ({"format":1,"secrets":{…}}, mode 0600). It is
// only read, once, so that SecretStore can move its content into the configured backend, and
// then shredded: overwritten with zeros, flushed to disk and removed.
// Limit: on copy-on-write or journalling file systems and SSDs an overwrite does not reach every
// old copy of the blocks; it removes the plain text from the file system's view and from backups
// taken afterwards.

#include "storage/SecretBackend.h"

namespace fleet::storage {

class SecretLegacyBackend final
{
public:
    explicit SecretLegacyBackend(QString path)
        : m_path(std::move(path))
    {}

    const QString &path() const { return m_path; }
    bool exists() const;
    // Refuses a file that group or others may access, as earlier versions did.
    Result<SecretMap> read() const;
    StorageError shred() const;

private:
    QString m_path;
};

} // namespace fleet::storage
