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
        DeviceIdRole,                    // qint64 id of the stored device
    };

    explicit DeviceTableModel(QObject *parent = nullptr);

    void setRows(const QList<storage::FleetRow> &rows);
    const storage::FleetRow *rowAt(int row) const;
    // Every text a user may type to find the row, lower-cased, computed once per setRows() so a
    // keystroke in the filter costs one substring search per row.
    const QString &searchText(int row) const { return m_search.at(row); }
    int rowOfDevice(qint64 deviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "black 63 %, cyan some remaining, ..." for tooltips, accessibility and the filter.
    static QString suppliesText(const QList<storage::SupplyGauge> &supplies);
    static QString supplyStateText(const storage::SupplyGauge &g);

private:
    QList<storage::FleetRow> m_rows;
    QList<QString> m_search;
};

} // namespace fleet::models
