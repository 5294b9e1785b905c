#pragma once
// The meter profiles known to the agent: the built-in ones (resources/meters, embedded as
// :/fleet/meters) and those an administrator drops in a directory. Picks the profile for a
// device by the longest enterprise prefix of its sysObjectID.

#include "collect/MeterProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleet::collect {

class MeterProfileSet
{
    Q_DECLARE_TR_FUNCTIONS(MeterProfileSet)

public:
    MeterProfileSet() = default;

    // The profiles shipped in the binary, read once; match() pointers into it stay valid.
    static const MeterProfileSet &builtin();
    // Every *.json of dir, in file-name order. A malformed file is reported in errors() (and in
    // *errors when given) with its file name and the reason; the other files still load.
    static MeterProfileSet load(const QString &dir, QStringList *errors = nullptr);

    // This set with the profiles of overrides added; a profile with the same id replaces ours
    // (so an administrator can correct a built-in profile without rebuilding).
    MeterProfileSet merged(const MeterProfileSet &overrides) const;

    // The profile whose enterprise prefix is the longest prefix of sysObjectID, comparing whole
    // arcs (1.3.6.1.4.1.11 does not match 1.3.6.1.4.1.112...); nullptr when none matches. Two
    // profiles claiming the same prefix: the one loaded first wins (reported at load).
    const MeterProfile *match(const snmp::Oid &sysObjectID) const;
    const MeterProfile *profile(const QString &id) const;

    const QList<MeterProfile> &profiles() const { return m_profiles; }
    QStringList errors() const { return m_errors; }

private:
    void add(MeterProfile profile);
    void reportSharedPrefixes();

    QList<MeterProfile> m_profiles;
    QStringList m_errors;
};

} // namespace fleet::collect
