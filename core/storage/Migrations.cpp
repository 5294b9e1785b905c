#include "storage/Migrations.h"

namespace fleet::storage {

namespace {

// Version 1: devices and everything polled from them. Times are UTC milliseconds since the
// epoch (INTEGER): a third of the size of ISO text in the time-series tables.
MigrationStep version1()
{
    return {1,
            QStringLiteral("devices, polls, meter and supply time series, alerts, credential profiles"),
            {
                QStringLiteral(R"(CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    serial TEXT,
    sys_object_id TEXT NOT NULL DEFAULT '',
    manufacturer TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    firmware TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL,
    last_known_address TEXT,
    ip_changed INTEGER NOT NULL DEFAULT 0,
    ip_changed_at INTEGER,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER,
    last_success_at INTEGER,
    last_poll_at INTEGER,
    status TEXT NOT NULL DEFAULT 'unknown',
    credential_name TEXT,
    discovery_method TEXT,
    discovered_at INTEGER,
    in_scope INTEGER NOT NULL DEFAULT 1
))"),
                QStringLiteral("CREATE INDEX devices_serial ON devices(serial) WHERE serial IS NOT NULL"),
                QStringLiteral("CREATE INDEX devices_address ON devices(address)"),
                QStringLiteral(R"(CREATE TABLE device_macs (
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    mac TEXT NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    PRIMARY KEY (device_id, mac)
) WITHOUT ROWID)"),
                QStringLiteral("CREATE INDEX device_macs_mac ON device_macs(mac)"),
                QStringLiteral(R"(CREATE TABLE polls (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    polled_at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    requests INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL,
    error_class TEXT,
    message TEXT,
    address TEXT
))"),
                QStringLiteral("CREATE INDEX polls_device_time ON polls(device_id, polled_at)"),
                // A meter series is one counter of one device as one source reads it; a change
                // of unit, OID or source starts a new series, so readings of one series compare.
                QStringLiteral(R"(CREATE TABLE meters (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    oid TEXT NOT NULL DEFAULT '',
    UNIQUE (device_id, name, unit, source, oid)
))"),
                // raw_value is NULL when the raw text is just the decimal value (most counters).
                QStringLiteral(R"(CREATE TABLE meter_readings (
    id INTEGER PRIMARY KEY,
    meter_id INTEGER NOT NULL REFERENCES meters(id) ON DELETE CASCADE,
    read_at INTEGER NOT NULL,
    value INTEGER NOT NULL,
    raw_value TEXT,
    suspect INTEGER NOT NULL DEFAULT 0
))"),
                QStringLiteral("CREATE INDEX meter_readings_meter_time ON meter_readings(meter_id, read_at)"),
                // A supply is identified by its row and description: a differently described
                // cartridge in the same slot is another supply.
                QStringLiteral(R"(CREATE TABLE supplies (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    hr_device_index INTEGER NOT NULL,
    supply_index INTEGER NOT NULL,
    description TEXT NOT NULL,
    supply_class TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    part_number TEXT NOT NULL DEFAULT '',
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    UNIQUE (device_id, hr_device_index, supply_index, description)
))"),
                QStringLiteral(R"(CREATE TABLE supply_readings (
    id INTEGER PRIMARY KEY,
    supply_id INTEGER NOT NULL REFERENCES supplies(id) ON DELETE CASCADE,
    read_at INTEGER NOT NULL,
    max_capacity INTEGER,
    level INTEGER,
    percent REAL,
    state TEXT NOT NULL
))"),
                QStringLiteral("CREATE INDEX supply_readings_supply_time ON supply_readings(supply_id, read_at)"),
                // prtAlertIndex values are reused by devices, so an alert is identified by what it
                // says; at most one open row per identity.
                QStringLiteral(R"(CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,
    severity INTEGER NOT NULL,
    severity_name TEXT NOT NULL DEFAULT '',
    training_level INTEGER NOT NULL DEFAULT 0,
    training_level_name TEXT NOT NULL DEFAULT '',
    alert_group INTEGER NOT NULL,
    group_name TEXT NOT NULL DEFAULT '',
    group_index INTEGER NOT NULL DEFAULT 0,
    location INTEGER NOT NULL DEFAULT 0,
    code INTEGER NOT NULL,
    code_name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    hr_device_index INTEGER NOT NULL DEFAULT 0,
    alert_index INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    cleared_at INTEGER
))"),
                QStringLiteral("CREATE UNIQUE INDEX alerts_open_identity ON alerts(device_id, severity, alert_group, "
                               "group_index, code, description) WHERE cleared_at IS NULL"),
                QStringLiteral("CREATE INDEX alerts_device_time ON alerts(device_id, first_seen)"),
                QStringLiteral(R"(CREATE TABLE latest_snapshots (
    device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    polled_at INTEGER NOT NULL,
    snapshot TEXT NOT NULL
))"),
                // Non-secret fields only: communities and passphrases live in the secrets file.
                QStringLiteral(R"(CREATE TABLE credential_profiles (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    security_level TEXT NOT NULL DEFAULT 'noAuthNoPriv',
    auth_protocol TEXT NOT NULL DEFAULT 'none',
    priv_protocol TEXT NOT NULL DEFAULT 'none',
    context_name TEXT NOT NULL DEFAULT '',
    timeout_ms INTEGER NOT NULL,
    retries INTEGER NOT NULL,
    max_repetitions INTEGER NOT NULL
))"),
                QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            }};
}

