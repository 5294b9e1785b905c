#pragma once
// daemon/: what the headless agent (fleetkeeperd) needs around the core's always-on services:
// orderly stop on signals, one instance per profile, readiness and watchdog for systemd, and log
// lines the journal files under the right priority. This header holds the module's category.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDaemon)
