#include "MainWindow.h"
#include "TrayController.h"
#include "schedule/FleetService.h"
#include "sync/SyncService.h"
#include "util/AppSettings.h"
#include "util/ProfileRoot.h"
#include "util/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

namespace {

// The language of the settings ("" follows the system), for our catalogue and Qt's own dialogs.
void installTranslations(const fleet::ProfileRoot &profile, QTranslator &ours, QTranslator &qt)
{
    const QString code = fleet::AppSettings(profile).language();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    if (ours.load(locale, QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&ours);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
}

void bringToFront(QWidget &window)
{
    window.showNormal();
    window.raise();
    window.activateWindow();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fleetkeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fleetkeeper"));
    QApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/fleet/icons/fleetkeeper.svg")));
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
    QTranslator translator, qtTranslator;
    installTranslations(profile, translator, qtTranslator);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

    // One running app per profile: a second launch brings the first to the front and exits.
    fleet::SingleInstance instance(profile.dir());
    if (!screenshot) {
        switch (instance.claim(app.arguments().mid(1))) {
        case fleet::SingleInstance::Role::Secondary:
            return 0;
        case fleet::SingleInstance::Role::Failed:
            QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), instance.errorString());
            return 2;
        case fleet::SingleInstance::Role::Primary:
            break;
        }
    }

    fleet::ui::MainWindow window(profile);
    // Polling and the daily upload run on their schedules for as long as the app runs, window
    // closed or not (catching up a missed run at start).
    fleet::schedule::FleetService service(profile);
    fleet::sync::SyncService sync(profile);
    window.attachService(&service);
    fleet::ui::TrayController tray(&service);
    QObject::connect(&instance, &fleet::SingleInstance::activationRequested, &window,
                     [&window] { bringToFront(window); });
    QObject::connect(&tray, &fleet::ui::TrayController::openRequested, &window, [&window] { bringToFront(window); });
    QObject::connect(&tray, &fleet::ui::TrayController::quitRequested, &app, &QApplication::quit);

    if (screenshot) {
        window.show();
        const QString file = parser.value(QStringLiteral("screenshot"));
        QObject::connect(&window, &fleet::ui::MainWindow::refreshed, &window, [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QApplication::exit(ok ? 0 : 1);
            });
        });
        return app.exec();
    }

    service.start();
    sync.start();
    // With a tray icon, closing the window hides it and the schedule keeps running; without one
    // (no tray on this desktop), closing the window quits.
    const bool inTray = tray.show();
    window.setCloseHidesToTray(inTray);
    QApplication::setQuitOnLastWindowClosed(!inTray);
    if (!(inTray && service.settings().startMinimised()))
        window.show();
    return app.exec();
}
