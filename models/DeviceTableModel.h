#pragma once
// The fleet as a table: one row per stored device with the summary of its last poll.

#include "storage/FleetOverview.h"

#include <QAbstractTableModel>

Q_DECLARE_METATYPE(QList<fleet::storage::SupplyGauge>)

namespace fleet::models {

class DeviceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Status,
        Name,
        Model,
        Location,
        Address,
        Serial,
        TotalPages,
        Supplies,
        LastSuccess,
        StatusText,
        ColumnCount
    };
    enum Role {
        SuppliesRole = Qt::UserRole + 1, // QList<storage::SupplyGauge>
        SortRole,                        // a value that sorts naturally (numbers as numbers, times as times)
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setRows(const QList<storage::FleetRow> &rows);
    const storage::FleetRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "black 63 %, cyan some remaining, ..." for tooltips, accessibility and the filter.
    static QString suppliesText(const QList<storage::SupplyGauge> &supplies);
    static QString supplyStateText(const storage::SupplyGauge &g);

private:
    QList<storage::FleetRow> m_rows;
};

} // namespace fleet::models
