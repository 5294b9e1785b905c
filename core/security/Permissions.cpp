#include "security/Permissions.h"

#include <QCoreApplication>

#include <array>

namespace fleet::security {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::security", s);
}

constexpr int kRoleCount = int(Role::Remote) + 1;
constexpr int kPermissionCount = int(Permission::ChangeOwnPassword) + 1;

// One row per permission, one column per role in the order of enum Role:
//                       Admin  Power  CustAdm Cust   System Remote
struct Row
{
    Permission permission;
    std::array<bool, kRoleCount> allowed;
};
constexpr bool Y = true;
constexpr bool n = false;
// Why the columns look like this: Customer is read-only (it may look at a device's status and open
// its web page, nothing that changes or sends); a Customer Administrator runs the site (discovery,
// SNMP credentials, alerts, the security mode of R4, harmless actions) but not firmware, reboots,
// the payload viewer or the server registration; a Power User is the service technician (all
// device work, settings, payloads) but does not manage accounts, the server or the security mode.
// The scheduler does what it was configured to do; a server command may poll, change settings and
// run actions (their own switches and the customer's consent are checked by the action runner).
constexpr std::array<Row, kPermissionCount> kMatrix{{
    {Permission::ViewFleet, {Y, Y, Y, Y, Y, Y}},
    {Permission::PollNow, {Y, Y, Y, n, Y, Y}},
    {Permission::Discover, {Y, Y, Y, n, Y, n}},
    {Permission::EditCredentials, {Y, Y, Y, n, n, n}},
    {Permission::AcknowledgeAlerts, {Y, Y, Y, n, n, n}},
    {Permission::Export, {Y, Y, Y, n, Y, n}},
    {Permission::ChangeSettings, {Y, Y, n, n, n, Y}},
    {Permission::RegisterServer, {Y, n, n, n, n, n}},
    {Permission::Sync, {Y, Y, n, n, Y, Y}},
    {Permission::SecurityMode, {Y, n, Y, n, n, n}},
    {Permission::ViewPayload, {Y, Y, n, n, n, n}},
    {Permission::ActionDeviceStatus, {Y, Y, Y, Y, n, Y}},
    {Permission::ActionReboot, {Y, Y, n, n, n, Y}},
    {Permission::ActionUpgradeFirmware, {Y, Y, n, n, n, Y}},
    {Permission::ActionTroubleshoot, {Y, Y, Y, n, n, Y}},
    {Permission::ActionPrintTestPage, {Y, Y, Y, n, n, Y}},
    {Permission::ActionStartManagement, {Y, Y, n, n, n, Y}},
    {Permission::ActionOpenWebPage, {Y, Y, Y, Y, n, n}},
    {Permission::ManageUsers, {Y, n, n, n, n, n}},
    {Permission::ViewAudit, {Y, Y, Y, n, n, n}},
    {Permission::ChangeOwnPassword, {Y, Y, Y, Y, n, n}},
}};

// The rows must be in enum order, so the matrix is indexed, not searched.
constexpr bool matrixInOrder()
{
    for (int i = 0; i < kPermissionCount; ++i) {
        if (int(kMatrix[size_t(i)].permission) != i)
            return false;
    }
    return true;
}
static_assert(matrixInOrder(), "kMatrix rows must follow the order of enum Permission");

