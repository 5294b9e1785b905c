#include "cli/CliListing.h"

#include <QCoreApplication>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}
} // namespace

bool readSinceOption(const QCommandLineParser &p, QDateTime *since)
{
    if (!p.isSet(QStringLiteral("since")))
        return true;
    *since = parseDateArgument(p.value(QStringLiteral("since")));
    if (!since->isValid()) {
        printError(tr("--since takes an ISO 8601 date or date-time."));
        return false;
    }
    return true;
}

bool readLimitOption(const QCommandLineParser &p, int *limit)
{
    if (!p.isSet(QStringLiteral("limit")))
        return true;
    bool ok = false;
    *limit = p.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || *limit < 1) {
        printError(tr("--limit takes a positive number."));
        return false;
    }
    return true;
}

} // namespace fleet::cli
