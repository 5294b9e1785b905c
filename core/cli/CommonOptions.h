#pragma once
// Options every command accepts, and the small helpers commands share.

#include "util/ProfileRoot.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonDocument>

namespace fleet::cli {

void addCommonOptions(QCommandLineParser &parser);
// Parses args; on --help prints help and returns false with exitCode 0; on errors prints and
// returns false with exitCode 2.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, const QString &synopsis, int *exitCode);
ProfileRoot profileFrom(const QCommandLineParser &parser);
void printJson(const QJsonDocument &doc);
void printError(const QString &message);
// An ISO 8601 date (its start, local time) or date-time, as UTC; invalid when it is neither.
QDateTime parseDateArgument(const QString &text);

} // namespace fleet::cli
