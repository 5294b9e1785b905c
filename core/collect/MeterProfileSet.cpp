#include "collect/MeterProfileSet.h"

#include "collect/MeterProfileParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

namespace fleet::collect {

namespace {
Q_LOGGING_CATEGORY(lcMeters, "fleet.collect.meters", QtInfoMsg)

// A profile is a few kilobytes; a file far larger is not one and is not read into memory.
constexpr qint64 kMaxProfileBytes = 1024 * 1024;
} // namespace

const MeterProfileSet &MeterProfileSet::builtin()
{
    static const MeterProfileSet set = [] {
        MeterProfileSet s = load(QStringLiteral(":/fleet/meters"));
        // The built-in files are checked by the tests; an error here means a broken build.
        for (const QString &e : std::as_const(s.m_errors))
            qCWarning(lcMeters).noquote() << "built-in meter profile:" << e;
        return s;
    }();
    return set;
}

MeterProfileSet MeterProfileSet::load(const QString &dir, QStringList *errors)
{
    MeterProfileSet set;
    const QDir directory(dir);
    if (!directory.exists()) {
        set.m_errors << tr("%1: meter profile directory not found").arg(QDir::toNativeSeparators(dir));
    } else {
        const QStringList files =
            directory.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
        QHash<QString, QString> fileOfId;
        for (const QString &name : files) {
            QFile file(directory.filePath(name));
            if (file.size() > kMaxProfileBytes) {
                set.m_errors << tr("%1: larger than %2 bytes, not a meter profile").arg(name).arg(kMaxProfileBytes);
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                set.m_errors << tr("%1: cannot be read: %2").arg(name, file.errorString());
                continue;
            }
            QString reason;
            std::optional<MeterProfile> profile = MeterProfileParser::parse(file.readAll(), &reason);
            if (!profile) {
                set.m_errors << tr("%1: %2").arg(name, reason);
                continue;
            }
            if (fileOfId.contains(profile->id)) {
                set.m_errors << tr("%1: id \"%2\" is already used by %3; file ignored")
                                    .arg(name, profile->id, fileOfId.value(profile->id));
                continue;
            }
            fileOfId.insert(profile->id, name);
            profile->fileName = name;
            set.add(std::move(*profile));
        }
        set.reportSharedPrefixes();
    }
    for (const QString &e : std::as_const(set.m_errors))
        qCDebug(lcMeters).noquote() << e;
    if (errors)
        *errors << set.m_errors;
    return set;
}

MeterProfileSet MeterProfileSet::merged(const MeterProfileSet &overrides) const
{
    MeterProfileSet out = *this;
    for (const MeterProfile &p : overrides.m_profiles) {
        auto it = std::find_if(out.m_profiles.begin(), out.m_profiles.end(),
                               [&](const MeterProfile &mine) { return mine.id == p.id; });
        if (it != out.m_profiles.end())
            *it = p;
        else
            out.m_profiles << p;
    }
    out.m_errors << overrides.m_errors;
    return out;
}

const MeterProfile *MeterProfileSet::match(const snmp::Oid &sysObjectID) const
{
    const MeterProfile *best = nullptr;
    qsizetype bestLength = 0;
    for (const MeterProfile &p : m_profiles) {
        for (const snmp::Oid &prefix : p.enterprisePrefixes) {
            if (prefix.size() > bestLength && sysObjectID.startsWith(prefix)) {
                best = &p;
                bestLength = prefix.size();
            }
        }
    }
    return best;
}

const MeterProfile *MeterProfileSet::profile(const QString &id) const
{
    for (const MeterProfile &p : m_profiles)
        if (p.id == id)
            return &p;
    return nullptr;
}

void MeterProfileSet::add(MeterProfile profile)
{
    m_profiles << std::move(profile);
}

void MeterProfileSet::reportSharedPrefixes()
{
    QHash<snmp::Oid, QString> owner;
    for (const MeterProfile &p : std::as_const(m_profiles)) {
        for (const snmp::Oid &prefix : p.enterprisePrefixes) {
            const auto it = owner.constFind(prefix);
            if (it != owner.cend() && *it != p.fileName)
                m_errors << tr("%1: enterprise prefix %2 is also claimed by %3, which wins")
                                .arg(p.fileName, prefix.toString(), *it);
            else
                owner.insert(prefix, p.fileName);
        }
    }
}

} // namespace fleet::collect
