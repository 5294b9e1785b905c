#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace fleet::storage {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::storage::StorageError", s);
}

// Primary SQLite result codes (sqlite3.h); QSQLITE puts the code in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteNotADb = 26;
} // namespace

QString storageErrorCodeName(StorageErrorCode code)
{
    switch (code) {
    case StorageErrorCode::None:
        return QStringLiteral("none");
    case StorageErrorCode::OpenFailed:
        return QStringLiteral("openFailed");
    case StorageErrorCode::NotADatabase:
        return QStringLiteral("notADatabase");
    case StorageErrorCode::TooNew:
        return QStringLiteral("tooNew");
    case StorageErrorCode::MigrationFailed:
        return QStringLiteral("migrationFailed");
    case StorageErrorCode::DiskFull:
        return QStringLiteral("diskFull");
    case StorageErrorCode::ReadOnly:
        return QStringLiteral("readOnly");
    case StorageErrorCode::Busy:
        return QStringLiteral("busy");
    case StorageErrorCode::Io:
        return QStringLiteral("io");
    case StorageErrorCode::Constraint:
        return QStringLiteral("constraint");
    case StorageErrorCode::QueryFailed:
        return QStringLiteral("queryFailed");
    case StorageErrorCode::InvalidArgument:
        return QStringLiteral("invalidArgument");
    case StorageErrorCode::SecretsFile:
        return QStringLiteral("secretsFile");
    }
    return {};
}

StorageError StorageError::fromSql(const QSqlError &error, const QString &context)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    StorageErrorCode code = StorageErrorCode::QueryFailed;
    QString what;
    switch (ok ? primary : -1) {
    case kSqliteFull:
        code = StorageErrorCode::DiskFull;
        what = tr("the disk is full or the database reached its size limit");
        break;
    case kSqliteReadOnly:
        code = StorageErrorCode::ReadOnly;
        what = tr("the database file or its folder is read-only");
        break;
    case kSqliteBusy:
    case kSqliteLocked:
        code = StorageErrorCode::Busy;
        what = tr("the database is locked by another process");
        break;
    case kSqliteIoErr:
        code = StorageErrorCode::Io;
        what = tr("reading or writing the database file failed (disk full or I/O error)");
        break;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        code = StorageErrorCode::NotADatabase;
        what = tr("the database file is damaged or not a database");
        break;
    case kSqliteCantOpen:
        code = StorageErrorCode::OpenFailed;
        what = tr("the database file cannot be opened");
        break;
    case kSqliteConstraint:
        code = StorageErrorCode::Constraint;
        what = tr("a database rule was violated");
        break;
    default:
        what = tr("database error");
        break;
    }
    return {code, tr("%1: %2 (%3)").arg(context, what, detail)};
}

} // namespace fleet::storage
