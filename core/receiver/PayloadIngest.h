#pragma once
// Accepting one uploaded payload: open the archive with the agent's payload key, check the XML,
// store archive and XML under DIR/payloads/<agent>/<idempotency key>.{zip,xml} and a row in
// receiver.db, exactly once per idempotency key. Runs on a worker thread with its own
// ReceiverStore connection; everything it needs is copied in.
//
// Validation: QtXml has no XML Schema support, so the XML is first read with QXmlStreamReader
// (well-formed, no DTD, root fleetPayload in urn:fleetkeeper:payload:<schema header>, version
// matching X-Fleetkeeper-Schema, agentId equal to the uploading agent; counts devices and
// readings) and then validated against the XSD by `xmllint --schema` (libxml2) in a subprocess
// with a deadline. Without xmllint the server refuses to start unless told to skip the XSD step.

#include "receiver/ReceiverStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fleet::receiver {

struct IngestOptions
{
    QString dataDir;
    QString xmllint;    // path of xmllint; empty: no XSD validation (the structure is still checked)
    QString schemaFile; // the XSD of schema version 1, on disk for xmllint
    int validationTimeoutMs = 60000;
};

struct IngestRequest
{
    AgentRecord agent;
    QString idempotencyKey;
    int schemaVersion = 1;
    QByteArray archive;
};

struct IngestResult
{
    int status = 500; // 201 stored, 200 already stored, 400 refused, 500 server failure
    QString error;    // for 4xx/5xx
    PayloadRecord record;

    QJsonObject body() const; // {"payloadId", "receivedAt", "devices", "readings"}
};

// What the structural pass found.
struct PayloadFacts
{
    QString agentId;
    QString generatedAt;
    bool lockedDown = false;
    qint64 devices = 0;
    qint64 readings = 0;
};

class PayloadIngest final
{
public:
    explicit PayloadIngest(IngestOptions options);

    IngestResult ingest(const IngestRequest &request) const;

    // The structural pass alone (also used by tests): an error message or the facts.
    static Expected<PayloadFacts> inspect(const QByteArray &xml, int schemaVersion);
    // xmllint --schema on a file: empty when valid, else the first lines of its complaint.
    static QString validateWithXmllint(const QString &xmllint, const QString &schemaFile, const QString &xmlFile,
                                       int timeoutMs, bool *serverProblem);

private:
    IngestOptions m_options;
};

} // namespace fleet::receiver
