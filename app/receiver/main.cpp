#include "receiver/ReceiverCli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fleetkeeper-receiver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return fleet::receiver::runCli(QCoreApplication::arguments());
}
