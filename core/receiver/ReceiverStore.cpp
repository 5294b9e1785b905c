#include "receiver/ReceiverStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fleet::receiver {

namespace {
const QStringList kSchema = {
    QStringLiteral("CREATE TABLE agents ("
                   " id TEXT PRIMARY KEY,"
                   " payload_key TEXT NOT NULL,"
                   " cert_sha256 TEXT NOT NULL UNIQUE,"
                   " cert_subject TEXT NOT NULL,"
                   " registration_key_sha256 TEXT NOT NULL,"
                   " account TEXT NOT NULL,"
                   " site TEXT,"
                   " contact_email TEXT,"
                   " agent_name TEXT NOT NULL,"
                   " agent_version TEXT NOT NULL,"
                   " registered_at TEXT NOT NULL,"
                   " last_seen_at TEXT,"
                   " revoked INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE payloads ("
                   " agent_id TEXT NOT NULL REFERENCES agents(id),"
                   " id TEXT NOT NULL,"
                   " received_at TEXT NOT NULL,"
                   " schema_version INTEGER NOT NULL,"
                   " generated_at TEXT,"
                   " locked_down INTEGER NOT NULL,"
                   " devices INTEGER NOT NULL,"
                   " readings INTEGER NOT NULL,"
                   " archive_path TEXT NOT NULL,"
                   " archive_bytes INTEGER NOT NULL,"
                   " archive_sha256 TEXT NOT NULL,"
                   " xml_path TEXT NOT NULL,"
                   " xml_bytes INTEGER NOT NULL,"
                   " PRIMARY KEY (agent_id, id))"),
    QStringLiteral("CREATE TABLE commands ("
                   " seq INTEGER PRIMARY KEY,"
                   " id TEXT NOT NULL UNIQUE,"
                   " agent_id TEXT NOT NULL REFERENCES agents(id),"
                   " action TEXT NOT NULL,"
                   " device_id INTEGER NOT NULL,"
                   " device_serial TEXT,"
                   " parameters TEXT NOT NULL,"
                   " issued_at TEXT NOT NULL,"
                   " expires_at TEXT NOT NULL,"
                   " state TEXT NOT NULL DEFAULT 'queued',"
                   " message TEXT,"
                   " finished_at TEXT,"
                   " details TEXT,"
                   " updated_at TEXT,"
                   " deliveries INTEGER NOT NULL DEFAULT 0)"),
    // Every result the agent posted, accepted or not (outcome: recorded, repeated, conflict).
    QStringLiteral("CREATE TABLE results ("
                   " id INTEGER PRIMARY KEY,"
                   " command_id TEXT NOT NULL REFERENCES commands(id),"
                   " idempotency_key TEXT NOT NULL,"
                   " state TEXT NOT NULL,"
                   " message TEXT,"
                   " finished_at TEXT,"
                   " details TEXT,"
                   " received_at TEXT NOT NULL,"
                   " outcome TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX results_command ON results(command_id)"),
    QStringLiteral("CREATE TABLE settings ("
                   " agent_id TEXT PRIMARY KEY REFERENCES agents(id),"
                   " revision INTEGER NOT NULL,"
                   " settings TEXT NOT NULL,"
                   " updated_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE requests ("
                   " id INTEGER PRIMARY KEY,"
                   " at TEXT NOT NULL,"
                   " peer TEXT NOT NULL,"
                   " agent_id TEXT,"
                   " method TEXT NOT NULL,"
                   " path TEXT NOT NULL,"
                   " status INTEGER NOT NULL,"
                   " bytes_in INTEGER NOT NULL,"
                   " bytes_out INTEGER NOT NULL,"
                   " duration_ms INTEGER NOT NULL,"
                   " error TEXT)"),
};

// The CLI lists; the select keeps secrets out unless asked for.
struct ListSpec
{
    QString name;
    QString select;
    QString order;
};

const QList<ListSpec> &listSpecs()
{
    static const QList<ListSpec> specs = {
        {QStringLiteral("agents"),
         QStringLiteral("SELECT id, %KEY% cert_sha256, cert_subject, account, site, contact_email, agent_name,"
                        " agent_version, registered_at, last_seen_at, revoked FROM agents"),
         QStringLiteral("registered_at, id")},
        {QStringLiteral("payloads"), QStringLiteral("SELECT * FROM payloads"), QStringLiteral("received_at, id")},
        {QStringLiteral("commands"),
         QStringLiteral("SELECT id, agent_id, action, device_id, device_serial, parameters, issued_at, expires_at,"
                        " state, message, finished_at, details, updated_at, deliveries FROM commands"),
         QStringLiteral("seq")},
        {QStringLiteral("results"),
         QStringLiteral("SELECT r.id, r.command_id, c.agent_id, r.idempotency_key, r.state, r.message,"
                        " r.finished_at, r.details, r.received_at, r.outcome"
                        " FROM results r JOIN commands c ON c.id = r.command_id"),
         QStringLiteral("r.id")},
        {QStringLiteral("requests"), QStringLiteral("SELECT * FROM requests"), QStringLiteral("id")},
    };
    return specs;
}

QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fleet-receiver-%1-%2").arg(purpose).arg(counter.fetchAndAddRelaxed(1) + 1);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

template <typename T> Expected<T> failed(const QString &message)
{
    return Expected<T>::failure(message);
}
} // namespace

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

