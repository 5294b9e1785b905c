#pragma once
// How the desktop app starts, for app/gui/main.cpp: its command line (GuiOptions), which profile it
// uses and whether the demo fleet runs in it, its language, its log, and then one way on:
// - attached to the service (fleetkeeperd) that owns the profile (AttachedApp);
// - handing its arguments to the app already running on the profile, which comes to the front
//   (SingleInstance), and exiting;
// - running the schedules itself (OwningApp).
// A --screenshot run does neither of the first two: it takes its picture from a process of its own.
// Its messages keep the "main" translation context they had in main.cpp.

#include "GuiOptions.h"
#include "util/ProfileRoot.h"

#include <QTranslator>

class QApplication;

namespace fleet::ui {

class GuiStartup final
{
public:
    explicit GuiStartup(QApplication &app);
    Q_DISABLE_COPY_MOVE(GuiStartup)

    // The demo's recordings when the app runs from its build tree, tried after
    // $FLEETKEEPER_DEMO_RECORDINGS and the installed ones (share/fleetkeeper/recordings).
    void setBuildTreeRecordings(const QString &dir) { m_buildTreeRecordings = dir; }
    // Starts the app and runs its event loop; the process's exit code.
    int run();

    struct ProfileChoice
    {
        ProfileRoot profile;
        bool demo = false;
    };
    // The profile asked for (--profile, $FLEETKEEPER_PROFILE, else the default), and whether the
    // demo fleet runs: on --demo, or when nothing is set up in the default profile and --no-demo
    // is not given. A demo without a chosen profile gets a profile of its own (demoProfile()).
    static ProfileChoice chooseProfile(const GuiOptions &options);
    // The demo's own profile, beside (never inside) the user's default one.
    static ProfileRoot demoProfile();

private:
    void installTranslations(const ProfileRoot &profile);
    QString demoRecordingsDir() const;

    QApplication &m_app;
    QString m_buildTreeRecordings;
    QTranslator m_translator;
    QTranslator m_qtTranslator;
};

} // namespace fleet::ui