// Version 2: the event log and discovery runs. Devices stored by version 1 get their
// deviceAdded (and ipChanged) events back-filled so the log is complete after an upgrade.
MigrationStep version2()
{
    return {2,
            QStringLiteral("events, discovery runs, meter agreement state"),
            {
                QStringLiteral(R"(CREATE TABLE discovery_runs (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    targets TEXT NOT NULL DEFAULT '[]',
    found INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT ''
))"),
                QStringLiteral(R"(CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '{}'
))"),
                QStringLiteral("CREATE INDEX events_device_time ON events(device_id, at)"),
                QStringLiteral("CREATE INDEX events_time ON events(at)"),
                QStringLiteral("ALTER TABLE devices ADD COLUMN discovery_run_id INTEGER "
                               "REFERENCES discovery_runs(id) ON DELETE SET NULL"),
                QStringLiteral("ALTER TABLE devices ADD COLUMN meters_disagree INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral(R"(INSERT INTO events (device_id, at, kind, message, details)
SELECT id, first_seen, 'deviceAdded', 'Device added at ' || address,
       json_object('address', address, 'serial', serial, 'backfilled', json('true'))
FROM devices ORDER BY first_seen, id)"),
                QStringLiteral(R"(INSERT INTO events (device_id, at, kind, message, details)
SELECT id, ip_changed_at, 'ipChanged', 'Address changed from ' || last_known_address || ' to ' || address,
       json_object('from', last_known_address, 'to', address, 'backfilled', json('true'))
FROM devices WHERE ip_changed = 1 AND ip_changed_at IS NOT NULL ORDER BY ip_changed_at, id)"),
            }};
}

// Version 3: an administrator acknowledges an alert (who and when); acknowledging does not
// clear it, the device does.
MigrationStep version3()
{
    return {3,
            QStringLiteral("alert acknowledgement"),
            {
                QStringLiteral("ALTER TABLE alerts ADD COLUMN acknowledged_at INTEGER"),
                QStringLiteral("ALTER TABLE alerts ADD COLUMN acknowledged_by TEXT"),
                QStringLiteral("ALTER TABLE alerts ADD COLUMN acknowledge_note TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX alerts_open ON alerts(cleared_at, severity)"),
            }};
}