bool isResultState(const QString &state)
{
    static const QStringList states = {QStringLiteral("done"),     QStringLiteral("failed"),
                                       QStringLiteral("rejected"), QStringLiteral("unsupported"),
                                       QStringLiteral("denied"),   QStringLiteral("pending"),
                                       // A request that waited for the customer's consent and got no decision in time.
                                       QStringLiteral("expired")};
    return states.contains(state);
}

bool isFinalResultState(const QString &state)
{
    return isResultState(state) && state != QStringLiteral("pending");
}

QStringList ReceiverStore::listNames()
{
    QStringList names;
    for (const ListSpec &s : listSpecs())
        names << s.name;
    return names;
}

ReceiverStore::ReceiverStore(const QString &purpose)
    : m_connectionName(uniqueConnectionName(purpose))
{}

ReceiverStore::~ReceiverStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Expected<bool> ReceiverStore::open(const QString &dataDir, bool create)
{
    m_dataDir = QDir(dataDir).absolutePath();
    const QString path = m_dataDir + u'/' + databaseFileName();
    if (!create && !QFileInfo::exists(path))
        return failed<bool>(
            QStringLiteral("%1 does not exist (no receiver has served from %2 yet)").arg(path, m_dataDir));
    if (create && !QDir().mkpath(m_dataDir))
        return failed<bool>(QStringLiteral("cannot create the data directory %1").arg(m_dataDir));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_db.open())
        return failed<bool>(QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text()));
    for (const QString &pragma : {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
                                  QStringLiteral("PRAGMA synchronous=NORMAL")}) {
        if (auto r = run(pragma); !r)
            return failed<bool>(r.error());
    }
    return createSchema();
}

