#pragma once
// The security audit log: every action and every security-relevant change (who, when, what,
// which device, parameters, result), append-only and hash-chained. Each row's hash is SHA-256 over
// its canonical fields and the previous row's hash, so verify() notices a row that was changed,
// deleted or moved even when someone edits the database file directly (the triggers that refuse
// UPDATE and DELETE only stop honest mistakes).
//
// Limit: someone who can write the file can also rewrite the chain from some row to the end with
// fresh hashes. verify() then finds nothing unless it is given an anchor (a seq and hash noted
// somewhere else earlier, as `audit verify` prints it).

#include "security/Permissions.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>

#include <functional>
#include <optional>

namespace fleet::security {

// Results of an audited action.
inline constexpr QLatin1String kAuditOk{"ok"};
inline constexpr QLatin1String kAuditDenied{"denied"};
inline constexpr QLatin1String kAuditFailed{"failed"};

struct AuditEntry
{
    AuditEntry(Actor actor_, QString action_, std::optional<qint64> deviceId_ = std::nullopt,
               QJsonObject parameters_ = {}, QString result_ = kAuditOk, QString message_ = {})
        : actor(std::move(actor_))
        , action(std::move(action_))
        , deviceId(deviceId_)
        , parameters(std::move(parameters_))
        , result(std::move(result_))
        , message(std::move(message_))
    {}

    Actor actor;
    QString action; // "user.create", "alerts.acknowledge", ...
    std::optional<qint64> deviceId;
    QJsonObject parameters;
    QString result;
    QString message; // why it was denied or failed; empty when ok
};

struct AuditRecord
{
    qint64 seq = 0;
    QDateTime at;
    QString actor;
    QString role;
    QString action;
    std::optional<qint64> deviceId;
    QString parameters; // compact JSON as stored (the hash covers these exact bytes)
    QString result;
    QString message;
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
};

enum class AuditBreak : quint8 {
    None,
    Changed,   // the row's contents no longer match its hash
    Deleted,   // a gap in the sequence, or rows missing at the start or the end
    Reordered, // the row is intact but does not follow the row before it
    Anchor,    // the row named by the anchor is missing or has another hash
};
QString auditBreakName(AuditBreak kind); // "changed", "deleted", "reordered", "anchor"

struct AuditVerification
{
    qint64 rows = 0;
    AuditBreak kind = AuditBreak::None;
    qint64 firstBrokenSeq = 0; // the first row that fails (for a deletion: the first missing seq)
    QString reason;
    qint64 headSeq = 0; // the newest row: note it elsewhere to detect a rewritten chain later
    QString headHash;
    bool intact() const { return kind == AuditBreak::None; }
};

struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;
    // "SEQ:HASH" as `audit verify` prints it.
    static std::optional<AuditAnchor> parse(const QString &text);
};

class AuditLog final
{
public:
    // clock: nullptr = the system clock (UTC now).
    explicit AuditLog(storage::Database &db, const std::function<QDateTime()> &clock = {});

    // Appends in the caller's transaction when one is open on the connection, else in its own.
    storage::Result<qint64> append(const AuditEntry &entry);
    // Newest last. since invalid: from the start; limit > 0: the newest N.
    storage::Result<QList<AuditRecord>> list(const QDateTime &since = {}, int limit = 0);
    // Walks the whole chain in order; stops at the first break.
    storage::Result<AuditVerification> verify(const std::optional<AuditAnchor> &anchor = std::nullopt);

    static QString genesisHash(); // prev_hash of the first row: 64 zeros
    // SHA-256 (hex) over the canonical encoding of the row's fields and prevHash.
    static QString computeHash(const AuditRecord &record);

private:
    storage::Result<qint64> appendLocked(const AuditEntry &entry);

    storage::Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace fleet::security
