#pragma once
// One SQLite connection of one thread: opening (header check, WAL, foreign keys, busy
// timeout), the schema migrations, a per-connection cache of prepared statements and
// transactions. Every thread that touches the database owns its own Database; Qt SQL
// connections must not cross threads, so each instance gets a unique connection name.

#include "storage/StorageError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace fleet::storage {

struct OpenOptions
{
    // Schema version to migrate to; 0 = the latest this code knows. Tests and tools stop at an
    // older version to build databases "as an earlier release wrote them".
    int schemaVersion = 0;
    int busyTimeoutMs = 5000;
};

class Database final
{
public:
    // purpose names the connection in logs ("worker", "cli"...); a counter keeps names unique.
    explicit Database(const QString &purpose = QStringLiteral("db"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens or creates the file and upgrades it. Refuses, without writing a byte, a file that is
    // not an SQLite database, belongs to another application or was written by a newer version.
    StorageError open(const QString &path, const OpenOptions &options = {});
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    const QString &path() const { return m_path; }
    const QString &connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    // Prepares sql once per connection, binds values by position and runs it. The returned
    // query stays valid (for reading rows) until the next run() of the same sql. An invalid
    // QVariant() binds NULL; a null QString binds '' (text columns are NOT NULL).
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values = {});
    // run() for statements whose rows do not matter.
    StorageError exec(const QString &sql, const QVariantList &values = {});
    // run() of an INSERT, returning the new rowid.
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    // First column of the first row; a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    // BEGIN IMMEDIATE: takes the write lock up front so a transaction never fails half-way on
    // a lock upgrade.
    StorageError begin();
    StorageError commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }
    // Transactions committed on this connection (tests check that a batch is one transaction).
    quint64 commitCount() const { return m_commits; }

    QSqlDatabase connection() const { return m_db; }

private:
    StorageError inspectAndMigrate(const OpenOptions &options);
    StorageError migrate(int from, int to);
    void resetStatements();

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    quint64 m_commits = 0;
    // The database file (device, inode) while this connection is counted among the process's
    // connections to it (see checkHeader in the .cpp).
    std::optional<std::pair<quint64, quint64>> m_file;
};

// Rolls back on scope exit unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {}
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    StorageError begin();
    StorageError commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace fleet::storage
