#pragma once
// Logging category of the storage module. Secrets are never logged: only profile names and keys.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
