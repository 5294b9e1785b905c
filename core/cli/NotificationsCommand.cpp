// notifications: the stored notifications and their delivery; alert-profiles: who hears of which
// conditions; smtp: the server the mail goes through (the password goes to the secrets file).

#include "alerting/AlertProfile.h"
#include "alerting/MailDispatcher.h"
#include "alerting/NotificationQueue.h"
#include "alerting/Notifier.h"
#include "alerting/QueueControl.h"
#include "alerting/SmtpSettings.h"
#include "alerting/SmtpSettingsChange.h"
#include "cli/AuditVerifyCommand.h"
#include "cli/CliApp.h"
#include "cli/CliCommands.h"
#include "cli/CommonOptions.h"
#include "cli/StorageSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <iostream>
#include <string>

namespace fleet::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("fleet::cli", s);
}

QJsonValue isoJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &v : value.split(u',', Qt::SkipEmptyParts))
        out << v.trimmed();
    return out;
}

std::optional<int> minuteOf(const QString &hhmm)
{
    const QTime t = QTime::fromString(hhmm, QStringLiteral("H:mm"));
    return t.isValid() ? std::optional<int>(t.hour() * 60 + t.minute()) : std::nullopt;
}

QJsonObject notificationJson(const alerting::NotificationRecord &n)
{
    return QJsonObject{
        {QStringLiteral("id"), double(n.id)},
        {QStringLiteral("createdAt"), isoJson(n.createdAt)},
        {QStringLiteral("profile"), n.profileName},
        {QStringLiteral("condition"), n.conditionKey},
        {QStringLiteral("event"), n.event},
        {QStringLiteral("severity"), n.severity},
        {QStringLiteral("deviceId"), n.deviceId ? QJsonValue(double(*n.deviceId)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(n.recipients)},
        {QStringLiteral("subject"), n.subject},
        {QStringLiteral("state"), n.state},
        {QStringLiteral("attempts"), n.attempts},
        {QStringLiteral("nextAttemptAt"), isoJson(n.nextAttemptAt)},
        {QStringLiteral("lastAttemptAt"), isoJson(n.lastAttemptAt)},
        {QStringLiteral("lastError"), n.lastError},
        {QStringLiteral("sentAt"), isoJson(n.sentAt)},
        {QStringLiteral("digestId"), n.digestId ? QJsonValue(double(*n.digestId)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject profileJson(const alerting::AlertProfile &p)
{
    QStringList kinds, categories;
    for (auto k : p.kinds)
        kinds << alerting::conditionKindName(k);
    for (auto c : p.categories)
        categories << alerting::alertCategoryName(c);
    kinds.sort();
    categories.sort();
    auto hhmm = [](std::optional<int> m) {
        return m ? QJsonValue(QStringLiteral("%1:%2")
                                  .arg(*m / 60, 2, 10, QLatin1Char('0'))
                                  .arg(*m % 60, 2, 10, QLatin1Char('0')))
                 : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("enabled"), p.enabled},
        {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
        {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
        {QStringLiteral("minSeverity"), alerting::severityName(p.minSeverity)},
        {QStringLiteral("scope"), alerting::deviceScopeName(p.scope)},
        {QStringLiteral("scopeValues"), QJsonArray::fromStringList(p.scopeValues)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(p.recipients)},
        {QStringLiteral("delivery"),
         p.delivery == alerting::Delivery::Digest ? QStringLiteral("digest") : QStringLiteral("immediate")},
        {QStringLiteral("digestHour"), p.digestHour},
        {QStringLiteral("quietStart"), hhmm(p.quietStartMinute)},
        {QStringLiteral("quietEnd"), hhmm(p.quietEndMinute)},
        {QStringLiteral("notifyClear"), p.notifyClear},
        {QStringLiteral("reminderHours"), p.reminderHours},
    };
}

// Builds a profile from the add options; an empty string or the problem.
QString profileFromOptions(const QCommandLineParser &p, alerting::AlertProfile &profile)
{
    profile.recipients = p.values(QStringLiteral("to"));
    for (const QString &k : splitList(p.value(QStringLiteral("kinds")))) {
        auto kind = alerting::conditionKindFromName(k);
        if (!kind)
            return tr("%1 is not a condition kind.").arg(k);
        profile.kinds.insert(*kind);
    }
    for (const QString &c : splitList(p.value(QStringLiteral("categories")))) {
        auto category = alerting::alertCategoryFromName(c);
        if (!category)
            return tr("%1 is not an alert category.").arg(c);
        profile.categories.insert(*category);
    }
    if (p.isSet(QStringLiteral("min-severity"))) {
        auto s = alerting::severityFromName(p.value(QStringLiteral("min-severity")));
        if (!s)
            return tr("--min-severity takes info, warning or critical.");
        profile.minSeverity = *s;
    }
    const QList<std::pair<QString, alerting::DeviceScope>> scopes = {
        {QStringLiteral("location"), alerting::DeviceScope::Location},
        {QStringLiteral("model"), alerting::DeviceScope::Model},
        {QStringLiteral("devices"), alerting::DeviceScope::Devices}};
    for (const auto &[option, scope] : scopes) {
        if (!p.isSet(option))
            continue;
        if (profile.scope != alerting::DeviceScope::All)
            return tr("Choose one of --location, --model and --devices.");
        profile.scope = scope;
        profile.scopeValues = option == u"devices" ? splitList(p.value(option)) : p.values(option);
    }
    if (p.isSet(QStringLiteral("digest"))) {
        profile.delivery = alerting::Delivery::Digest;
        bool ok = false;
        profile.digestHour = p.value(QStringLiteral("digest")).toInt(&ok);
        if (!ok)
            return tr("--digest takes the hour the digest goes out (0-23).");
    }
    if (p.isSet(QStringLiteral("quiet"))) {
        const QStringList range = p.value(QStringLiteral("quiet")).split(u'-');
        const auto start = minuteOf(range.value(0));
        const auto end = minuteOf(range.value(1));
        if (range.size() != 2 || !start || !end)
            return tr("--quiet takes a range of local times, e.g. 22:00-07:00.");
        profile.quietStartMinute = start;
        profile.quietEndMinute = end;
    }
    profile.notifyClear = !p.isSet(QStringLiteral("no-clear"));
    if (p.isSet(QStringLiteral("remind-hours")))
        profile.reminderHours = p.value(QStringLiteral("remind-hours")).toInt();
    return {};
}

// notifications retry [ID...]: the queued ones (all when no id is given) due now, and the failed
// ones named put back in the queue. The agent that runs the schedule sends them at its next
// round; sending from here as well could send a mail twice.
int retryNotifications(const QCommandLineParser &p)
{
    QList<qint64> ids;
    for (const QString &arg : p.positionalArguments().mid(1)) {
        bool ok = false;
        ids << arg.toLongLong(&ok);
        if (!ok || ids.constLast() <= 0) {
            printError(tr("retry takes notification ids (numbers), not %1.").arg(arg));
            return ExitUsage;
        }
    }
    StorageSession storage(profileFrom(p));
    const auto actor = openAsActingUser(p, storage);
    if (!actor)
        return ExitUsage;
    const auto outcome = alerting::retryNow(storage.db(), *actor, ids, QDateTime::currentDateTimeUtc());
    if (!outcome) {
        printError(outcome.error().message);
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("rescheduled"), outcome->rescheduled},
                                            {QStringLiteral("requeued"), outcome->requeued}}));
        return ExitOk;
    }
    QTextStream out(stdout);
    out << tr("%1 queued notification(s) due now, %2 failed notification(s) put back in the queue; the agent sends "
              "them within a minute.")
               .arg(outcome->rescheduled)
               .arg(outcome->requeued)
        << '\n';
    return ExitOk;
}

} // namespace

int notificationsCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOption({QStringLiteral("since"), tr("Only notifications created on or after DATE (ISO 8601)."), tr("DATE")});
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("(none): list | retry [ID...]: make queued notifications due now (all when no id is "
                               "given) and put the failed ones named back in the queue (needs change-settings)"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("List the stored notifications with their delivery results."), &code))
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action == u"retry")
        return retryNotifications(p);
    if (!action.isEmpty()) {
        printError(tr("Use notifications [--since DATE] or notifications retry [ID...]."));
        return ExitUsage;
    }
    QDateTime since;
    if (p.isSet(QStringLiteral("since"))) {
        since = QDateTime::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid()) {
            const QDate d = QDate::fromString(p.value(QStringLiteral("since")), Qt::ISODate);
            if (d.isValid())
                since = d.startOfDay();
        }
        if (!since.isValid()) {
            printError(tr("--since takes a date or time in ISO 8601 (2024-03-04 or 2024-03-04T10:00)."));
            return ExitUsage;
        }
    }
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    auto list = alerting::NotificationQueue(storage.db()).list();
    if (!list) {
        printError(list.error().message);
        return ExitUsage;
    }
    QList<alerting::NotificationRecord> shown;
    for (const auto &n : *list)
        if (!since.isValid() || n.createdAt >= since)
            shown << n;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &n : shown)
            arr.append(notificationJson(n));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("notifications"), arr}}));
        return ExitOk;
    }
    QTextStream out(stdout);
    if (shown.isEmpty())
        out << tr("No notifications.") << '\n';
    for (const auto &n : shown) {
        out << n.id << "  " << n.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << n.state
            << "  " << n.recipients.join(QStringLiteral(", ")) << "  " << n.subject << '\n';
        if (!n.lastError.isEmpty())
            out << "    " << tr("last error (attempt %1): %2").arg(n.attempts).arg(n.lastError) << '\n';
    }
    return ExitOk;
}

int alertProfilesCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("to"), tr("add: a recipient's e-mail address (repeatable)."), tr("ADDRESS")},
        {QStringLiteral("kinds"), tr("add: condition kinds, comma-separated (default: all)."), tr("KINDS")},
        {QStringLiteral("categories"), tr("add: device alert categories, comma-separated (default: all)."),
         tr("CATEGORIES")},
        {QStringLiteral("min-severity"), tr("add: info, warning (default) or critical."), tr("S")},
        {QStringLiteral("location"), tr("add: only devices whose location contains TEXT (repeatable)."), tr("TEXT")},
        {QStringLiteral("model"), tr("add: only devices whose model contains TEXT (repeatable)."), tr("TEXT")},
        {QStringLiteral("devices"), tr("add: only these devices (ids or serial numbers, comma-separated)."),
         tr("LIST")},
        {QStringLiteral("digest"), tr("add: one daily digest at this local hour instead of a mail each."), tr("HOUR")},
        {QStringLiteral("quiet"), tr("add: hold mail in these local hours, e.g. 22:00-07:00."), tr("RANGE")},
        {QStringLiteral("no-clear"), tr("add: no mail when a condition clears.")},
        {QStringLiteral("remind-hours"), tr("add: remind every N hours while a condition stays open."), tr("N")},
    });
    p.addPositionalArgument(QStringLiteral("action"), tr("add NAME | list | remove NAME | test-mail NAME"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Manage alert profiles: who hears of which conditions, and how."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QString name = pos.value(1);
    if (action.isEmpty() || (action != u"list" && name.isEmpty())) {
        printError(tr("Use alert-profiles add NAME --to ADDRESS ..., list, remove NAME or test-mail NAME."));
        return ExitUsage;
    }
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    // Who hears of what, and a test mail sent, are settings of the agent.
    if (action != u"list" &&
        !cliAuthorized(p, storage.db(), security::Permission::ChangeSettings,
                       QStringLiteral("alert-profiles.") + action, {{QStringLiteral("profile"), name}}))
        return ExitUsage;
    alerting::AlertProfileRepository repo(storage.db());
    QTextStream out(stdout);
    if (action == u"add") {
        alerting::AlertProfile profile;
        profile.name = name;
        if (const QString problem = profileFromOptions(p, profile); !problem.isEmpty()) {
            printError(problem);
            return ExitUsage;
        }
        auto id = repo.add(profile);
        if (!id) {
            printError(id.error().message);
            return ExitUsage;
        }
        out << tr("Alert profile %1 added.").arg(name) << '\n';
        return ExitOk;
    }
    if (action == u"list") {
        auto list = repo.profiles();
        if (!list) {
            printError(list.error().message);
            return ExitUsage;
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const auto &profile : *list)
                arr.append(profileJson(profile));
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("profiles"), arr}}));
            return ExitOk;
        }
        for (const auto &profile : *list)
            out << profile.name << "  " << profile.recipients.join(QStringLiteral(", ")) << "  "
                << alerting::deviceScopeName(profile.scope) << '\n';
        return ExitOk;
    }
    if (action == u"remove") {
        auto removed = repo.remove(name);
        if (!removed || !*removed) {
            printError(!removed ? removed.error().message : tr("No alert profile named %1.").arg(name));
            return ExitUsage;
        }
        out << tr("Alert profile %1 removed.").arg(name) << '\n';
        return ExitOk;
    }
    if (action == u"test-mail") {
        auto profile = repo.profile(name);
        if (!profile || !*profile) {
            printError(!profile ? profile.error().message : tr("No alert profile named %1.").arg(name));
            return ExitUsage;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto id = alerting::Notifier(storage.db()).queueTestMail(**profile, now);
        if (!id) {
            printError(id.error().message);
            return ExitUsage;
        }
        auto sent = alerting::deliverDueMail(storage.db(), profileFrom(p).secretsPath(), now);
        if (!sent) {
            printError(sent.error().message);
            return ExitSomeFailed;
        }
        auto n = alerting::NotificationQueue(storage.db()).find(*id);
        if (!n || !*n || (*n)->state != alerting::kStateSent) {
            printError(
                tr("The test mail was not delivered: %1")
                    .arg(n && *n && !(*n)->lastError.isEmpty() ? (*n)->lastError : tr("no SMTP server is configured")));
            return ExitSomeFailed;
        }
        out << tr("Test mail sent to %1.").arg((**profile).recipients.join(QStringLiteral(", "))) << '\n';
        return ExitOk;
    }
    printError(tr("Unknown action %1.").arg(action));
    return ExitUsage;
}

