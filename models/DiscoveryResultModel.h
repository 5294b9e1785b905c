#pragma once
// One outcome list of a discovery sweep as a table: the printers found, the SNMP devices that are
// not printers, or the targets that gave no usable answer with the reason. Rows are appended while
// the sweep runs; the printers' rows learn afterwards what storing them did (new, known, moved).

#include "collect/DeviceSnapshot.h"
#include "storage/StorageTypes.h"

#include <QAbstractTableModel>

namespace fleet::models {

class DiscoveryResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Found, Skipped, Failed };
    enum class Field : quint8 {
        Target,
        Name,
        Manufacturer,
        Model,
        Serial,
        Profile,
        Stored,
        Description,
        ObjectId,
        Reason,
        ErrorClass,
        Message
    };

    explicit DiscoveryResultModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void append(const QList<DeviceSnapshot> &snapshots);
    void clear();
    const DeviceSnapshot &snapshot(int row) const { return m_rows.at(row).snapshot; }
    // Outcome i belongs to row outcome.snapshotIndex (the order the printers were stored in).
    void setOutcomes(const QList<storage::DeviceOutcome> &outcomes);
    // The column showing field, or -1 when this kind has no such column.
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        DeviceSnapshot snapshot;
        QString stored; // what storing did, empty until known
    };
    QString text(const Row &row, Field field) const;
    QString outcomeText(const storage::DeviceOutcome &outcome) const;

    Kind m_kind;
    QList<Field> m_fields;
    QList<Row> m_rows;
};

} // namespace fleet::models
