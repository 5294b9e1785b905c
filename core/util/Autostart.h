#pragma once
// "Start Fleetkeeper when I log in" (XDG Autostart). The package installs the tray entry in
// $XDG_CONFIG_DIRS/autostart (/etc/xdg/autostart); a user switches it off with an entry of the same
// name in $XDG_CONFIG_HOME/autostart (~/.config/autostart) that says Hidden=true, and back on by
// removing that entry. Without an installed entry (a build run from its tree) switching on writes
// a user entry that starts this executable.

#include <QString>

namespace fleet {

class Autostart final
{
public:
    // exec: the program the user entry starts when there is no installed entry.
    explicit Autostart(QString exec);

    static QString entryName() { return QStringLiteral("org.example.fleetkeeper.tray.desktop"); }
    // $XDG_CONFIG_HOME/autostart/<entry>, else ~/.config/autostart/<entry>.
    static QString userEntryPath();
    // The first installed entry in $XDG_CONFIG_DIRS (default /etc/xdg); empty when there is none.
    static QString systemEntryPath();

    bool isEnabled() const;
    // Empty on success, else why the entry could not be written or removed.
    QString setEnabled(bool enabled);

private:
    QString m_exec;
};

} // namespace fleet
