#include "util/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace fleet {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::Autostart", s);
}

// A .desktop value as the spec reads it: "true"/"false" only.
bool entryIsOn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool inEntry = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inEntry = line == u"[Desktop Entry]";
            continue;
        }
        if (!inEntry)
            continue;
        if (line == u"Hidden=true" || line == u"X-GNOME-Autostart-enabled=false")
            return false;
    }
    return true;
}

QString writeEntry(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Cannot create the directory of %1.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

// Exec= quoting of the Desktop Entry spec: quote when the path has a reserved character.
QString quotedExec(const QString &exec)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(exec.cbegin(), exec.cend(), [](QChar c) { return reserved.contains(c); }))
        return exec;
    QString escaped = exec;
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        escaped.replace(c, QStringLiteral("\\") + c);
    return u'"' + escaped + u'"';
}

} // namespace

Autostart::Autostart(QString exec)
    : m_exec(std::move(exec))
{}

QString Autostart::userEntryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + entryName();
}

QString Autostart::systemEntryPath()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    const QStringList list = dirs.split(u':', Qt::SkipEmptyParts);
    for (const QString &dir : list) {
        const QString path = dir + QStringLiteral("/autostart/") + entryName();
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool Autostart::isEnabled() const
{
    // The user's entry overrides the installed one of the same name.
    const QString user = userEntryPath();
    if (QFileInfo::exists(user))
        return entryIsOn(user);
    const QString system = systemEntryPath();
    return !system.isEmpty() && entryIsOn(system);
}

QString Autostart::setEnabled(bool enabled)
{
    const QString user = userEntryPath();
    const QString system = systemEntryPath();
    if (enabled) {
        if (!system.isEmpty() && entryIsOn(system)) {
            // The installed entry starts the app once the user's override is gone.
            if (QFileInfo::exists(user) && !QFile::remove(user))
                return tr("Cannot remove %1.").arg(user);
            return {};
        }
        const QString content = QStringLiteral("[Desktop Entry]\nType=Application\nName=Fleetkeeper (tray)\n"
                                               "Comment=Keeps Fleetkeeper polling the printers from the system tray "
                                               "after login\nExec=%1\nIcon=fleetkeeper\nTerminal=false\n"
                                               "NoDisplay=true\nX-GNOME-Autostart-enabled=true\n")
                                    .arg(quotedExec(m_exec));
        return writeEntry(user, content.toUtf8());
    }
    if (system.isEmpty()) {
        if (QFileInfo::exists(user) && !QFile::remove(user))
            return tr("Cannot remove %1.").arg(user);
        return {};
    }
    // Hidden=true in the user's entry of the same name switches the installed one off (XDG Autostart).
    return writeEntry(user, QByteArrayLiteral("[Desktop Entry]\nType=Application\nName=Fleetkeeper (tray)\n"
                                              "Exec=fleetkeeper\nHidden=true\n"));
}

} // namespace fleet
