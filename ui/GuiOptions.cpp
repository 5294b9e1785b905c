#include "GuiOptions.h"

#include "control/ScheduleTakeover.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace fleet::ui {

std::optional<GuiOptions> GuiOptions::parse(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("profile"), QApplication::translate("main", "Profile directory."),
                      QApplication::translate("main", "DIR")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QApplication::translate("main", "Save a picture of the window once the fleet is shown, then quit."),
         QApplication::translate("main", "FILE")});
    parser.addOption(
        {QStringLiteral("show"),
         QApplication::translate("main", "With --screenshot: the view to picture (fleet, device, alerts, discovery)."),
         QApplication::translate("main", "VIEW"), QStringLiteral("fleet")});
    parser.addOption({QStringLiteral("demo"),
                      QApplication::translate("main", "Start the demo fleet of simulated printers on loopback, "
                                                      "in its own profile unless --profile is given.")});
    parser.addOption({QStringLiteral("no-demo"),
                      QApplication::translate("main", "Do not start the demo fleet, even when nothing is set up.")});
    // Given by an attached window that took the schedule over from a stopped service.
    QCommandLineOption tookOver(control::ScheduleTakeover::tookOverOption());
    tookOver.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(tookOver);
    parser.process(app);
    const auto view = StartupScreenshot::parseView(parser.value(QStringLiteral("show")));
    if (!view) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main", "Unknown view %1: use fleet, device, alerts or discovery.")
                           .arg(parser.value(QStringLiteral("show")))));
        return std::nullopt;
    }
    GuiOptions options;
    options.profileDir = parser.value(QStringLiteral("profile"));
    options.profileChosen =
        parser.isSet(QStringLiteral("profile")) || !qEnvironmentVariable("FLEETKEEPER_PROFILE").isEmpty();
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.noDemo = parser.isSet(QStringLiteral("no-demo"));
    options.screenshot = parser.isSet(QStringLiteral("screenshot"));
    options.screenshotFile = parser.value(QStringLiteral("screenshot"));
    options.view = *view;
    options.tookOver = parser.isSet(tookOver);
    return options;
}

} // namespace fleet::ui
