#pragma once
// Writes one poll's meters and checks them before they can count as usage:
//  - a reading lower than the previous reading of the same meter series is stored with
//    suspect = 1 and logged as a counterWentDown event (billing excludes suspect readings);
//  - the vendor "total" meter and the sum of prtMarkerLifeCount, both in impressions, that
//    differ by more than 1 % of the total raise one meterDisagreement event (and one
//    metersAgreeAgain when they agree again), not one per poll.
// prtMarkerLifeCount values are stored as meters named "marker.<hrDeviceIndex>.<markerIndex>"
// with source "printer-mib", so one table holds every counter with its provenance.

#include "collect/DeviceSnapshot.h"
#include "storage/Database.h"
#include "storage/EventLog.h"

namespace fleet::storage {

class MeterRecorder final
{
public:
    explicit MeterRecorder(Database &db)
        : m_db(db)
        , m_events(db)
    {}

    // Appends the kinds of the events it recorded to events.
    StorageError record(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt,
                        QStringList &events);

    static QString markerMeterName(int hrDeviceIndex, int markerIndex);
    // The snapshot's meters plus one per marker life count (unless the collector already listed it).
    static QList<Meter> metersOf(const DeviceSnapshot &snapshot, const QDateTime &polledAt);

private:
    Result<qint64> seriesId(qint64 deviceId, const Meter &meter);
    StorageError checkAgreement(qint64 deviceId, const DeviceSnapshot &snapshot, const QDateTime &polledAt,
                                QStringList &events);

    Database &m_db;
    EventLog m_events;
};

} // namespace fleet::storage
