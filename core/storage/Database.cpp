#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>

#include <map>

#include <sys/stat.h>

namespace fleet::storage {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::storage::Database)
};

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fleet-storage-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1) + 1);
}

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: the first 16 bytes of every database
constexpr qint64 kSqliteHeaderSize = 100;

// Checks the raw bytes before SQLite sees the file, so garbage is refused and never "repaired".
StorageError checkHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile())
        return {StorageErrorCode::OpenFailed, Tr::tr("%1 is not a regular file.").arg(path)};
    if (info.size() == 0)
        return {}; // an empty file is a new database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {StorageErrorCode::OpenFailed, Tr::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.read(16);
    if (info.size() < kSqliteHeaderSize || head != QByteArray(kSqliteMagic, sizeof kSqliteMagic))
        return {
            StorageErrorCode::NotADatabase,
            Tr::tr("%1 is not an SQLite database (damaged or another kind of file); it was left untouched.").arg(path)};
    return {};
}
// POSIX advisory locks belong to a process and a file, not to a descriptor: closing ANY descriptor
// of the database file drops every lock this process's SQLite connections hold on it (SQLite's
// "How To Corrupt An SQLite Database File", 2.2). Another process may then take the file for
// unused and checkpoint and delete the WAL under our live connections. So checkHeader() opens the
// file only while this process has no connection to it; later opens rely on the first check.
// Files are told apart by device and inode, so two paths to one file count as one.
using FileId = std::pair<quint64, quint64>;

std::optional<FileId> fileIdOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
}

class ProcessConnections final
{
public:
    static ProcessConnections &instance()
    {
        static ProcessConnections connections;
        return connections;
    }
    // Held from the header check until the new connection is counted.
    QMutex &mutex() { return m_mutex; }
    bool has(const FileId &file) const { return m_counts.count(file) > 0; }
    void add(const FileId &file) { ++m_counts[file]; }
    void remove(const FileId &file)
    {
        const auto it = m_counts.find(file);
        if (it != m_counts.end() && --it->second == 0)
            m_counts.erase(it);
    }

private:
    QMutex m_mutex;
    std::map<FileId, int> m_counts;
};

} // namespace

int Database::latestSchemaVersion()
{
    return migrationSteps().constLast().version;
}

Database::Database(const QString &purpose)
    : m_connectionName(uniqueConnectionName(purpose))
{}

Database::~Database()
{
    close();
}

StorageError Database::open(const QString &path, const OpenOptions &options)
{
    close();
    m_path = path;
    ProcessConnections &connections = ProcessConnections::instance();
    QMutexLocker counting(&connections.mutex());
    if (const auto file = fileIdOf(path); !file || !connections.has(*file)) {
        if (auto error = checkHeader(path))
            return error;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return {StorageErrorCode::OpenFailed, Tr::tr("Cannot create the folder %1.").arg(info.absolutePath())};

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!m_db.open()) {
        auto error = StorageError::fromSql(m_db.lastError(), Tr::tr("Opening %1").arg(path));
        counting.unlock();
        close();
        return error;
    }
    // SQLite has the file open (it takes no lock before the first statement): counted from now on.
    m_file = fileIdOf(path);
    if (m_file)
        connections.add(*m_file);
    counting.unlock();
    // Limit: one process at a time sets a new file up. Within a process a lock serialises it, because
    // SQLite answers "busy" without waiting to a second connection switching the same new file to WAL;
    // two processes creating one file at the same instant (a daemon and the desktop app, later) may
    // still see that and report it.
    static QMutex setupLock;
    QMutexLocker setup(&setupLock);
    if (auto error = inspectAndMigrate(options)) {
        close();
        return error;
    }
    setup.unlock();
    qCInfo(lcStorage) << "opened" << path << "schema version" << m_schemaVersion << "connection" << m_connectionName;
    return {};
}

