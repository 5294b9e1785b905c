#pragma once
// control/: the local control channel between fleetkeeperd and the programs that attach to it (the
// desktop app, `fleetkeeper-cli status`). This header holds the module's logging category.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcControl)
