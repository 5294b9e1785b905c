#include "sync/ConsentStore.h"

#include "actions/ActionRunner.h"
#include "security/AuditLog.h"
#include "storage/EventLog.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace fleet::sync {

namespace sql = storage::sql;
using security::SecurityError;
using security::SecurityErrorCode;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::ConsentStore)
};

const QString kColumns = QStringLiteral(
    "id, command_id, action, device_id, device_label, parameters, received_at, expires_at, state, decided_by, "
    "decided_role, decided_at, reason, result, finished_at");

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString noSuchRequest(qint64 id)
{
    return Tr::tr("There is no remote request %1.").arg(id);
}

QString expiredMessage(const Consent &c)
{
    return Tr::tr("Nobody approved or denied the request before %1; it expired.")
        .arg(c.expiresAt.toLocalTime().toString(Qt::ISODate));
}

// A pending request nobody decided on in time, found by decide() or by the agent's pass
// (expireDue()): expired at t, with message as its command's result, in the caller's transaction.
storage::StorageError markExpired(storage::Database &db, const Consent &c, const QDateTime &t, const QString &message)
{
    if (auto e = db.exec(QStringLiteral("UPDATE action_consents SET state = 'expired', finished_at = ? WHERE id = ?"),
                         {sql::time(t), c.id}))
        return e;
    return ConsentStore::storeCommandResult(db, c.commandId, QStringLiteral("expired"), message, {}, t);
}

Consent fromRow(const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.commandId = q.value(1).toString();
    c.kind = actions::actionFromName(q.value(2).toString()).value_or(actions::ActionKind::Status);
    c.deviceId = sql::optionalInt(q.value(3));
    c.deviceLabel = q.value(4).toString();
    c.parameters = object(q.value(5));
    c.receivedAt = sql::time(q.value(6));
    c.expiresAt = sql::time(q.value(7));
    c.state = consentStateFromName(q.value(8).toString()).value_or(ConsentState::Pending);
    c.decidedBy = q.value(9).toString();
    c.decidedRole = q.value(10).toString();
    c.decidedAt = sql::time(q.value(11));
    c.reason = q.value(12).toString();
    c.result = object(q.value(13));
    c.finishedAt = sql::time(q.value(14));
    return c;
}

bool isPerson(security::Role role)
{
    return security::accountRoles().contains(role);
}
} // namespace

QString consentStateName(ConsentState state)
{
    switch (state) {
    case ConsentState::Pending:
        return QStringLiteral("pending");
    case ConsentState::Approved:
        return QStringLiteral("approved");
    case ConsentState::Denied:
        return QStringLiteral("denied");
    case ConsentState::Expired:
        return QStringLiteral("expired");
    case ConsentState::Running:
        return QStringLiteral("running");
    case ConsentState::Ran:
        return QStringLiteral("ran");
    }
    return {};
}

std::optional<ConsentState> consentStateFromName(QStringView name)
{
    for (ConsentState s : {ConsentState::Pending, ConsentState::Approved, ConsentState::Denied, ConsentState::Expired,
                           ConsentState::Running, ConsentState::Ran})
        if (name == consentStateName(s))
            return s;
    return std::nullopt;
}

security::Permission consentPermission(actions::ActionKind kind)
{
    // Deciding on a request needs what running the action locally needs: one table for both.
    return actions::actionPermission(kind);
}

QJsonObject Consent::toJson() const
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("command"), commandId},
        {QStringLiteral("action"), actions::actionName(kind)},
        {QStringLiteral("device"), deviceId ? QJsonValue(double(*deviceId)) : QJsonValue()},
        {QStringLiteral("deviceLabel"), deviceLabel},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("receivedAt"), time(receivedAt)},
        {QStringLiteral("expiresAt"), time(expiresAt)},
        {QStringLiteral("state"), consentStateName(state)},
        {QStringLiteral("decidedBy"), decidedBy},
        {QStringLiteral("decidedRole"), decidedRole},
        {QStringLiteral("decidedAt"), time(decidedAt)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("result"), result},
        {QStringLiteral("finishedAt"), time(finishedAt)},
    };
}

