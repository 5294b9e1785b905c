#pragma once
// Debug log of the sync module: requests, retries, outbox changes. Secrets (payload key,
// passphrases, proxy password) and payload contents are never logged.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