StorageError Database::inspectAndMigrate(const OpenOptions &options)
{
    // Read-only inspection first: nothing is written before we know the file is ours and not
    // newer than this code (even switching to WAL rewrites the header).
    auto tables =
        scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!tables) {
        return {
            StorageErrorCode::NotADatabase,
            Tr::tr("%1 cannot be read as a database; it was left untouched. %2").arg(m_path, tables.error().message)};
    }
    auto version = scalar(QStringLiteral("PRAGMA user_version"));
    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!version || !appId)
        return !version ? version.error() : appId.error();
    const int current = version->toInt();
    const int app = appId->toInt();
    if (app != 0 && app != kApplicationId)
        return {StorageErrorCode::NotADatabase,
                Tr::tr("%1 belongs to another application; it was left untouched.").arg(m_path)};
    if (current == 0 && tables->toInt() > 0)
        return {StorageErrorCode::NotADatabase,
                Tr::tr("%1 is another application's database (it has tables but no Fleetkeeper schema version); "
                       "it was left untouched.")
                    .arg(m_path)};
    const int latest = latestSchemaVersion();
    if (current > latest)
        return {StorageErrorCode::TooNew,
                Tr::tr("%1 was written by a newer Fleetkeeper (schema version %2; this version knows up to %3). "
                       "It was left untouched; update Fleetkeeper to open it.")
                    .arg(m_path)
                    .arg(current)
                    .arg(latest)};

    if (auto error = exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return error;
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "journal mode is" << mode->toString() << "instead of WAL for" << m_path;
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
    // last transactions, never corrupt the file.
    if (auto error = exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return error;

    const int target = options.schemaVersion > 0 ? qMin(options.schemaVersion, latest) : latest;
    m_schemaVersion = current;
    if (current < target)
        return migrate(current, target);
    return {};
}

StorageError Database::migrate(int from, int to)
{
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= from || step.version > to)
            continue;
        qCInfo(lcStorage) << (from == 0 ? "creating" : "upgrading") << m_path << "schema step" << step.version
                          << step.description;
        Transaction tx(*this);
        StorageError error = tx.begin();
        // Another connection (another thread or process opening the same new file) may have applied
        // this step while we waited for the write lock: read the version again under the lock.
        if (!error) {
            auto now = scalar(QStringLiteral("PRAGMA user_version"));
            if (!now)
                error = now.error();
            else if (now->toInt() >= step.version) {
                tx.commit();
                m_schemaVersion = now->toInt();
                continue;
            }
        }
        for (const QString &statement : step.statements) {
            if (error)
                break;
            error = exec(statement);
        }
        if (!error)
            error = exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        if (!error)
            error = tx.commit();
        if (error) {
            return {StorageErrorCode::MigrationFailed,
                    Tr::tr("Upgrading %1 to schema version %2 failed and was undone; the database stays at version %3. "
                           "%4")
                        .arg(m_path)
                        .arg(step.version)
                        .arg(m_schemaVersion)
                        .arg(error.message)};
        }
        m_schemaVersion = step.version;
    }
    return {};
}

void Database::close()
{
    if (m_inTransaction)
        rollback();
    resetStatements();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_file) {
        ProcessConnections &connections = ProcessConnections::instance();
        const QMutexLocker counting(&connections.mutex());
        connections.remove(*m_file);
        m_file.reset();
    }
    m_schemaVersion = 0;
}

void Database::resetStatements()
{
    m_statements.clear();
}

Result<QSqlQuery *> Database::run(const QString &sql, const QVariantList &values)
{
    if (!m_db.isOpen())
        return StorageError{StorageErrorCode::OpenFailed, Tr::tr("The database is not open.")};
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            qCWarning(lcStorage) << "prepare failed:" << query.lastError().text() << "SQL:" << sql.left(200);
            return StorageError::fromSql(query.lastError(), Tr::tr("Preparing a database query"));
        }
        it = m_statements.insert(sql, query);
    }
    QSqlQuery &query = *it;
    query.finish();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // QSQLITE binds a null QString as NULL; text columns are NOT NULL, so a null string
        // means "empty". SQL NULL is asked for with an invalid QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
        else
            query.bindValue(int(i), v);
    }
    if (!query.exec()) {
        qCWarning(lcStorage) << "query failed:" << query.lastError().text() << "SQL:" << sql.left(200);
        return StorageError::fromSql(query.lastError(), Tr::tr("Database query"));
    }
    return &query;
}

StorageError Database::exec(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    const qint64 id = (*query)->lastInsertId().toLongLong();
    (*query)->finish();
    return id;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    auto query = run(sql, values);
    if (!query)
        return query.error();
    QSqlQuery *q = *query;
    QVariant value = q->next() ? q->value(0) : QVariant();
    if (q->lastError().isValid())
        return StorageError::fromSql(q->lastError(), Tr::tr("Database query"));
    q->finish();
    return value;
}

StorageError Database::begin()
{
    if (auto error = exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error;
    m_inTransaction = true;
    return {};
}

StorageError Database::commit()
{
    // Statements still stepping would keep read locks; finish them before COMMIT.
    for (QSqlQuery &query : m_statements)
        query.finish();
    if (auto error = exec(QStringLiteral("COMMIT")))
        return error;
    m_inTransaction = false;
    ++m_commits;
    return {};
}

void Database::rollback()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
    // After some errors (SQLITE_FULL, IOERR) SQLite has already rolled back; ROLLBACK then
    // reports "no transaction is active", which is fine.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

StorageError Transaction::begin()
{
    auto error = m_db.begin();
    m_active = !error;
    return error;
}

StorageError Transaction::commit()
{
    auto error = m_db.commit();
    if (!error)
        m_active = false;
    return error;
}

} // namespace fleet::storage
