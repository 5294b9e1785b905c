#pragma once
// What the listing commands (audit, audit log, outbox, history) share: --since and --limit are read
// and refused the same way everywhere, and --json wraps the rows in one named array.

#include "cli/CommonOptions.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleet::cli {

// Reads --since DATE into *since (left as it is when the option is absent). Prints why and returns
// false when DATE is neither an ISO 8601 date nor a date-time.
bool readSinceOption(const QCommandLineParser &parser, QDateTime *since);
// Reads --limit N into *limit (left at the caller's default when the option is absent). Prints why
// and returns false when N is not a positive number.
bool readLimitOption(const QCommandLineParser &parser, int *limit);

// Prints {"<key>": [row.toJson(), ...]}, the --json form of a listing.
template <typename Rows> void printJsonList(const QString &key, const Rows &rows)
{
    QJsonArray array;
    for (const auto &row : rows)
        array.append(row.toJson());
    printJson(QJsonDocument(QJsonObject{{key, array}}));
}

} // namespace fleet::cli
