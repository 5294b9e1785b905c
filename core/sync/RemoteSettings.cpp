#include "sync/RemoteSettings.h"

#include "discovery/TargetSpec.h"
#include "storage/EventLog.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

struct Applier
{
    QSettings &settings;
    storage::Database &db;
    storage::SecretStore &secrets;
    QDateTime now;
    RemoteSettingsReport &report;

    void ignore(const QString &key, const QString &why) { report.ignored << key + QStringLiteral(": ") + why; }

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

    void discovery(const QJsonValue &v)
    {
        const QString key = QStringLiteral("discovery");
        const QJsonObject o = v.toObject();
        if (!v.isObject())
            return ignore(key, Tr::tr("not an object"));
        if (o.contains(QStringLiteral("dailyAt"))) {
            const QTime at = QTime::fromString(o.value(QStringLiteral("dailyAt")).toString(), QStringLiteral("HH:mm"));
            if (!at.isValid() || o.size() != 1)
                return ignore(key, Tr::tr("dailyAt must be HH:MM and stand alone"));
            setIni(QStringLiteral("discovery.dailyAt"), QStringLiteral("discovery/dailyAt"), at.toString(u"HH:mm"));
            return;
        }
        int hours = 0;
        const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
        if (!o.value(QStringLiteral("targets")).isArray() || targets.size() > 1024 ||
            !intIn(o.value(QStringLiteral("everyHours")), 1, 24 * 30, &hours) || o.size() != 2)
            return ignore(key,
                          Tr::tr("expected {\"targets\": [...], \"everyHours\": 1..720} or {\"dailyAt\": \"HH:MM\"}"));
        QStringList specs;
        for (const QJsonValue &t : targets) {
            const QString spec = t.toString();
            const discovery::AddressSpec parsed = discovery::TargetSpec::parse(spec);
            if (!t.isString() || spec.size() > 256 || !parsed.isValid())
                return ignore(key, Tr::tr("the target %1 is not usable: %2").arg(spec.left(64), parsed.error));
            specs << spec;
        }
        setIni(QStringLiteral("discovery.targets"), QStringLiteral("discovery/targets"), specs.join(u','));
        setIni(QStringLiteral("discovery.everyHours"), QStringLiteral("discovery/everyHours"), hours);
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
                return ignore(key, Tr::tr("unknown field %1").arg(it.key().left(64)));
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
    Applier applier{settings, db, secrets, now, report};
    const QJsonObject values = root.value(QStringLiteral("settings")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == u"pollIntervalMinutes")
            applier.pollInterval(it.value());
        else if (key == u"discovery")
            applier.discovery(it.value());
        else if (key == u"snmp")
            applier.snmp(it.value());
        else if (key == u"alertProfiles")
            applier.ignore(key, Tr::tr("this agent version has no alert profiles"));
        else
            applier.ignore(key.left(64), Tr::tr("unknown setting"));
    }
    settings.sync();
    storage::EventLog events(db);
    for (const SettingChange &c : std::as_const(report.changed)) {
        qCInfo(lcSync).noquote() << "remote setting" << c.key << "changed from" << c.oldValue << "to" << c.newValue;
        events.record(std::nullopt, now, kKind,
                      Tr::tr("Remote setting %1 changed from %2 to %3 (revision %4)")
                          .arg(c.key, c.oldValue.isEmpty() ? Tr::tr("(unset)") : c.oldValue, c.newValue)
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
