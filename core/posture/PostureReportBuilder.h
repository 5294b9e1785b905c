#pragma once
// Turns what polling stored (devices, firmware per model), the stored probe results and the
// profile's own settings into the posture report: findings with plain remedies and a score per
// device, and the agent's findings (docs/posture.md lists every finding and the score formula).

#include "posture/PostureTypes.h"
#include "storage/Database.h"
#include "storage/StorageTypes.h"

#include <QHash>

namespace fleet::posture {

// The agent settings the report judges, read from the profile's fleetkeeper.ini.
struct AgentSettings
{
    bool registered = false;
    bool lockedDown = false;
    bool pinSet = false;
    bool remoteActionsAllowed = false;
    QStringList deviceChangingActionsEnabled; // action names (reboot, firmware) not disabled

    static AgentSettings load(const QString &iniPath);
};

// <0, 0, >0 as a is older than, the same as, newer than b. Runs of digits compare as numbers,
// other text case-insensitively ("2.10" is newer than "2.9", "V1.0.3" than "v1.0").
int compareVersions(const QString &a, const QString &b);

class PostureReportBuilder final
{
public:
    static PostureReport build(const QList<storage::DeviceRecord> &devices, const QHash<qint64, ProbeResult> &probes,
                               const AgentSettings &agent, const QDateTime &now);
    // Reads the in-scope devices and the stored probes from db and the settings from iniPath.
    static storage::Result<PostureReport> load(storage::Database &db, const QString &iniPath);

    static QList<Finding> deviceFindings(const storage::DeviceRecord &device, const ProbeResult *probe,
                                         const QString &newestFirmware);
    static QList<Finding> agentFindings(const AgentSettings &agent);
};

} // namespace fleet::posture
