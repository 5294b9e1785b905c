#include "GuiStartup.h"

#include "AttachedApp.h"
#include "DesktopSteps.h"
#include "OwningApp.h"
#include "daemon/ProfileLogging.h"
#include "demo/DemoFleet.h"
#include "util/AppSettings.h"
#include "util/SingleInstance.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace fleet::ui {

GuiStartup::GuiStartup(QApplication &app)
    : m_app(app)
{}

int GuiStartup::run()
{
    QApplication::setApplicationName(QStringLiteral("fleetkeeper"));
    QApplication::setApplicationDisplayName(QStringLiteral("Fleetkeeper"));
    QApplication::setApplicationVersion(QStringLiteral(FLEET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/fleet/icons/fleetkeeper.svg")));
    const std::optional<GuiOptions> options = GuiOptions::parse(m_app);
    if (!options)
        return 2;
    const ProfileChoice choice = chooseProfile(*options);
    const ProfileRoot &profile = choice.profile;
    QString error;
    if (!profile.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fleetkeeper"), error);
        return 2;
    }
    installTranslations(profile);
    // Log lines go to the journal, or to <profile>/logs/fleetkeeper.log (rotated).
    daemon::installProfileLogging(profile, QStringLiteral("fleetkeeper.log"), {}, true);
    // The service (fleetkeeperd) owns this profile: attach to it instead of running the schedules.
    if (!options->screenshot) {
        AttachedApp attached(profile);
        if (attached.attach(1000))
            return attached.run(m_app.arguments().mid(1));
    }

    // One running app per profile: a second launch brings the first to the front and exits.
    SingleInstance instance(profile.dir());
    if (!options->screenshot) {
        if (const std::optional<int> exitCode = desktop::claimOrExitCode(instance, m_app.arguments().mid(1)))
            return *exitCode;
    }

    OwningApp app(profile, *options, instance);
    if (choice.demo)
        app.addDemo(demoRecordingsDir());
    return app.run();
}

GuiStartup::ProfileChoice GuiStartup::chooseProfile(const GuiOptions &options)
{
    ProfileChoice choice{ProfileRoot::resolve(options.profileDir), options.demo};
    // Nothing set up (the default profile has no printer and no credential profile): the demo fleet
    // shows what the app does, in a profile of its own, so the first real discovery starts clean.
    if (!choice.demo && !options.profileChosen && !options.noDemo) {
        const auto empty = demo::DemoFleet::isUnconfigured(choice.profile);
        choice.demo = empty.ok() && *empty; // an unreadable database is the user's: no demo over it
    }
    if (choice.demo && !options.profileChosen)
        choice.profile = demoProfile();
    return choice;
}

ProfileRoot GuiStartup::demoProfile()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return ProfileRoot(base + QStringLiteral("/fleetkeeper-demo"));
}

// The language of the settings ("" follows the system), for our catalogue and Qt's own dialogs.
void GuiStartup::installTranslations(const ProfileRoot &profile)
{
    const QString code = AppSettings(profile).language();
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    if (m_translator.load(locale, QStringLiteral("fleetkeeper"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qtTranslator);
}

// $FLEETKEEPER_DEMO_RECORDINGS, else the installed recordings, else the build tree's.
QString GuiStartup::demoRecordingsDir() const
{
    const QString env = qEnvironmentVariable("FLEETKEEPER_DEMO_RECORDINGS");
    if (!env.isEmpty())
        return env;
    const QString installed = QApplication::applicationDirPath() + QStringLiteral("/../share/fleetkeeper/recordings");
    if (QDir(installed).exists())
        return QDir::cleanPath(installed);
    return m_buildTreeRecordings.isEmpty() ? installed : m_buildTreeRecordings;
}

} // namespace fleet::ui
