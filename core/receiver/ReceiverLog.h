#pragma once
// Debug log of the receiver (the provider-side reference server). The request log proper is
// data: one line on stdout and one row in receiver.db per request, written by HttpConnection's
// owner, not through this category. Payload keys and payload contents are never logged.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
