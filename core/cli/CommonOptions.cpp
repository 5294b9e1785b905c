#include "cli/CommonOptions.h"

#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleet::cli {

void addCommonOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("profile"),
         QCoreApplication::translate("fleet::cli", "Profile directory (config, database, logs)."),
         QCoreApplication::translate("fleet::cli", "DIR")},
        {QStringLiteral("json"), QCoreApplication::translate("fleet::cli", "Machine-readable JSON output.")},
    });
    p.addHelpOption();
}

bool parseOrExplain(QCommandLineParser &p, const QStringList &args, const QString &synopsis, int *exitCode)
{
    p.setApplicationDescription(synopsis);
    if (!p.parse(args)) {
        printError(p.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

ProfileRoot profileFrom(const QCommandLineParser &p)
{
    return ProfileRoot::resolve(p.value(QStringLiteral("profile")));
}

void printJson(const QJsonDocument &doc)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QDateTime parseDateArgument(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t.toUTC();
}

void printError(const QString &message)
{
    QTextStream err(stderr);
    err << "fleetkeeper-cli: " << message << '\n';
}

} // namespace fleet::cli
