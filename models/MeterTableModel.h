#pragma once
// The current meters of one device with their provenance: a billing number must be traceable to
// the object it was read from (source, OID, unit, raw text).

#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class MeterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Meter, Value, Unit, Source, Oid, ReadAt, Note, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers, times as times
        RawNameRole,                 // the stored meter name ("total", "marker.1.1")
    };

    explicit MeterTableModel(QObject *parent = nullptr);

    void setMeters(const QList<storage::MeterReading> &meters);
    const storage::MeterReading *meterAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Total", "Black", "Marker 1 (device 1) life count", or the stored name when it is not a known one.
    static QString meterName(const QString &stored);
    // "Printer MIB", "Vendor profile Kyocera (kyocera)", or the stored source as is.
    static QString sourceText(const QString &stored);

private:
    QList<storage::MeterReading> m_meters;
};

} // namespace fleet::models