struct Names
{
    const char *name;
    const char *verb;
};
constexpr std::array<Names, kPermissionCount> kPermissionNames{{
    {"view", QT_TRANSLATE_NOOP("fleet::security", "view the fleet")},
    {"poll-now", QT_TRANSLATE_NOOP("fleet::security", "poll devices now")},
    {"discover", QT_TRANSLATE_NOOP("fleet::security", "discover devices")},
    {"edit-credentials", QT_TRANSLATE_NOOP("fleet::security", "edit SNMP credentials")},
    {"acknowledge-alerts", QT_TRANSLATE_NOOP("fleet::security", "acknowledge alerts")},
    {"export", QT_TRANSLATE_NOOP("fleet::security", "export data")},
    {"change-settings", QT_TRANSLATE_NOOP("fleet::security", "change settings")},
    {"register-server", QT_TRANSLATE_NOOP("fleet::security", "register with the remote-services server")},
    {"sync", QT_TRANSLATE_NOOP("fleet::security", "synchronise with the remote-services server")},
    {"security-mode", QT_TRANSLATE_NOOP("fleet::security", "change the security mode")},
    {"view-payload", QT_TRANSLATE_NOOP("fleet::security", "view payloads")},
    {"action-device-status", QT_TRANSLATE_NOOP("fleet::security", "get a device's status")},
    {"action-reboot", QT_TRANSLATE_NOOP("fleet::security", "reboot devices")},
    {"action-upgrade-firmware", QT_TRANSLATE_NOOP("fleet::security", "upgrade device firmware")},
    {"action-troubleshoot", QT_TRANSLATE_NOOP("fleet::security", "troubleshoot devices")},
    {"action-print-test-page", QT_TRANSLATE_NOOP("fleet::security", "print test pages")},
    {"action-start-management", QT_TRANSLATE_NOOP("fleet::security", "start device management")},
    {"action-open-web-page", QT_TRANSLATE_NOOP("fleet::security", "open a device's web page")},
    {"manage-users", QT_TRANSLATE_NOOP("fleet::security", "manage users")},
    {"view-audit", QT_TRANSLATE_NOOP("fleet::security", "view the audit log")},
    {"change-own-password", QT_TRANSLATE_NOOP("fleet::security", "change their own password")},
}};

constexpr std::array<Names, kRoleCount> kRoleNames{{
    {"administrator", QT_TRANSLATE_NOOP("fleet::security", "Administrator")},
    {"power-user", QT_TRANSLATE_NOOP("fleet::security", "Power User")},
    {"customer-administrator", QT_TRANSLATE_NOOP("fleet::security", "Customer Administrator")},
    {"customer", QT_TRANSLATE_NOOP("fleet::security", "Customer")},
    {"system", QT_TRANSLATE_NOOP("fleet::security", "System")},
    {"remote", QT_TRANSLATE_NOOP("fleet::security", "Remote")},
}};
} // namespace

QList<Role> allRoles()
{
    QList<Role> roles;
    for (int i = 0; i < kRoleCount; ++i)
        roles << Role(i);
    return roles;
}

QList<Role> accountRoles()
{
    return {Role::Administrator, Role::PowerUser, Role::CustomerAdministrator, Role::Customer};
}

QList<Permission> allPermissions()
{
    QList<Permission> permissions;
    for (int i = 0; i < kPermissionCount; ++i)
        permissions << Permission(i);
    return permissions;
}

QString roleName(Role role)
{
    return QString::fromLatin1(kRoleNames[size_t(role)].name);
}

std::optional<Role> roleFromName(QStringView name)
{
    for (int i = 0; i < kRoleCount; ++i) {
        if (name.compare(QLatin1String(kRoleNames[size_t(i)].name), Qt::CaseInsensitive) == 0)
            return Role(i);
    }
    return std::nullopt;
}

QString roleTitle(Role role)
{
    return tr(kRoleNames[size_t(role)].verb);
}

QString permissionName(Permission permission)
{
    return QString::fromLatin1(kPermissionNames[size_t(permission)].name);
}

QString permissionVerb(Permission permission)
{
    return tr(kPermissionNames[size_t(permission)].verb);
}

bool isAllowed(Role role, Permission permission)
{
    return kMatrix[size_t(permission)].allowed[size_t(role)];
}

SecurityError check(const Actor &actor, Permission permission)
{
    if (isAllowed(actor.role, permission))
        return {};
    return {SecurityErrorCode::Denied,
            tr("%1 (%2) may not %3.").arg(actor.name, roleTitle(actor.role), permissionVerb(permission))};
}

} // namespace fleet::security
