#include "sync/RemoteSettings.h"

#include "alerting/AlertProfile.h"
#include "discovery/TargetSpec.h"
#include "schedule/ScheduledDiscovery.h"
#include "security/Guard.h"
#include "storage/EventLog.h"
#include "sync/SyncLog.h"
#include "util/AppSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTime>

namespace fleet::sync {

namespace {
// Every message of this file goes through Tr::tr(). lupdate files a bare tr() under the class or namespace around
// each call, so a free helper with one fixed context is looked up under another name than the catalogue uses;
// a qualified Tr::tr() is filed under the name declared here wherever it is called.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fleet::sync::RemoteSettings)
};

const QString kKind = QStringLiteral("remoteSettingChanged");
constexpr qsizetype kMaxTargets = 1024;

bool intIn(const QJsonValue &v, int low, int high, int *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d != double(qint64(d)) || d < low || d > high)
        return false;
    *out = int(d);
    return true;
}

// A key named by the document, fit for the log: bounded, control characters replaced.
QString shownKey(const QString &key)
{
    QString shown = key.left(64);
    for (QChar &c : shown)
        if (!c.isPrint())
            c = u'?';
    return shown;
}

struct Applier
{
    QSettings &settings;
    storage::Database &db;
    storage::SecretStore &secrets;
    QDateTime now;
    RemoteSettingsReport &report;

    void ignore(const QString &key, const QString &why) { report.ignored << key + QStringLiteral(": ") + why; }

