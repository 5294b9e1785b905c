#pragma once
// One row per supply of a device's level history: its state now, the days-to-empty estimate
// (storage::forecastSupply) and what the estimate rests on, or why there is none ("not enough data",
// "the device reports no level").

#include "storage/SupplyForecast.h"

#include <QAbstractTableModel>

namespace fleet::models {

class SupplyForecastModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Supply, Current, DaysToEmpty, Basis, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SupplyIdRole };

    struct Row
    {
        qint64 supplyId = 0;
        QString name;
        QString colour;
        bool receptacle = false;
        QList<storage::SupplyReading> readings; // oldest first
        storage::SupplyForecast forecast;
    };

    explicit SupplyForecastModel(QObject *parent = nullptr);

    // history: readings of one device, oldest first (FleetRepository::supplyHistory). now: what
    // "days left" counts from.
    void setHistory(const QList<storage::SupplyReading> &history, const QDateTime &now);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString currentText(const storage::SupplyReading &reading, bool receptacle);
    static QString estimateText(const Row &row, const QDateTime &now);
    static QString basisText(const Row &row);

private:
    QList<Row> m_rows;
    QDateTime m_now;
};

} // namespace fleet::models