// Version 4: remote services sync (docs/protocol.md). The outbox keeps every payload (zipped and
// encrypted, as sent) with the idempotency key chosen before the first attempt; the exchange log
// records every request (R3.7); commands keep what the server asked and what the agent answered,
// so a replayed command is never run twice; sync_state holds small values such as the readings
// mark and the settings revision.
MigrationStep version4()
{
    return {4,
            QStringLiteral("sync outbox, exchange log, received commands, sync state"),
            {
                QStringLiteral(R"(CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'payload',
    created_at INTEGER NOT NULL,
    generated_at INTEGER NOT NULL,
    readings_since INTEGER,
    locked_down INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued',
    body BLOB NOT NULL,
    xml_bytes INTEGER NOT NULL DEFAULT 0,
    devices INTEGER NOT NULL DEFAULT 0,
    readings INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_attempt_at INTEGER,
    next_attempt_at INTEGER,
    last_status INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    finished_at INTEGER,
    receipt TEXT NOT NULL DEFAULT '{}'
))"),
                QStringLiteral("CREATE INDEX sync_outbox_state ON sync_outbox(state, next_attempt_at)"),
                QStringLiteral(R"(CREATE TABLE sync_exchanges (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    method TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    bytes_out INTEGER NOT NULL DEFAULT 0,
    bytes_in INTEGER NOT NULL DEFAULT 0,
    status INTEGER,
    duration_ms INTEGER NOT NULL DEFAULT 0,
    payload_id TEXT,
    error_kind TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT ''
))"),
                QStringLiteral("CREATE INDEX sync_exchanges_time ON sync_exchanges(at)"),
                QStringLiteral(R"(CREATE TABLE sync_commands (
    command_id TEXT PRIMARY KEY,
    received_at INTEGER NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    device_id INTEGER,
    document TEXT NOT NULL DEFAULT '{}',
    state TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    finished_at INTEGER,
    idempotency_key TEXT NOT NULL,
    result_posted_at INTEGER,
    post_attempts INTEGER NOT NULL DEFAULT 0,
    post_error TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID)"),
                QStringLiteral(R"(CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID)"),
            }};
}

// Version 5: local accounts, Unix group to role mappings and the hash-chained security audit log
// (docs/security.md). The audit table refuses UPDATE and DELETE through triggers; AUTOINCREMENT keeps
// the highest sequence number in sqlite_sequence, so deleting the newest rows is noticed too.
MigrationStep version5()
{
    return {5,
            QStringLiteral("user accounts, group roles, security audit log"),
            {
                QStringLiteral(R"(CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER,
    last_login_at INTEGER
))"),
                QStringLiteral(R"(CREATE TABLE group_roles (
    group_name TEXT PRIMARY KEY,
    role TEXT NOT NULL
) WITHOUT ROWID)"),
                QStringLiteral(R"(CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    device_id INTEGER,
    parameters TEXT NOT NULL DEFAULT '{}',
    result TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
))"),
                QStringLiteral("CREATE INDEX audit_log_time ON audit_log(at)"),
                QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                               "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            }};
}

