// "Start Fleetkeeper when I log in": the XDG autostart entry written and removed under a temporary
// $XDG_CONFIG_HOME, with and without an installed entry in $XDG_CONFIG_DIRS.

#include "util/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;

namespace {
QString contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestAutostart final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_system;

    QString installedEntry() const { return m_system.filePath(QStringLiteral("autostart/") + Autostart::entryName()); }

private Q_SLOTS:
    void init()
    {
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_DIRS", m_system.path().toUtf8());
        QDir(m_home.path()).removeRecursively();
        QDir().mkpath(m_home.path());
        QDir(m_system.filePath(QStringLiteral("autostart"))).removeRecursively();
    }

    void pathsFollowTheEnvironment()
    {
        QCOMPARE(Autostart::userEntryPath(), m_home.path() + QStringLiteral("/autostart/") + Autostart::entryName());
        QVERIFY(Autostart::systemEntryPath().isEmpty());
        qputenv("XDG_CONFIG_HOME", "relative/is/ignored");
        QCOMPARE(Autostart::userEntryPath(),
                 QDir::homePath() + QStringLiteral("/.config/autostart/") + Autostart::entryName());
    }

    void withoutAnInstalledEntry()
    {
        Autostart autostart(QStringLiteral("/opt/my build/fleetkeeper"));
        QVERIFY(!autostart.isEnabled());
        QVERIFY(autostart.setEnabled(true).isEmpty());
        QVERIFY(autostart.isEnabled());
        const QString entry = contentOf(Autostart::userEntryPath());
        QVERIFY2(entry.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(entry));
        QVERIFY2(entry.contains(QLatin1String("Exec=\"/opt/my build/fleetkeeper\"\n")), qPrintable(entry));
        QVERIFY(!entry.contains(QLatin1String("Hidden=true")));
        QVERIFY(autostart.setEnabled(false).isEmpty());
        QVERIFY(!QFileInfo::exists(Autostart::userEntryPath()));
        QVERIFY(!autostart.isEnabled());
    }

    void overridesTheInstalledEntry()
    {
        QVERIFY(QDir().mkpath(QFileInfo(installedEntry()).absolutePath()));
        QFile installed(installedEntry());
        QVERIFY(installed.open(QIODevice::WriteOnly));
        installed.write("[Desktop Entry]\nType=Application\nName=Fleetkeeper (tray)\nExec=fleetkeeper\n");
        installed.close();
        QCOMPARE(Autostart::systemEntryPath(), installedEntry());

        Autostart autostart(QStringLiteral("/usr/bin/fleetkeeper"));
        QVERIFY(autostart.isEnabled()); // installed and not overridden
        QVERIFY(autostart.setEnabled(false).isEmpty());
        QVERIFY(!autostart.isEnabled());
        QVERIFY2(contentOf(Autostart::userEntryPath()).contains(QLatin1String("\nHidden=true\n")),
                 qPrintable(contentOf(Autostart::userEntryPath())));
        QCOMPARE(contentOf(installedEntry()).contains(QLatin1String("Hidden")), false); // never touched
        QVERIFY(autostart.setEnabled(true).isEmpty());
        QVERIFY(!QFileInfo::exists(Autostart::userEntryPath())); // the installed one applies again
        QVERIFY(autostart.isEnabled());
    }

    void aDesktopsOwnSwitchIsRespected()
    {
        // GNOME's settings write X-GNOME-Autostart-enabled=false rather than Hidden.
        QVERIFY(QDir().mkpath(QFileInfo(Autostart::userEntryPath()).absolutePath()));
        QFile user(Autostart::userEntryPath());
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("[Desktop Entry]\nExec=fleetkeeper\nX-GNOME-Autostart-enabled=false\n");
        user.close();
        QVERIFY(!Autostart(QStringLiteral("fleetkeeper")).isEnabled());
    }

    void unwritableConfigIsReported()
    {
        QFile blocker(m_home.filePath(QStringLiteral("autostart")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the directory should be
        blocker.close();
        QVERIFY(!Autostart(QStringLiteral("fleetkeeper")).setEnabled(true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
