#pragma once
// The command line of fleetkeeper-receiver: serve, queue, list, set-settings,
// revoke. Results go to
// stdout (ids, revisions, tables or JSON), errors to stderr; exit code 0 on success, 1 when the
// command failed, 2 for a usage error.

#include <QStringList>

namespace fleet::receiver {

int runCli(const QStringList &arguments);

} // namespace fleet::receiver
