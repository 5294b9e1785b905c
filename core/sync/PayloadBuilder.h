#pragma once
// sync/ owns what the agent sends to the service provider. PayloadBuilder turns the stored fleet
// into the daily upload XML (product R3.4) in the format of resources/schema/fleetkeeper-payload-1.xsd,
// honouring the locked-down mode of R4. Compression, encryption and transport are not its job.
// The format, the text escape and the locked-down rules are described in docs/payload.md.

#include "collect/AgentIdentity.h"
#include "storage/FleetRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace fleet::sync {

inline constexpr QLatin1String kPayloadNamespace{"urn:fleetkeeper:payload:1"};
inline constexpr QLatin1String kPayloadSchemaVersion{"1"};
// The schema as embedded in fleetkeeper_core.
inline constexpr QLatin1String kPayloadSchemaResource{":/fleet/schema/fleetkeeper-payload-1.xsd"};

struct PayloadOptions
{
    // R4: no agent host name or addresses, no device network section (addresses, MACs, interfaces).
    bool lockedDown = false;
    // Readings at or after this time go to <readings> (the last acknowledged upload); invalid: all.
    QDateTime readingsSince;
    QString agentId;       // required: who the provider files the payload under
    QString schemaVersion; // empty means kPayloadSchemaVersion, the only one this code writes
    // The generatedAt stamp; invalid means now. Tests pin it for byte-identical output.
    QDateTime generatedAt;
};

class PayloadBuilder final
{
public:
    // The whole payload in memory.
    static storage::Result<QByteArray> build(storage::Database &db, const collect::AgentIdentity &agent,
                                             const PayloadOptions &options);
    static storage::Result<QByteArray> build(storage::FleetRepository &repository, const collect::AgentIdentity &agent,
                                             const PayloadOptions &options);
    // Streams the payload to out (a file for large fleets: memory stays at one device's data).
    static storage::StorageError write(storage::FleetRepository &repository, const collect::AgentIdentity &agent,
                                       const PayloadOptions &options, QIODevice &out);
};

} // namespace fleet::sync