int smtpCommand(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    addActingUserOption(p);
    p.addOptions({
        {QStringLiteral("server"), tr("set: the SMTP server's host name."), tr("HOST")},
        {QStringLiteral("port"), tr("set: its port (587 with starttls, 465 with tls)."), tr("PORT")},
        {QStringLiteral("security"), tr("set: starttls (required) or tls (implicit)."), tr("MODE")},
        {QStringLiteral("user"), tr("set: the login name (empty: no login)."), tr("NAME")},
        {QStringLiteral("password-stdin"), tr("set: read the password from standard input.")},
        {QStringLiteral("from"), tr("set: the sender address."), tr("ADDRESS")},
        {QStringLiteral("ca-file"), tr("set: trust this CA file instead of the system's."), tr("FILE")},
    });
    p.addPositionalArgument(QStringLiteral("action"), tr("set | show"));
    int code = 0;
    if (!parseOrExplain(p, args, tr("Configure the SMTP server notifications are sent through."), &code))
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action != u"set" && action != u"show") {
        printError(tr("Use smtp set ... or smtp show."));
        return ExitUsage;
    }
    StorageSession storage(profileFrom(p));
    if (!storage.open())
        return ExitUsage;
    // Who acts is known before the password line is read (--as may read its own from stdin); the
    // core checks and audits the change itself.
    std::optional<security::Actor> actor;
    if (action == u"set" && !(actor = cliActingUser(p, storage.db())))
        return ExitUsage;
    auto settings = alerting::SmtpSettings::load(storage.db());
    if (!settings) {
        printError(settings.error().message);
        return ExitUsage;
    }
    if (action == u"set") {
        alerting::SmtpSettings s = *settings;
        if (p.isSet(QStringLiteral("server")))
            s.host = p.value(QStringLiteral("server"));
        if (p.isSet(QStringLiteral("security"))) {
            auto security = alerting::smtpSecurityFromName(p.value(QStringLiteral("security")));
            if (!security) {
                printError(tr("--security takes starttls or tls."));
                return ExitUsage;
            }
            s.security = *security;
            if (!p.isSet(QStringLiteral("port")))
                s.port = *security == alerting::SmtpSecurity::ImplicitTls ? 465 : 587;
        }
        if (p.isSet(QStringLiteral("port"))) {
            bool ok = false;
            s.port = p.value(QStringLiteral("port")).toInt(&ok);
            if (!ok || s.port <= 0 || s.port > 65535) {
                printError(tr("--port takes a port number."));
                return ExitUsage;
            }
        }
        if (p.isSet(QStringLiteral("user")))
            s.username = p.value(QStringLiteral("user"));
        if (p.isSet(QStringLiteral("from")))
            s.from = p.value(QStringLiteral("from"));
        if (p.isSet(QStringLiteral("ca-file")))
            s.caFile = p.value(QStringLiteral("ca-file"));
        std::optional<QString> password;
        if (p.isSet(QStringLiteral("password-stdin"))) {
            std::string line;
            std::getline(std::cin, line);
            password = QString::fromStdString(line);
        }
        if (auto error = alerting::changeSmtpSettings(storage.db(), storage.secrets(), *actor, s, password)) {
            printError(error.message);
            return ExitUsage;
        }
        *settings = s;
    }
    const alerting::SmtpSettings &s = *settings;
    const bool hasPassword = storage.secrets().value(alerting::kSmtpPasswordKey).has_value();
    if (p.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), s.host},
                                            {QStringLiteral("port"), s.port},
                                            {QStringLiteral("security"), alerting::smtpSecurityName(s.security)},
                                            {QStringLiteral("user"), s.username},
                                            {QStringLiteral("passwordSet"), hasPassword},
                                            {QStringLiteral("from"), s.from},
                                            {QStringLiteral("caFile"), s.caFile},
                                            {QStringLiteral("configured"), s.isConfigured()}}));
        return ExitOk;
    }
    QTextStream out(stdout);
    out << tr("Server: %1:%2 (%3)").arg(s.host).arg(s.port).arg(alerting::smtpSecurityName(s.security)) << '\n'
        << tr("User: %1 (password %2)")
               .arg(s.username.isEmpty() ? tr("none") : s.username, hasPassword ? tr("set") : tr("not set"))
        << '\n'
        << tr("From: %1").arg(s.from) << '\n';
    return ExitOk;
}

} // namespace fleet::cli