ConsentStore::ConsentStore(storage::Database &db, std::function<QDateTime()> clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

storage::Result<qint64> ConsentStore::add(const Consent &c)
{
    return m_db.insert(QStringLiteral("INSERT INTO action_consents (command_id, action, device_id, device_label, "
                                      "parameters, received_at, expires_at, state) VALUES (?,?,?,?,?,?,?, 'pending')"),
                       {c.commandId, actions::actionName(c.kind), sql::optional(c.deviceId), c.deviceLabel,
                        compact(c.parameters), sql::time(c.receivedAt), sql::time(c.expiresAt)});
}

storage::Result<QList<Consent>> ConsentStore::select(const QString &where, const QVariantList &values)
{
    auto r = m_db.run(QStringLiteral("SELECT %1 FROM action_consents %2").arg(kColumns, where), values);
    if (!r)
        return r.error();
    QList<Consent> out;
    while ((*r)->next())
        out << fromRow(**r);
    (*r)->finish();
    return out;
}

storage::Result<std::optional<Consent>> ConsentStore::find(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Consent>();
    return std::optional<Consent>(rows->first());
}

storage::Result<QList<Consent>> ConsentStore::list(std::optional<ConsentState> state)
{
    if (state)
        return select(QStringLiteral("WHERE state = ? ORDER BY id DESC"), {consentStateName(*state)});
    return select(QStringLiteral("ORDER BY id DESC"), {});
}

storage::StorageError ConsentStore::storeCommandResult(storage::Database &db, const QString &commandId,
                                                       const QString &state, const QString &message,
                                                       const QJsonObject &details, const QDateTime &at)
{
    // A new key: the server has seen the "pending" post under the old one, and a post whose key
    // it has seen changes nothing (docs/protocol.md).
    if (auto e =
            db.exec(QStringLiteral("UPDATE sync_commands SET state = ?, message = ?, details = ?, finished_at = ?, "
                                   "idempotency_key = ?, result_posted_at = NULL, post_attempts = 0, "
                                   "post_error = '' WHERE command_id = ?"),
                    {state, message, compact(details), sql::time(at),
                     QUuid::createUuid().toString(QUuid::WithoutBraces), commandId}))
        return e;
    auto device = db.scalar(QStringLiteral("SELECT device_id FROM sync_commands WHERE command_id = ?"), {commandId});
    if (!device)
        return device.error();
    // English on purpose, as every event message (storage/EventLog.h).
    auto logged = storage::EventLog(db).record(
        device->isNull() ? std::nullopt : std::optional(device->toLongLong()), at, QStringLiteral("remoteCommand"),
        QStringLiteral("Remote command %1: %2 (%3)").arg(commandId, state, message),
        QJsonObject{{QStringLiteral("command"), commandId},
                    {QStringLiteral("state"), state},
                    {QStringLiteral("message"), message}});
    return logged ? storage::StorageError{} : logged.error();
}

security::SecurityResult<Consent> ConsentStore::approve(qint64 id, const security::Actor &actor)
{
    return decide(id, actor, true, {});
}

security::SecurityResult<Consent> ConsentStore::deny(qint64 id, const security::Actor &actor, const QString &reason)
{
    return decide(id, actor, false, reason);
}

security::SecurityResult<Consent> ConsentStore::decide(qint64 id, const security::Actor &actor, bool approve,
                                                       const QString &reason)
{
    const QDateTime t = now();
    storage::Transaction tx(m_db);
    auto found = beginAndFind(tx, id);
    if (!found)
        return found.error();
    if (!*found)
        return SecurityError{SecurityErrorCode::NotFound, noSuchRequest(id)};
    Consent c = **found;
    const QString auditAction =
        approve ? QStringLiteral("remote-action.approve") : QStringLiteral("remote-action.deny");
    QJsonObject parameters{{QStringLiteral("consent"), double(id)},
                           {QStringLiteral("command"), c.commandId},
                           {QStringLiteral("action"), actions::actionName(c.kind)}};
    if (!approve && !reason.isEmpty())
        parameters.insert(QStringLiteral("reason"), reason);
    security::AuditLog audit(m_db, m_clock);

    // Consent is a person's decision: neither the scheduler nor the server can give it.
    SecurityError refused;
    if (!isPerson(actor.role))
        refused = {SecurityErrorCode::Denied, Tr::tr("%1 (%2) is not a person and cannot decide on a remote request.")
                                                  .arg(actor.name, security::roleTitle(actor.role))};
    else
        refused = security::check(actor, consentPermission(c.kind));
    if (refused) {
        if (auto logged =
                audit.append({actor, auditAction, c.deviceId, parameters, security::kAuditDenied, refused.message});
            !logged)
            return logged.error();
        if (auto e = tx.commit())
            return e;
        return refused;
    }
    if (c.state == ConsentState::Pending && c.expiresAt <= t) {
        // Found expired before the agent's pass: expire it now, the decision comes too late.
        const QString message = expiredMessage(c);
        if (auto e = markExpired(m_db, c, t, message))
            return e;
        if (auto e = tx.commit())
            return e;
        return SecurityError{SecurityErrorCode::InvalidArgument, message};
    }
    if (c.state != ConsentState::Pending)
        return SecurityError{SecurityErrorCode::InvalidArgument,
                             Tr::tr("Remote request %1 is no longer waiting for a decision (%2).")
                                 .arg(id)
                                 .arg(consentStateName(c.state))};

    const QString state = approve ? QStringLiteral("approved") : QStringLiteral("denied");
    if (auto e = m_db.exec(QStringLiteral("UPDATE action_consents SET state = ?, decided_by = ?, decided_role = ?, "
                                          "decided_at = ?, reason = ?, finished_at = ? WHERE id = ? AND "
                                          "state = 'pending'"),
                           {state, actor.name, security::roleName(actor.role), sql::time(t), reason,
                            approve ? QVariant() : sql::time(t), id}))
        return e;
    if (!approve) {
        const QString message = reason.isEmpty() ? Tr::tr("Denied by %1.").arg(actor.name)
                                                 : Tr::tr("Denied by %1: %2").arg(actor.name, reason);
        if (auto e = storeCommandResult(m_db, c.commandId, QStringLiteral("denied"), message,
                                        QJsonObject{{QStringLiteral("deniedBy"), actor.name}}, t))
            return e;
    }
    if (auto logged = audit.append({actor, auditAction, c.deviceId, parameters, security::kAuditOk, {}}); !logged)
        return logged.error();
    if (auto e = tx.commit())
        return e;
    c.state = approve ? ConsentState::Approved : ConsentState::Denied;
    c.decidedBy = actor.name;
    c.decidedRole = security::roleName(actor.role);
    c.decidedAt = t;
    c.reason = reason;
    return c;
}

storage::Result<QList<Consent>> ConsentStore::expireDue()
{
    const QDateTime t = now();
    storage::Transaction tx(m_db);
    if (auto e = tx.begin())
        return e;
    auto due = select(QStringLiteral("WHERE state = 'pending' AND expires_at <= ? ORDER BY id"), {sql::time(t)});
    if (!due)
        return due.error();
    for (Consent &c : *due) {
        if (auto e = markExpired(m_db, c, t, expiredMessage(c)))
            return e;
        c.state = ConsentState::Expired;
        c.finishedAt = t;
    }
    if (auto e = tx.commit())
        return e;
    return *due;
}

storage::Result<std::optional<Consent>> ConsentStore::claimApproved()
{
    storage::Transaction tx(m_db);
    if (auto e = tx.begin())
        return e;
    auto rows = select(QStringLiteral("WHERE state = 'approved' ORDER BY decided_at, id LIMIT 1"), {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Consent>();
    Consent c = rows->first();
    if (auto e = m_db.exec(QStringLiteral("UPDATE action_consents SET state = 'running' WHERE id = ?"), {c.id}))
        return e;
    if (auto e = tx.commit())
        return e;
    c.state = ConsentState::Running;
    return std::optional<Consent>(c);
}

storage::StorageError ConsentStore::finish(qint64 id, const QString &state, const QString &message,
                                           const QJsonObject &details)
{
    const QDateTime t = now();
    storage::Transaction tx(m_db);
    auto found = beginAndFind(tx, id);
    if (!found)
        return found.error();
    if (!*found)
        return {storage::StorageErrorCode::InvalidArgument, noSuchRequest(id)};
    const QJsonObject result{
        {QStringLiteral("state"), state}, {QStringLiteral("message"), message}, {QStringLiteral("details"), details}};
    if (auto e = m_db.exec(
            QStringLiteral("UPDATE action_consents SET state = 'ran', result = ?, finished_at = ? WHERE id = ?"),
            {compact(result), sql::time(t), id}))
        return e;
    if (auto e = storeCommandResult(m_db, (*found)->commandId, state, message, details, t))
        return e;
    return tx.commit();
}

storage::Result<std::optional<Consent>> ConsentStore::beginAndFind(storage::Transaction &tx, qint64 id)
{
    if (auto e = tx.begin())
        return e;
    return find(id);
}

storage::Result<bool> ConsentStore::hasWork()
{
    auto n = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM action_consents WHERE state = 'approved' OR "
                       "(state = 'pending' AND expires_at <= ?)) + (SELECT count(*) FROM sync_commands s JOIN "
                       "action_consents c ON c.command_id = s.command_id WHERE s.result_posted_at IS NULL AND "
                       "s.post_attempts = 0 AND s.state NOT IN ('', 'running', 'pending'))"),
        {sql::time(now())});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

} // namespace fleet::sync
