#pragma once
// The command line of the desktop app (fleetkeeper): --profile, --demo, --no-demo, --screenshot,
// --show, and the hidden option an attached window passes when it takes the schedule over. Its
// messages keep the "main" translation context they had in the app's main.cpp.

#include "StartupScreenshot.h"

#include <QString>

#include <optional>

class QCoreApplication;

namespace fleet::ui {

struct GuiOptions
{
    QString profileDir;         // --profile DIR, empty for the default one
    bool profileChosen = false; // --profile or $FLEETKEEPER_PROFILE: the user picked the profile
    bool demo = false;          // --demo
    bool noDemo = false;        // --no-demo
    bool screenshot = false;    // --screenshot FILE
    QString screenshotFile;
    StartupScreenshot::View view = StartupScreenshot::View::Fleet; // --show VIEW
    bool tookOver = false;                                         // the schedule was taken over from a stopped service

    // Parses app's arguments. --help, --version and a malformed command line end the process, as
    // QCommandLineParser::process does; an unknown --show view is printed on stderr and gives
    // nullopt (the app then exits with 2).
    static std::optional<GuiOptions> parse(QCoreApplication &app);
};

} // namespace fleet::ui
