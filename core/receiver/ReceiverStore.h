#pragma once
// receiver.db: the receiver's own SQLite database in its data directory (agents, stored payloads,
// queued commands and the results posted for them, settings per agent, the request log). One
// instance is one connection of one thread; the server, its payload workers and every CLI run
// open their own, and WAL plus a busy timeout lets them write side by side.

#include "util/Expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace fleet::receiver {

struct AgentRecord
{
    QString id;
    QString payloadKey; // 64 lowercase hex characters
    QString certSha256; // fingerprint of the bound client certificate, lowercase hex
    QString certSubject;
    QString registrationKeySha256;
    QString account;
    QString site;
    QString contactEmail;
    QString agentName;
    QString agentVersion;
    QDateTime registeredAt;
    bool revoked = false;
};

struct PayloadRecord
{
    QString agentId;
    QString id; // the Idempotency-Key of the upload
    QDateTime receivedAt;
    int schemaVersion = 1;
    QString generatedAt; // as the payload says
    bool lockedDown = false;
    qint64 devices = 0;
    qint64 readings = 0;
    QString archivePath; // relative to the data directory
    qint64 archiveBytes = 0;
    QString archiveSha256;
    QString xmlPath; // relative to the data directory
    qint64 xmlBytes = 0;
};

struct CommandRecord
{
    QString id;
    QString agentId;
    QString action;
    qint64 deviceId = 0;
    QString deviceSerial;
    QJsonObject parameters;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString state = QStringLiteral("queued"); // queued, then the state of the last accepted result
};

struct ResultPost
{
    QString commandId;
    QString idempotencyKey;
    QString state;
    QString message;
    QString finishedAt;
    QJsonObject details;
};

enum class ResultOutcome : quint8 {
    Recorded,       // the command moved to the posted state
    Repeated,       // the same result again (same key, or the same final state): nothing changed
    Conflict,       // a different final result is already recorded
    UnknownCommand, // no such command for this agent
};

struct SettingsRecord
{
    int revision = 0; // 0: never set
    QJsonObject settings;
};

struct RequestRecord
{
    QDateTime at;
    QString peer;
    QString agentId;
    QString method;
    QString path;
    int status = 0; // 0: no HTTP answer (TLS refused, connection dropped)
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 durationMs = 0;
    QString error;
};

// true: the state ends the command (every state but pending).
bool isFinalResultState(const QString &state);
bool isResultState(const QString &state);

class ReceiverStore final
{
public:
    static constexpr int kSchemaVersion = 1;
    static QString databaseFileName() { return QStringLiteral("receiver.db"); }

    explicit ReceiverStore(const QString &purpose);
    ~ReceiverStore();
    Q_DISABLE_COPY_MOVE(ReceiverStore)

    // Opens DIR/receiver.db, creating the directory, file and tables when create is true; without
    // it a missing database is an error ("has a receiver ever run on DIR?").
    Expected<bool> open(const QString &dataDir, bool create);
    const QString &dataDir() const { return m_dataDir; }

    Expected<bool> begin(); // BEGIN IMMEDIATE
    Expected<bool> commit();
    void rollback();

    Expected<std::optional<AgentRecord>> agentById(const QString &id);
    Expected<std::optional<AgentRecord>> agentByCertificate(const QString &certSha256);
    Expected<bool> insertAgent(const AgentRecord &agent);
    Expected<bool> updateAgentProfile(const AgentRecord &agent);
    Expected<bool> touchAgent(const QString &id);
    // Refuses the agent's requests from now on (403); false when there is no such agent.
    Expected<bool> revokeAgent(const QString &id);

    Expected<std::optional<PayloadRecord>> payload(const QString &agentId, const QString &id);
    Expected<bool> insertPayload(const PayloadRecord &payload);

    // Gives the command the next id (c-0001, c-0002, ...) and stores it.
    Expected<QString> queueCommand(const CommandRecord &command);
    Expected<QList<CommandRecord>> queuedCommands(const QString &agentId);
    Expected<ResultOutcome> recordResult(const QString &agentId, const ResultPost &post);

    Expected<SettingsRecord> settings(const QString &agentId);
    Expected<int> setSettings(const QString &agentId, const QJsonObject &settings);

    Expected<bool> logRequest(const RequestRecord &request);

    // Rows of agents, payloads, commands, results or requests as JSON objects (column -> value),
    // oldest first; agentId filters when not empty. Payload keys only with showKeys.
    struct Listing
    {
        QStringList columns; // in table order (a JSON object sorts its keys)
        QJsonArray rows;
    };
    Expected<Listing> list(const QString &what, const QString &agentId, bool showKeys);
    static QStringList listNames();

private:
    Expected<bool> createSchema();
    Expected<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    static AgentRecord agentFrom(const QSqlQuery &q);

    QString m_connectionName;
    QString m_dataDir;
    QSqlDatabase m_db;
};

// UTC with milliseconds and "Z", as every time of the protocol.
QString isoTime(const QDateTime &t);

} // namespace fleet::receiver
