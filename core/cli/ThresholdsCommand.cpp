// thresholds: the alert thresholds (alerting::ThresholdSettings), shown or set by name.

#include "alerting/ThresholdSettings.h"
#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"
#include "util/AppSettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

// "supply-percent=15 failed-polls=5" over base; an unknown name, a value that is not a number or
// out of range is refused with the reason, and nothing is changed.
std::optional<alerting::Thresholds> applyAssignments(alerting::Thresholds base, const QStringList &assignments,
                                                     QString *error)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        const QString name = a.left(eq).trimmed();
        const alerting::ThresholdField *field = eq > 0 ? alerting::thresholdField(name) : nullptr;
        if (!field) {
            QStringList names;
            for (const alerting::ThresholdField &f : alerting::thresholdFields())
                names << f.name;
            *error = tr("%1 is not NAME=VALUE with one of these names: %2.").arg(a, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        bool ok = false;
        const double value = a.mid(eq + 1).trimmed().toDouble(&ok);
        if (!ok) {
            *error = tr("%1 takes a number, not '%2'.").arg(name, a.mid(eq + 1));
            return std::nullopt;
        }
        if (const QString problem = alerting::thresholdProblem(*field, value); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        field->setIn(base, value);
    }
    return base;
}
} // namespace

int thresholdsCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addPositionalArgument(QStringLiteral("action"), tr("show (default) | set NAME=VALUE..."));
    int code = 0;
    if (!parseOrExplain(p, args,
                        tr("Show or set the thresholds alert conditions open at. 'set' takes NAME=VALUE pairs; "
                           "the names are those 'show' lists."),
                        &code))
        return code;
    const QStringList positional = p.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("show"));
    if (action != u"set" && action != u"show") {
        printError(tr("Use thresholds show or thresholds set NAME=VALUE..."));
        return ExitUsage;
    }
    if (action == u"set" && positional.size() < 2) {
        printError(tr("thresholds set takes at least one NAME=VALUE."));
        return ExitUsage;
    }
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    auto thresholds = alerting::loadThresholds(storage.db());
    if (!thresholds) {
        printError(thresholds.error().message);
        return ExitUsage;
    }
    if (action == u"set") {
        const auto actor = cliActingUser(p, storage.db());
        if (!actor)
            return ExitUsage;
        QString error;
        const auto wanted = applyAssignments(*thresholds, positional.mid(1), &error);
        if (!wanted) {
            printError(error);
            return ExitUsage;
        }
        if (auto refused = alerting::changeThresholds(storage.db(), *actor, *wanted)) {
            printError(refused.message);
            return ExitUsage;
        }
        *thresholds = *wanted;
    }

    const int notReportingHours = int(AppSettings(profileFrom(p)).notReportingAfter().count());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        for (const alerting::ThresholdField &f : alerting::thresholdFields())
            o.insert(f.name, f.valueIn(*thresholds));
        o.insert(QStringLiteral("not-reporting-hours"), notReportingHours);
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream out(stdout);
    for (const alerting::ThresholdField &f : alerting::thresholdFields())
        out << QStringLiteral("%1 = %2").arg(f.name).arg(f.valueIn(*thresholds)) << "  # " << f.description() << '\n';
    out << QStringLiteral("not-reporting-hours = %1").arg(notReportingHours) << "  # "
        << tr("set in the poll settings (fleetkeeper.ini health/notReportingHours)") << '\n';
    return ExitOk;
}

} // namespace fleet::cli