// Version 6: alerting (docs/alerting.md). Alert profiles say which conditions of which devices
// reach whom and how; alert_conditions tracks each condition's open/clear lifecycle so one
// notification goes out when it opens and none while it stays open; notifications is the durable
// mail queue and its delivery record (a server that is down loses nothing); alerting_settings
// holds the SMTP server and the digest bookkeeping (the SMTP password lives in the secrets file).
MigrationStep version6()
{
    return {6,
            QStringLiteral("alert profiles, tracked conditions, notification queue, alerting settings"),
            {
                QStringLiteral(R"(CREATE TABLE alert_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    kinds TEXT NOT NULL DEFAULT '[]',
    categories TEXT NOT NULL DEFAULT '[]',
    min_severity TEXT NOT NULL DEFAULT 'warning',
    device_scope TEXT NOT NULL DEFAULT 'all',
    device_values TEXT NOT NULL DEFAULT '[]',
    recipients TEXT NOT NULL DEFAULT '[]',
    delivery TEXT NOT NULL DEFAULT 'immediate',
    digest_hour INTEGER NOT NULL DEFAULT 7,
    quiet_start INTEGER,
    quiet_end INTEGER,
    notify_clear INTEGER NOT NULL DEFAULT 1,
    reminder_hours INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE alert_conditions (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    device_id INTEGER REFERENCES devices(id) ON DELETE CASCADE,
    category TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    opened_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    absent_since INTEGER,
    cleared_at INTEGER,
    announce_after INTEGER NOT NULL,
    announced INTEGER NOT NULL DEFAULT 0,
    flaps INTEGER NOT NULL DEFAULT 0
))"),
                QStringLiteral("CREATE INDEX alert_conditions_open ON alert_conditions(cleared_at)"),
                QStringLiteral(R"(CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    profile_id INTEGER REFERENCES alert_profiles(id) ON DELETE SET NULL,
    profile_name TEXT NOT NULL DEFAULT '',
    condition_key TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL,
    severity TEXT NOT NULL DEFAULT '',
    device_id INTEGER,
    recipients TEXT NOT NULL DEFAULT '[]',
    subject TEXT NOT NULL DEFAULT '',
    body_text TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER,
    last_attempt_at INTEGER,
    last_error TEXT NOT NULL DEFAULT '',
    sent_at INTEGER,
    digest_id INTEGER
))"),
                QStringLiteral("CREATE INDEX notifications_due ON notifications(state, next_attempt_at)"),
                QStringLiteral("CREATE INDEX notifications_pair ON notifications(profile_id, condition_key, created_at)"),
                QStringLiteral(R"(CREATE TABLE alerting_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID)"),
            }};
}

// Version 7: consent for remote actions (docs/actions.md). A device action the server asks for
// under the "ask" policy waits here until a person approves or denies it, or it expires; the row
// keeps who decided and the result, the result for the server itself lives in sync_commands.
MigrationStep version7()
{
    return {7,
            QStringLiteral("consents for remote device actions"),
            {
                QStringLiteral(R"(CREATE TABLE action_consents (
    id INTEGER PRIMARY KEY,
    command_id TEXT NOT NULL UNIQUE,
    action TEXT NOT NULL,
    device_id INTEGER,
    device_label TEXT NOT NULL DEFAULT '',
    parameters TEXT NOT NULL DEFAULT '{}',
    received_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_role TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '{}',
    finished_at INTEGER
))"),
                QStringLiteral("CREATE INDEX action_consents_state ON action_consents(state, expires_at)"),
            }};
}

// Version 8: the security posture probe (docs/posture.md). The latest probe result of each
// device as JSON; the report is computed from it, the devices table and the profile's settings.
MigrationStep version8()
{
    return {8,
            QStringLiteral("security posture probe results"),
            {
                QStringLiteral(R"(CREATE TABLE posture_probes (
    device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
    probed_at INTEGER NOT NULL,
    result TEXT NOT NULL
))"),
            }};
}

// Version 9: the remote-services server's own certificate as last seen on a verified connection
// (core/sync/ServerCertificate.h), one row per server host, rewritten only when the certificate
// changes; alerting watches its end date.
MigrationStep version9()
{
    return {9,
            QStringLiteral("the remote-services server's certificate"),
            {
                QStringLiteral(R"(CREATE TABLE server_certificates (
    host TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    alt_names TEXT NOT NULL DEFAULT '[]',
    issuer TEXT NOT NULL,
    not_before INTEGER,
    not_after INTEGER,
    sha256 TEXT NOT NULL,
    seen_at INTEGER NOT NULL
) WITHOUT ROWID)"),
            }};
}

} // namespace

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{version1(), version2(), version3(), version4(), version5(),
                                            version6(), version7(), version8(), version9()};
    return steps;
}

} // namespace fleet::storage