    // Unknown fields are skipped; the first few are logged, so a document stuffed with thousands
    // of them cannot flood the event log.
    void ignoreUnknown(const QString &where, const QJsonObject &o, const QStringList &known)
    {
        constexpr int kShown = 8;
        int unknown = 0;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (known.contains(it.key()))
                continue;
            if (++unknown <= kShown)
                ignore(where + u'.' + shownKey(it.key()), Tr::tr("unknown field, not used"));
        }
        if (unknown > kShown)
            ignore(where, Tr::tr("%n more unknown field(s), not used", nullptr, unknown - kShown));
    }

    void setIni(const QString &reportKey, const QString &iniKey, const QVariant &value)
    {
        const QString old = settings.value(iniKey).toString();
        if (old == value.toString())
            return;
        settings.setValue(iniKey, value);
        report.changed << SettingChange{reportKey, old, value.toString()};
    }

    void pollInterval(const QJsonValue &v)
    {
        int minutes = 0;
        if (!intIn(v, 1, 1440, &minutes))
            return ignore(QStringLiteral("pollIntervalMinutes"), Tr::tr("not a whole number from 1 to 1440"));
        setIni(QStringLiteral("pollIntervalMinutes"), QStringLiteral("poll/intervalMinutes"), minutes);
    }

    // Untrusted text that ends up in the ini, the database and mails: printable only, bounded.
    static bool isCleanText(const QJsonValue &v, qsizetype maxLength, QString *out)
    {
        if (!v.isString())
            return false;
        const QString s = v.toString();
        if (s.isEmpty() || s.size() > maxLength ||
            !std::all_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.isPrint(); }))
            return false;
        *out = s;
        return true;
    }

    static bool cleanList(const QJsonValue &v, qsizetype maxItems, qsizetype maxLength, QStringList *out)
    {
        if (!v.isArray() || v.toArray().size() > maxItems)
            return false;
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            QString s;
            if (!isCleanText(item, maxLength, &s))
                return false;
            list << s;
        }
        *out = list;
        return true;
    }

    // {"targets": [...], "everyHours": N} or {"dailyAt": "HH:MM"} (targets optional), optionally
    // "credentialProfiles": [...]; or {"mode": "off"}. Targets and profiles not named are kept, so
    // the provider can move the schedule without repeating the ranges.
    void discovery(const QJsonValue &v)
    {
        const QString key = QStringLiteral("discovery");
        if (!v.isObject())
            return ignore(key, Tr::tr("not an object"));
        const QJsonObject o = v.toObject();
        static const QStringList known{QStringLiteral("mode"), QStringLiteral("targets"), QStringLiteral("everyHours"),
                                       QStringLiteral("dailyAt"), QStringLiteral("credentialProfiles")};
        ignoreUnknown(key, o, known);

        settings.sync(); // AppSettings opens the file on its own: let it see what this document wrote so far
        AppSettings app(settings.fileName());
        const DiscoverySettings old = app.discovery();
        DiscoverySettings next = old;
        const bool hasMode = o.contains(QStringLiteral("mode"));
        const QString mode = o.value(QStringLiteral("mode")).toString();
        const bool hasHours = o.contains(QStringLiteral("everyHours"));
        const bool hasDaily = o.contains(QStringLiteral("dailyAt"));
        if (hasMode && mode != u"off")
            return ignore(key, Tr::tr("mode can only be \"off\"; a schedule is given by everyHours or dailyAt"));
        if (hasMode == (hasHours || hasDaily) || (hasHours && hasDaily))
            return ignore(key, Tr::tr("expected one of {\"mode\": \"off\"}, {\"everyHours\": N} or "
                                      "{\"dailyAt\": \"HH:MM\"}, with targets and credentialProfiles"));
        if (hasMode) {
            next.mode = DiscoveryMode::Off;
        } else if (hasHours) {
            next.mode = DiscoveryMode::Interval;
            if (!intIn(o.value(QStringLiteral("everyHours")), AppSettings::kMinDiscoveryHours,
                       AppSettings::kMaxDiscoveryHours, &next.intervalHours))
                return ignore(key, Tr::tr("everyHours must be a whole number from %1 to %2")
                                       .arg(AppSettings::kMinDiscoveryHours)
                                       .arg(AppSettings::kMaxDiscoveryHours));
        } else {
            next.mode = DiscoveryMode::Daily;
            const QJsonValue at = o.value(QStringLiteral("dailyAt"));
            const QString text = at.toString();
            next.dailyTime = QTime::fromString(text, QStringLiteral("HH:mm"));
            if (!at.isString() || text.size() != 5 || !next.dailyTime.isValid())
                return ignore(key, Tr::tr("dailyAt must be a time of day as HH:MM"));
        }
        if (o.contains(QStringLiteral("targets")) &&
            !cleanList(o.value(QStringLiteral("targets")), kMaxTargets, 256, &next.targets))
            return ignore(
                key, Tr::tr("targets must be a list of at most %1 target specs, printable text only").arg(kMaxTargets));
        if (o.contains(QStringLiteral("credentialProfiles")) &&
            !cleanList(o.value(QStringLiteral("credentialProfiles")), 32, 64, &next.credentialProfiles))
            return ignore(key,
                          Tr::tr("credentialProfiles must be a list of at most 32 profile names, printable text only"));
        // The scheduler's own check: ranges, the targets' syntax, something left to sweep.
        if (const QString problem = schedule::ScheduledDiscovery::check(next); !problem.isEmpty())
            return ignore(key, problem);
        if (next == old)
            return;
        if (const QString problem = app.setDiscovery(next); !problem.isEmpty())
            return ignore(key, problem);
        report.changed << SettingChange{key, describe(old), describe(next)};
    }

    static QString describe(const DiscoverySettings &d)
    {
        QString when;
        switch (d.mode) {
        case DiscoveryMode::Off:
            return QStringLiteral("off");
        case DiscoveryMode::Interval:
            when = QStringLiteral("every %1 h").arg(d.intervalHours);
            break;
        case DiscoveryMode::Daily:
            when = QStringLiteral("daily at %1").arg(d.dailyTime.toString(u"HH:mm"));
            break;
        }
        return QStringLiteral("%1; targets %2; profiles %3")
            .arg(when, d.targets.join(u", "),
                 d.credentialProfiles.isEmpty() ? QStringLiteral("(all)") : d.credentialProfiles.join(u", "));
    }

    // alertProfiles: see docs/protocol.md for the mapping. Each profile stands or falls on its own;
    // the set of "remote:" profiles afterwards is exactly the valid ones of the document (plus any
    // rejected one's previous version, so a typo does not silently drop a working profile).
    void alertProfiles(const QJsonValue &v)
    {
        const QString key = QStringLiteral("alertProfiles");
        if (!v.isArray() || v.toArray().size() > RemoteSettings::kMaxAlertProfiles)
            return ignore(key, Tr::tr("not a list of at most %1 profiles").arg(RemoteSettings::kMaxAlertProfiles));
        QList<alerting::AlertProfile> wanted;
        QSet<QString> keep; // remote profiles the document names, valid or not
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString where = key + QStringLiteral("[%1]").arg(i);
            QString problem;
            QString name; // set as soon as the name is known, so a rejected profile keeps its old version
            std::optional<alerting::AlertProfile> p = parseProfile(list.at(i), where, &name, &problem);
            if (!name.isEmpty())
                keep.insert(name);
            if (!p) {
                ignore(where, problem);
                continue;
            }
            if (std::any_of(wanted.cbegin(), wanted.cend(),
                            [&](const alerting::AlertProfile &w) { return w.name == p->name; })) {
                ignore(where, Tr::tr("a second profile named %1").arg(p->name));
                continue;
            }
            wanted << *p;
        }

        alerting::AlertProfileRepository repository(db);
        auto existing = repository.profiles();
        if (!existing)
            return ignore(key, existing.error().message);
        storage::Transaction transaction(db);
        if (const auto e = transaction.begin())
            return ignore(key, e.message);
        QList<SettingChange> changes;
        for (const alerting::AlertProfile &p : std::as_const(wanted)) {
            const auto old = std::find_if(existing->cbegin(), existing->cend(),
                                          [&](const alerting::AlertProfile &e) { return e.name == p.name; });
            const QString newText = profileText(p);
            const QString oldText = old != existing->cend() ? profileText(*old) : QString();
            if (oldText == newText)
                continue;
            if (old != existing->cend()) {
                if (auto removed = repository.remove(p.name); !removed)
                    return ignore(key, removed.error().message);
            }
            if (auto added = repository.add(p); !added)
                return ignore(key, added.error().message);
            changes << SettingChange{key + u'.' + p.name, oldText, newText};
        }
        for (const alerting::AlertProfile &e : std::as_const(*existing)) {
            if (!e.name.startsWith(RemoteSettings::kRemoteAlertPrefix) || keep.contains(e.name))
                continue;
            if (auto removed = repository.remove(e.name); !removed)
                return ignore(key, removed.error().message);
            changes << SettingChange{key + u'.' + e.name, profileText(e), QString()};
        }
        if (const auto e = transaction.commit())
            return ignore(key, e.message);
        report.changed << changes;
    }

    // One profile of the document, or why not (problem). Unknown fields are logged and skipped;
    // a known field of the wrong type or out of range rejects the profile.
    std::optional<alerting::AlertProfile> parseProfile(const QJsonValue &v, const QString &where, QString *fullName,
                                                       QString *problem)
    {
        if (!v.isObject()) {
            *problem = Tr::tr("not an object");
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        static const QStringList known{
            QStringLiteral("name"),         QStringLiteral("enabled"),     QStringLiteral("kinds"),
            QStringLiteral("categories"),   QStringLiteral("minSeverity"), QStringLiteral("scope"),
            QStringLiteral("scopeValues"),  QStringLiteral("recipients"),  QStringLiteral("delivery"),
            QStringLiteral("digestHour"),   QStringLiteral("quietHours"),  QStringLiteral("notifyClear"),
            QStringLiteral("reminderHours")};
        ignoreUnknown(where, o, known);
        const auto fail = [problem](const QString &why) {
            *problem = why;
            return std::nullopt;
        };

        alerting::AlertProfile p;
        QString name;
        if (!isCleanText(o.value(QStringLiteral("name")), 64, &name))
            return fail(Tr::tr("name must be 1 to 64 printable characters"));
        p.name = RemoteSettings::kRemoteAlertPrefix + name;
        *fullName = p.name;
        const auto boolean = [&o](const QString &field, bool *out) {
            if (!o.contains(field))
                return true;
            if (!o.value(field).isBool())
                return false;
            *out = o.value(field).toBool();
            return true;
        };
        if (!boolean(QStringLiteral("enabled"), &p.enabled) || !boolean(QStringLiteral("notifyClear"), &p.notifyClear))
            return fail(Tr::tr("enabled and notifyClear must be true or false"));
        QStringList names;
        if (o.contains(QStringLiteral("kinds"))) {
            if (!cleanList(o.value(QStringLiteral("kinds")), alerting::kConditionKindCount, 64, &names))
                return fail(Tr::tr("kinds must be a list of condition kinds"));
            for (const QString &n : std::as_const(names)) {
                const auto kind = alerting::conditionKindFromName(n);
                if (!kind)
                    return fail(Tr::tr("unknown condition kind %1").arg(n));
                p.kinds.insert(*kind);
            }
        }
        if (o.contains(QStringLiteral("categories"))) {
            if (!cleanList(o.value(QStringLiteral("categories")), 16, 64, &names))
                return fail(Tr::tr("categories must be a list of alert categories"));
            for (const QString &n : std::as_const(names)) {
                const auto category = alerting::alertCategoryFromName(n);
                if (!category)
                    return fail(Tr::tr("unknown alert category %1").arg(n));
                p.categories.insert(*category);
            }
        }
        if (o.contains(QStringLiteral("minSeverity"))) {
            const auto severity = alerting::severityFromName(o.value(QStringLiteral("minSeverity")).toString());
            if (!o.value(QStringLiteral("minSeverity")).isString() || !severity)
                return fail(Tr::tr("minSeverity must be info, warning or critical"));
            p.minSeverity = *severity;
        }
        if (o.contains(QStringLiteral("scope"))) {
            const auto scope = alerting::deviceScopeFromName(o.value(QStringLiteral("scope")).toString());
            if (!o.value(QStringLiteral("scope")).isString() || !scope)
                return fail(Tr::tr("scope must be all, location, model or devices"));
            p.scope = *scope;
        }
        if (o.contains(QStringLiteral("scopeValues")) &&
            !cleanList(o.value(QStringLiteral("scopeValues")), 256, 128, &p.scopeValues))
            return fail(Tr::tr("scopeValues must be a list of at most 256 short texts"));
        if (!cleanList(o.value(QStringLiteral("recipients")), 32, 254, &p.recipients) || p.recipients.isEmpty())
            return fail(Tr::tr("recipients must be a list of 1 to 32 e-mail addresses"));
        if (o.contains(QStringLiteral("delivery"))) {
            const QString delivery = o.value(QStringLiteral("delivery")).toString();
            if (delivery != u"immediate" && delivery != u"digest")
                return fail(Tr::tr("delivery must be immediate or digest"));
            p.delivery = delivery == u"digest" ? alerting::Delivery::Digest : alerting::Delivery::Immediate;
        }
        if (o.contains(QStringLiteral("digestHour")) &&
            !intIn(o.value(QStringLiteral("digestHour")), 0, 23, &p.digestHour))
            return fail(Tr::tr("digestHour must be a whole number from 0 to 23"));
        if (o.contains(QStringLiteral("reminderHours")) &&
            !intIn(o.value(QStringLiteral("reminderHours")), 0, 24 * 30, &p.reminderHours))
            return fail(Tr::tr("reminderHours must be a whole number from 0 to 720"));
        if (o.contains(QStringLiteral("quietHours"))) {
            const QJsonObject quiet = o.value(QStringLiteral("quietHours")).toObject();
            const QTime from =
                QTime::fromString(quiet.value(QStringLiteral("from")).toString(), QStringLiteral("HH:mm"));
            const QTime to = QTime::fromString(quiet.value(QStringLiteral("to")).toString(), QStringLiteral("HH:mm"));
            if (!o.value(QStringLiteral("quietHours")).isObject() || quiet.size() != 2 || !from.isValid() ||
                !to.isValid())
                return fail(Tr::tr("quietHours must be {\"from\": \"HH:MM\", \"to\": \"HH:MM\"}"));
            p.quietStartMinute = from.hour() * 60 + from.minute();
            p.quietEndMinute = to.hour() * 60 + to.minute();
        }
        // The repository's own rules: address syntax, a scope that names something.
        if (const QString invalid = alerting::validateProfile(p); !invalid.isEmpty())
            return fail(invalid);
        return p;
    }

    // The profile as the log shows it and as the comparison for "changed" uses; the same mapping
    // as the document, without the prefix.
    static QString profileText(const alerting::AlertProfile &p)
    {
        QStringList kinds, categories;
        for (alerting::ConditionKind k : p.kinds)
            kinds << alerting::conditionKindName(k);
        for (alerting::AlertCategory c : p.categories)
            categories << alerting::alertCategoryName(c);
        kinds.sort();
        categories.sort();
        QJsonObject o{{QStringLiteral("name"), p.name.mid(RemoteSettings::kRemoteAlertPrefix.size())},
                      {QStringLiteral("enabled"), p.enabled},
                      {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
                      {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                      {QStringLiteral("minSeverity"), alerting::severityName(p.minSeverity)},
                      {QStringLiteral("scope"), alerting::deviceScopeName(p.scope)},
                      {QStringLiteral("scopeValues"), QJsonArray::fromStringList(p.scopeValues)},
                      {QStringLiteral("recipients"), QJsonArray::fromStringList(p.recipients)},
                      {QStringLiteral("delivery"), p.delivery == alerting::Delivery::Digest
                                                       ? QStringLiteral("digest")
                                                       : QStringLiteral("immediate")},
                      {QStringLiteral("digestHour"), p.digestHour},
                      {QStringLiteral("notifyClear"), p.notifyClear},
                      {QStringLiteral("reminderHours"), p.reminderHours}};
        if (p.quietStartMinute && p.quietEndMinute) {
            const auto hhmm = [](int m) { return QTime(m / 60, m % 60).toString(u"HH:mm"); };
            o.insert(QStringLiteral("quietHours"), QJsonObject{{QStringLiteral("from"), hhmm(*p.quietStartMinute)},
                                                               {QStringLiteral("to"), hhmm(*p.quietEndMinute)}});
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    void snmp(const QJsonValue &v)
    {
        const QString key = QStringLiteral("snmp");
        if (!v.isObject())
            return ignore(key, Tr::tr("not an object"));
        const QJsonObject o = v.toObject();
        int timeoutMs = settings.value(QStringLiteral("snmp/timeoutMs"), 1500).toInt();
        int retries = settings.value(QStringLiteral("snmp/retries"), 1).toInt();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (it.key() != u"timeoutMs" && it.key() != u"retries" && it.key() != u"communities")
                return ignore(key, Tr::tr("unknown field %1").arg(shownKey(it.key())));
        if (o.contains(QStringLiteral("timeoutMs")) &&
            !intIn(o.value(QStringLiteral("timeoutMs")), 100, 60000, &timeoutMs))
            return ignore(key, Tr::tr("timeoutMs must be 100 to 60000"));
        if (o.contains(QStringLiteral("retries")) && !intIn(o.value(QStringLiteral("retries")), 0, 10, &retries))
            return ignore(key, Tr::tr("retries must be 0 to 10"));
        QStringList communities;
        const bool hasCommunities = o.contains(QStringLiteral("communities"));
        if (hasCommunities) {
            const QJsonArray list = o.value(QStringLiteral("communities")).toArray();
            if (!o.value(QStringLiteral("communities")).isArray() || list.size() > 16)
                return ignore(key, Tr::tr("communities must be a list of at most 16 strings"));
            for (const QJsonValue &c : list) {
                const QString s = c.toString();
                if (!c.isString() || s.isEmpty() || s.size() > 64 ||
                    !std::all_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.isPrint(); }))
                    return ignore(key, Tr::tr("a community must be 1 to 64 printable characters"));
                communities << s;
            }
        }
        setIni(QStringLiteral("snmp.timeoutMs"), QStringLiteral("snmp/timeoutMs"), timeoutMs);
        setIni(QStringLiteral("snmp.retries"), QStringLiteral("snmp/retries"), retries);

        storage::CredentialRepository repository(db, secrets);
        auto profiles = repository.load();
        if (!profiles)
            return ignore(key, profiles.error().message);
        QList<snmp::Credential> kept;
        QList<snmp::Credential> remote;
        for (const snmp::Credential &c : std::as_const(*profiles))
            (c.name.startsWith(RemoteSettings::kRemoteProfilePrefix) ? remote : kept) << c;
        QStringList oldCommunities;
        for (const snmp::Credential &c : std::as_const(remote))
            oldCommunities << c.community;
        if (!hasCommunities)
            communities = oldCommunities;
        QList<snmp::Credential> updated = kept;
        for (int i = 0; i < communities.size(); ++i) {
            snmp::Credential c;
            c.name = RemoteSettings::kRemoteProfilePrefix + QString::number(i + 1);
            c.version = snmp::Version::V2c;
            c.community = communities.at(i);
            c.timeoutMs = timeoutMs;
            c.retries = retries;
            updated << c;
        }
        const bool sameRemote = communities == oldCommunities &&
                                std::all_of(remote.cbegin(), remote.cend(), [&](const snmp::Credential &c) {
                                    return c.timeoutMs == timeoutMs && c.retries == retries;
                                });
        if (sameRemote)
            return;
        if (const auto e = repository.save(updated))
            return ignore(key, e.message);
        // Community strings are secrets: the log says how many, never which.
        if (communities != oldCommunities)
            report.changed << SettingChange{QStringLiteral("snmp.communities"),
                                            Tr::tr("%n community string(s)", nullptr, int(oldCommunities.size())),
                                            Tr::tr("%n community string(s)", nullptr, int(communities.size()))};
    }
};
} // namespace

RemoteSettingsReport RemoteSettings::apply(const QByteArray &body, QSettings &settings, storage::Database &db,
                                           storage::SecretStore &secrets, const QDateTime &now)
{
    RemoteSettingsReport report;
    if (body.size() > kMaxDocumentBytes) {
        report.error = Tr::tr("The settings document is larger than %1 bytes.").arg(kMaxDocumentBytes);
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        !root.value(QStringLiteral("settings")).isObject() || !root.value(QStringLiteral("revision")).isDouble()) {
        report.error = Tr::tr("The settings document is not {\"revision\": N, \"settings\": {...}}.");
        return report;
    }
    report.revision = qint64(root.value(QStringLiteral("revision")).toDouble());
    const QJsonObject values = root.value(QStringLiteral("settings")).toObject();
    // The server acts as the remote actor: the same matrix as any person, and an audit row naming
    // the revision and the keys it sent (values stay in the events, secrets nowhere).
    const security::AuditEntry audit{security::Actor::remote(),
                                     QStringLiteral("settings.remote"),
                                     std::nullopt,
                                     {{QStringLiteral("revision"), report.revision},
                                      {QStringLiteral("keys"), QJsonArray::fromStringList(values.keys())}}};
    if (const auto denied = security::authorize(db, security::Permission::ChangeSettings, audit)) {
        report.error = denied.message;
        return report;
    }
    Applier applier{settings, db, secrets, now, report};
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"pollIntervalMinutes")
            applier.pollInterval(it.value());
        else if (key == u"discovery")
            applier.discovery(it.value());
        else if (key == u"snmp")
            applier.snmp(it.value());
        else if (key == u"alertProfiles")
            applier.alertProfiles(it.value());
        else
            applier.ignore(shownKey(key), Tr::tr("unknown setting"));
    }
    settings.sync();
    storage::EventLog events(db);
    for (const SettingChange &c : std::as_const(report.changed)) {
        qCInfo(lcSync).noquote() << "remote setting" << c.key << "changed from"
                                 << (c.oldValue.isEmpty() ? QStringLiteral("(unset)") : c.oldValue) << "to"
                                 << (c.newValue.isEmpty() ? QStringLiteral("(unset)") : c.newValue);
        events.record(std::nullopt, now, kKind,
                      Tr::tr("Remote setting %1 changed from %2 to %3 (revision %4)")
                          .arg(c.key, c.oldValue.isEmpty() ? Tr::tr("(unset)") : c.oldValue,
                               c.newValue.isEmpty() ? Tr::tr("(unset)") : c.newValue)
                          .arg(report.revision),
                      QJsonObject{{QStringLiteral("key"), c.key},
                                  {QStringLiteral("old"), c.oldValue},
                                  {QStringLiteral("new"), c.newValue},
                                  {QStringLiteral("revision"), report.revision}});
    }
    for (const QString &ignored : std::as_const(report.ignored)) {
        qCInfo(lcSync).noquote() << "remote setting ignored:" << ignored;
        events.record(std::nullopt, now, QStringLiteral("remoteSettingIgnored"),
                      Tr::tr("Remote setting ignored: %1").arg(ignored),
                      QJsonObject{{QStringLiteral("reason"), ignored}});
    }
    return report;
}

} // namespace fleet::sync
