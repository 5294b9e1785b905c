#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetkeeper-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    // stdout is for results, stderr for errors: diagnostics only when asked for (--verbose or
    // QT_LOGGING_RULES), so scripts can parse what they get.
    QStringList args = QCoreApplication::arguments();
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    if (!verbose && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("fleet.*.info=false\nfleet.*.debug=false"));
    return fleet::cli::run(args);
}
