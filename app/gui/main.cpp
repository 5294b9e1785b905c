#include "MainWindow.h"
#include "schedule/FleetService.h"
#include "util/ProfileRoot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleetkeeper"));
    QApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    // The language follows the system locale (a settings override arrives with the settings dialog).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile directory."),
                      QApplication::translate("main", "DIR")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a picture of the window once the fleet is shown, then quit."),
         QApplication::translate("main", "FILE")});
    parser.process(app);
    const fleet::ProfileRoot profile = fleet::ProfileRoot::resolve(parser.value(QStringLiteral("profile")));
    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), error);
        return 2;
    }
    fleet::ui::MainWindow window(profile);
    // Polling runs on its schedule for as long as the app runs (catching up a missed run at start).
    fleet::schedule::FleetService service(profile);
    window.attachService(&service);
    if (!parser.isSet(QStringLiteral("screenshot")))
        service.start();
    window.show();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(&window, &fleet::ui::MainWindow::refreshed, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return app.exec();
}
