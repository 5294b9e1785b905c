#pragma once
// Who may do what: the roles, the permissions and the one matrix between them. Every core entry
// point that changes state or sends something takes the acting Actor and calls check(); the GUI
// only disables what check() would refuse, so enforcement never depends on the GUI.
//
// Two roles are not people: System is the scheduler (polls, discovery, sync it was configured
// to run) and Remote is a command that arrived from the remote-services server.

#include "security/SecurityError.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace fleet::security {

// Most privileged person first; the order is used to pick the strongest of several group roles.
enum class Role : quint8 {
    Administrator,
    PowerUser,
    CustomerAdministrator,
    Customer, // read-only
    System,
    Remote,
};

enum class Permission : quint8 {
    ViewFleet,
    PollNow,
    Discover,
    EditCredentials,
    AcknowledgeAlerts,
    Export,
    ChangeSettings,
    RegisterServer, // register with the remote-services server, change its address and certificates
    Sync,           // send payloads, fetch commands
    SecurityMode,   // Normal or Locked down (R4)
    ViewPayload,    // the payload viewer (R6: administrators and power users only)
    ActionDeviceStatus,
    ActionReboot,
    ActionUpgradeFirmware,
    ActionTroubleshoot,
    ActionPrintTestPage,
    ActionStartManagement,
    ActionOpenWebPage,
    ManageUsers,
    ViewAudit,
    ChangeOwnPassword,
};

QList<Role> allRoles();
QList<Permission> allPermissions();
// People's roles only (not System, Remote): what an account or a group mapping may hold.
QList<Role> accountRoles();

// Stable names, part of the CLI and the database: "administrator", "power-user",
// "customer-administrator", "customer", "system", "remote".
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
// Translated, for messages and the GUI: "Power User".
QString roleTitle(Role role);
// Stable name ("acknowledge-alerts") and a translated verb phrase ("acknowledge alerts").
QString permissionName(Permission permission);
QString permissionVerb(Permission permission);

struct Actor
{
    QString name;
    Role role = Role::Customer;

    static Actor system() { return {QStringLiteral("system"), Role::System}; }
    static Actor remote() { return {QStringLiteral("remote"), Role::Remote}; }
    bool operator==(const Actor &) const = default;
};

// The matrix itself.
bool isAllowed(Role role, Permission permission);
// None when allowed; else Denied with "alice (Customer) may not acknowledge alerts."
SecurityError check(const Actor &actor, Permission permission);

} // namespace fleet::security
