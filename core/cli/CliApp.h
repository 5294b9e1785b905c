#pragma once
// fleetkeeper-cli: a stable, scriptable interface over the core (docs/cli.md). Exit codes:
// 0 all good, 1 some devices failed (reported per device), 2 usage or configuration error.

#include <QStringList>

namespace fleet::cli {

enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2 };

// Runs one command line (arguments include the program name). Needs a QCoreApplication.
int run(const QStringList &arguments);

} // namespace fleet::cli
