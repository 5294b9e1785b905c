#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetkeeper-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // stdout is for results, stderr for errors: diagnostics only when asked for (--verbose or
    // QT_LOGGING_RULES), so scripts can parse what they get.
    QStringList args = QCoreApplication::arguments();
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    if (!verbose && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("fleet.*.info=false\nfleet.*.debug=false"));
    return fleet::cli::run(args);
}
