#include "daemon/ProfileLogging.h"

#include "util/RotatingLog.h"

#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace fleet::daemon {

namespace {

std::unique_ptr<RotatingLog> g_file;
bool g_stderr = true;

QString normalised(QString rules)
{
    rules.replace(QLatin1Char(';'), QLatin1Char('\n'));
    return rules.trimmed();
}

void fileHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = formatLogLine(LogStyle::Terminal, type, context.category, message);
    if (g_file) {
        if (const QString e = g_file->write(line); !e.isEmpty() && !g_stderr) {
            // The file cannot take it: standard error is the last place left.
            const QByteArray bytes = (e + QLatin1Char('\n') + line + QLatin1Char('\n')).toUtf8();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        }
    }
    if (g_stderr) {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace

QString profileLogRules(const ProfileRoot &profile)
{
    const QSettings ini(profile.settingsPath(), QSettings::IniFormat);
    return normalised(ini.value(QStringLiteral("log/rules")).toString());
}

QString installProfileLogging(const ProfileRoot &profile, const QString &fileName, const QString &rules,
                              bool alsoStandardError)
{
    QStringList all;
    for (const QString &part : {profileLogRules(profile), normalised(rules)}) {
        if (!part.isEmpty())
            all << part;
    }
    if (detectLogStyle() == LogStyle::Journal) {
        installLogging(LogStyle::Journal, all.join(QLatin1Char('\n')));
        return {};
    }
    if (!all.isEmpty())
        QLoggingCategory::setFilterRules(all.join(QLatin1Char('\n')));
    g_stderr = alsoStandardError;
    g_file = std::make_unique<RotatingLog>(profile.logDir(), fileName);
    qInstallMessageHandler(fileHandler);
    return g_file->filePath();
}

} // namespace fleet::daemon
