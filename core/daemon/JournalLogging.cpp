#include "daemon/JournalLogging.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

namespace fleet::daemon {

namespace {

LogStyle g_style = LogStyle::Terminal;

int journalPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

QLatin1String levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("info");
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = formatLogLine(g_style, type, context.category, message).toUtf8() + '\n';
    // One fwrite per line: lines of two threads never interleave inside a line.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

LogStyle detectLogStyle()
{
    return qEnvironmentVariableIsEmpty("JOURNAL_STREAM") ? LogStyle::Terminal : LogStyle::Journal;
}

QString formatLogLine(LogStyle style, QtMsgType type, const char *category, const QString &message)
{
    const QString cat = category && *category ? QString::fromLatin1(category) : QStringLiteral("default");
    // A message with line breaks would become several journal entries, the later ones without a
    // priority: keep one entry per message.
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1String(" | "));
    if (style == LogStyle::Journal)
        return QStringLiteral("<%1>%2: %3").arg(journalPriority(type)).arg(cat, text);
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), levelName(type), cat, text);
}

void installLogging(LogStyle style, const QString &rules)
{
    g_style = style;
    if (!rules.isEmpty()) {
        QString normalised = rules;
        normalised.replace(QLatin1Char(';'), QLatin1Char('\n'));
        QLoggingCategory::setFilterRules(normalised);
    }
    qInstallMessageHandler(handler);
}

} // namespace fleet::daemon