Expected<QSqlQuery> ReceiverStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return failed<QSqlQuery>(QStringLiteral("cannot prepare \"%1\": %2").arg(sql, q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed<QSqlQuery>(QStringLiteral("\"%1\" failed: %2").arg(sql, q.lastError().text()));
    return q;
}

Expected<bool> ReceiverStore::begin()
{
    if (auto r = run(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return failed<bool>(r.error());
    return true;
}

Expected<bool> ReceiverStore::commit()
{
    if (auto r = run(QStringLiteral("COMMIT")); !r)
        return failed<bool>(r.error());
    return true;
}

void ReceiverStore::rollback()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Expected<bool> ReceiverStore::createSchema()
{
    // BEGIN IMMEDIATE first: a CLI run and the server starting together must not both create.
    if (auto r = begin(); !r)
        return r;
    auto version = run(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        rollback();
        return failed<bool>(version.error());
    }
    QSqlQuery q = std::move(version).value();
    const int current = q.next() ? q.value(0).toInt() : 0;
    if (current > kSchemaVersion) {
        rollback();
        return failed<bool>(QStringLiteral("receiver.db was written by a newer receiver (schema %1, this one knows %2)")
                                .arg(current)
                                .arg(kSchemaVersion));
    }
    if (current == 0) {
        for (const QString &sql : kSchema) {
            if (auto r = run(sql); !r) {
                rollback();
                return failed<bool>(r.error());
            }
        }
        if (auto r = run(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)); !r) {
            rollback();
            return failed<bool>(r.error());
        }
    }
    return commit();
}

AgentRecord ReceiverStore::agentFrom(const QSqlQuery &q)
{
    AgentRecord a;
    a.id = q.value(0).toString();
    a.payloadKey = q.value(1).toString();
    a.certSha256 = q.value(2).toString();
    a.certSubject = q.value(3).toString();
    a.registrationKeySha256 = q.value(4).toString();
    a.account = q.value(5).toString();
    a.site = q.value(6).toString();
    a.contactEmail = q.value(7).toString();
    a.agentName = q.value(8).toString();
    a.agentVersion = q.value(9).toString();
    a.registeredAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    a.revoked = q.value(11).toBool();
    return a;
}

static const QString kAgentColumns =
    QStringLiteral("SELECT id, payload_key, cert_sha256, cert_subject, registration_key_sha256, account, site,"
                   " contact_email, agent_name, agent_version, registered_at, revoked FROM agents ");

Expected<std::optional<AgentRecord>> ReceiverStore::agentById(const QString &id)
{
    auto r = run(kAgentColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return failed<std::optional<AgentRecord>>(r.error());
    QSqlQuery q = std::move(r).value();
    return q.next() ? std::optional<AgentRecord>(agentFrom(q)) : std::nullopt;
}

Expected<std::optional<AgentRecord>> ReceiverStore::agentByCertificate(const QString &certSha256)
{
    auto r = run(kAgentColumns + QStringLiteral("WHERE cert_sha256 = ?"), {certSha256});
    if (!r)
        return failed<std::optional<AgentRecord>>(r.error());
    QSqlQuery q = std::move(r).value();
    return q.next() ? std::optional<AgentRecord>(agentFrom(q)) : std::nullopt;
}

Expected<bool> ReceiverStore::insertAgent(const AgentRecord &a)
{
    auto r = run(QStringLiteral("INSERT INTO agents (id, payload_key, cert_sha256, cert_subject,"
                                " registration_key_sha256, account, site, contact_email, agent_name, agent_version,"
                                " registered_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {a.id, a.payloadKey, a.certSha256, a.certSubject, a.registrationKeySha256, a.account,
                  textOrNull(a.site), textOrNull(a.contactEmail), a.agentName, a.agentVersion, isoTime(a.registeredAt),
                  isoTime(a.registeredAt)});
    if (!r)
        return failed<bool>(r.error());
    return true;
}

Expected<bool> ReceiverStore::updateAgentProfile(const AgentRecord &a)
{
    auto r = run(QStringLiteral("UPDATE agents SET account = ?, site = ?, contact_email = ?, agent_name = ?,"
                                " agent_version = ?, last_seen_at = ? WHERE id = ?"),
                 {a.account, textOrNull(a.site), textOrNull(a.contactEmail), a.agentName, a.agentVersion,
                  isoTime(QDateTime::currentDateTimeUtc()), a.id});
    if (!r)
        return failed<bool>(r.error());
    return true;
}

Expected<bool> ReceiverStore::touchAgent(const QString &id)
{
    auto r = run(QStringLiteral("UPDATE agents SET last_seen_at = ? WHERE id = ?"),
                 {isoTime(QDateTime::currentDateTimeUtc()), id});
    if (!r)
        return failed<bool>(r.error());
    return true;
}

Expected<bool> ReceiverStore::revokeAgent(const QString &id)
{
    auto r = run(QStringLiteral("UPDATE agents SET revoked = 1 WHERE id = ?"), {id});
    if (!r)
        return failed<bool>(r.error());
    return r->numRowsAffected() > 0;
}

Expected<std::optional<PayloadRecord>> ReceiverStore::payload(const QString &agentId, const QString &id)
{
    auto r = run(QStringLiteral("SELECT received_at, schema_version, generated_at, locked_down, devices, readings,"
                                " archive_path, archive_bytes, archive_sha256, xml_path, xml_bytes"
                                " FROM payloads WHERE agent_id = ? AND id = ?"),
                 {agentId, id});
    if (!r)
        return failed<std::optional<PayloadRecord>>(r.error());
    QSqlQuery q = std::move(r).value();
    if (!q.next())
        return std::optional<PayloadRecord>();
    PayloadRecord p;
    p.agentId = agentId;
    p.id = id;
    p.receivedAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    p.schemaVersion = q.value(1).toInt();
    p.generatedAt = q.value(2).toString();
    p.lockedDown = q.value(3).toBool();
    p.devices = q.value(4).toLongLong();
    p.readings = q.value(5).toLongLong();
    p.archivePath = q.value(6).toString();
    p.archiveBytes = q.value(7).toLongLong();
    p.archiveSha256 = q.value(8).toString();
    p.xmlPath = q.value(9).toString();
    p.xmlBytes = q.value(10).toLongLong();
    return std::optional<PayloadRecord>(p);
}

Expected<bool> ReceiverStore::insertPayload(const PayloadRecord &p)
{
    auto r =
        run(QStringLiteral("INSERT INTO payloads (agent_id, id, received_at, schema_version, generated_at,"
                           " locked_down, devices, readings, archive_path, archive_bytes, archive_sha256,"
                           " xml_path, xml_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {p.agentId, p.id, isoTime(p.receivedAt), p.schemaVersion, textOrNull(p.generatedAt), p.lockedDown ? 1 : 0,
             p.devices, p.readings, p.archivePath, p.archiveBytes, p.archiveSha256, p.xmlPath, p.xmlBytes});
    if (!r)
        return failed<bool>(r.error());
    return true;
}

Expected<QString> ReceiverStore::queueCommand(const CommandRecord &c)
{
    if (auto r = begin(); !r)
        return failed<QString>(r.error());
    auto agent = agentById(c.agentId);
    if (!agent || !agent.value()) {
        rollback();
        return failed<QString>(agent ? QStringLiteral("unknown agent %1").arg(c.agentId) : agent.error());
    }
    auto next = run(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM commands"));
    if (!next) {
        rollback();
        return failed<QString>(next.error());
    }
    QSqlQuery q = std::move(next).value();
    const qint64 seq = q.next() ? q.value(0).toLongLong() : 1;
    const QString id = QStringLiteral("c-%1").arg(seq, 4, 10, QLatin1Char('0'));
    auto insert = run(QStringLiteral("INSERT INTO commands (seq, id, agent_id, action, device_id, device_serial,"
                                     " parameters, issued_at, expires_at, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {seq, id, c.agentId, c.action, c.deviceId, textOrNull(c.deviceSerial), jsonText(c.parameters),
                       isoTime(c.issuedAt), isoTime(c.expiresAt), isoTime(c.issuedAt)});
    if (!insert) {
        rollback();
        return failed<QString>(insert.error());
    }
    if (auto r = commit(); !r)
        return failed<QString>(r.error());
    return id;
}

Expected<QList<CommandRecord>> ReceiverStore::queuedCommands(const QString &agentId)
{
    using E = Expected<QList<CommandRecord>>;
    if (auto r = begin(); !r)
        return E::failure(r.error());
    auto r = run(QStringLiteral("SELECT id, action, device_id, device_serial, parameters, issued_at, expires_at"
                                " FROM commands WHERE agent_id = ? AND state = 'queued' ORDER BY seq"),
                 {agentId});
    if (!r) {
        rollback();
        return E::failure(r.error());
    }
    QList<CommandRecord> commands;
    QSqlQuery q = std::move(r).value();
    while (q.next()) {
        CommandRecord c;
        c.id = q.value(0).toString();
        c.agentId = agentId;
        c.action = q.value(1).toString();
        c.deviceId = q.value(2).toLongLong();
        c.deviceSerial = q.value(3).toString();
        c.parameters = jsonObject(q.value(4).toString());
        c.issuedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        c.expiresAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        commands << c;
    }
    q.finish();
    if (auto u = run(QStringLiteral("UPDATE commands SET deliveries = deliveries + 1"
                                    " WHERE agent_id = ? AND state = 'queued'"),
                     {agentId});
        !u) {
        rollback();
        return E::failure(u.error());
    }
    if (auto c = commit(); !c)
        return E::failure(c.error());
    return commands;
}

Expected<ResultOutcome> ReceiverStore::recordResult(const QString &agentId, const ResultPost &post)
{
    using E = Expected<ResultOutcome>;
    if (auto r = begin(); !r)
        return E::failure(r.error());
    auto fail = [this](const QString &message) {
        rollback();
        return E::failure(message);
    };
    auto command =
        run(QStringLiteral("SELECT state FROM commands WHERE id = ? AND agent_id = ?"), {post.commandId, agentId});
    if (!command)
        return fail(command.error());
    QSqlQuery cq = std::move(command).value();
    if (!cq.next()) {
        rollback();
        return ResultOutcome::UnknownCommand;
    }
    const QString current = cq.value(0).toString();
    cq.finish();
    auto sameKey = run(QStringLiteral("SELECT COUNT(*) FROM results WHERE command_id = ? AND idempotency_key = ?"
                                      " AND outcome IN ('recorded', 'repeated')"),
                       {post.commandId, post.idempotencyKey});
    if (!sameKey)
        return fail(sameKey.error());
    QSqlQuery kq = std::move(sameKey).value();
    const bool seenKey = kq.next() && kq.value(0).toLongLong() > 0;
    kq.finish();

    ResultOutcome outcome = ResultOutcome::Recorded;
    if (seenKey)
        outcome = ResultOutcome::Repeated;
    else if (isFinalResultState(current))
        outcome = post.state == current ? ResultOutcome::Repeated : ResultOutcome::Conflict;

    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    const QString outcomeName = outcome == ResultOutcome::Recorded   ? QStringLiteral("recorded")
                                : outcome == ResultOutcome::Repeated ? QStringLiteral("repeated")
                                                                     : QStringLiteral("conflict");
    auto insert = run(QStringLiteral("INSERT INTO results (command_id, idempotency_key, state, message, finished_at,"
                                     " details, received_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {post.commandId, post.idempotencyKey, post.state, textOrNull(post.message),
                       textOrNull(post.finishedAt), jsonText(post.details), now, outcomeName});
    if (!insert)
        return fail(insert.error());
    if (outcome == ResultOutcome::Recorded) {
        auto update = run(QStringLiteral("UPDATE commands SET state = ?, message = ?, finished_at = ?, details = ?,"
                                         " updated_at = ? WHERE id = ?"),
                          {post.state, textOrNull(post.message), textOrNull(post.finishedAt), jsonText(post.details),
                           now, post.commandId});
        if (!update)
            return fail(update.error());
    }
    if (auto c = commit(); !c)
        return E::failure(c.error());
    return outcome;
}

Expected<SettingsRecord> ReceiverStore::settings(const QString &agentId)
{
    auto r = run(QStringLiteral("SELECT revision, settings FROM settings WHERE agent_id = ?"), {agentId});
    if (!r)
        return Expected<SettingsRecord>::failure(r.error());
    QSqlQuery q = std::move(r).value();
    SettingsRecord s;
    if (q.next()) {
        s.revision = q.value(0).toInt();
        s.settings = jsonObject(q.value(1).toString());
    }
    return s;
}

Expected<int> ReceiverStore::setSettings(const QString &agentId, const QJsonObject &settings)
{
    if (auto r = begin(); !r)
        return Expected<int>::failure(r.error());
    auto agent = agentById(agentId);
    if (!agent || !agent.value()) {
        rollback();
        return Expected<int>::failure(agent ? QStringLiteral("unknown agent %1").arg(agentId) : agent.error());
    }
    auto current = this->settings(agentId);
    if (!current) {
        rollback();
        return Expected<int>::failure(current.error());
    }
    const int revision = current->revision + 1;
    auto r = run(QStringLiteral("INSERT INTO settings (agent_id, revision, settings, updated_at) VALUES (?, ?, ?, ?)"
                                " ON CONFLICT(agent_id) DO UPDATE SET revision = excluded.revision,"
                                " settings = excluded.settings, updated_at = excluded.updated_at"),
                 {agentId, revision, jsonText(settings), isoTime(QDateTime::currentDateTimeUtc())});
    if (!r) {
        rollback();
        return Expected<int>::failure(r.error());
    }
    if (auto c = commit(); !c)
        return Expected<int>::failure(c.error());
    return revision;
}

Expected<bool> ReceiverStore::logRequest(const RequestRecord &q)
{
    auto r = run(QStringLiteral("INSERT INTO requests (at, peer, agent_id, method, path, status, bytes_in,"
                                " bytes_out, duration_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {isoTime(q.at), q.peer, textOrNull(q.agentId), q.method, q.path, q.status, q.bytesIn, q.bytesOut,
                  q.durationMs, textOrNull(q.error)});
    if (!r)
        return failed<bool>(r.error());
    return true;
}

Expected<ReceiverStore::Listing> ReceiverStore::list(const QString &what, const QString &agentId, bool showKeys)
{
    using E = Expected<Listing>;
    const ListSpec *spec = nullptr;
    for (const ListSpec &s : listSpecs())
        if (s.name == what)
            spec = &s;
    if (!spec)
        return E::failure(QStringLiteral("unknown list \"%1\" (one of: %2)").arg(what, listNames().join(u' ')));
    QString sql = spec->select;
    sql.replace(QStringLiteral("%KEY%"), showKeys ? QStringLiteral("payload_key,") : QString());
    QVariantList values;
    if (!agentId.isEmpty()) {
        const QString column = what == QStringLiteral("agents")    ? QStringLiteral("id")
                               : what == QStringLiteral("results") ? QStringLiteral("c.agent_id")
                                                                   : QStringLiteral("agent_id");
        sql += QStringLiteral(" WHERE %1 = ?").arg(column);
        values << agentId;
    }
    sql += QStringLiteral(" ORDER BY ") + spec->order;
    auto r = run(sql, values);
    if (!r)
        return E::failure(r.error());
    QSqlQuery q = std::move(r).value();
    Listing listing;
    const QSqlRecord columns = q.record();
    for (int i = 0; i < columns.count(); ++i)
        listing.columns << columns.fieldName(i);
    QJsonArray &rows = listing.rows;
    while (q.next()) {
        QJsonObject row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            const QVariant v = q.value(i);
            const QString name = rec.fieldName(i);
            if (v.isNull())
                row.insert(name, QJsonValue::Null);
            else if (name == QStringLiteral("parameters") || name == QStringLiteral("details"))
                row.insert(name, jsonObject(v.toString()));
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                row.insert(name, v.toLongLong());
            else
                row.insert(name, v.toString());
        }
        rows.append(row);
    }
    return listing;
}

} // namespace fleet::receiver
