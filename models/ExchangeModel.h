#pragma once
// The exchange log as a table (R3.7): every request sent to the remote-services server, newest
// first, with its outcome. Filtering is left to a QSortFilterProxyModel over FilterRole.

#include "sync/ExchangeLog.h"

#include <QAbstractTableModel>

namespace fleet::models {

class ExchangeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : quint8 { Time, Method, Endpoint, Status, BytesOut, BytesIn, Duration, PayloadId, Error, ColumnCount };
    // FilterRole: the whole row as one text, so a filter matches any column.
    enum Role { SortRole = Qt::UserRole + 1, FilterRole, FailedRole };

    explicit ExchangeModel(QObject *parent = nullptr);

    // Rows as ExchangeLog::list() returns them (oldest first); shown newest first.
    void setRecords(const QList<sync::ExchangeRecord> &records);
    const QList<sync::ExchangeRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const sync::ExchangeRecord &record, int column) const;
    QList<sync::ExchangeRecord> m_records;
};

} // namespace fleet::models
