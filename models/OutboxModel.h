#pragma once
// The payload outbox as a table (R3.7): one row per queued, delivered or rejected payload, newest
// first, without the bodies (they are read on demand for the viewer).

#include "sync/Outbox.h"

#include <QAbstractTableModel>

namespace fleet::models {

class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : quint8 { Id, Key, Created, Attempts, State, LastError, DeliveredAt, Size, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, StateRole, SortRole };

    explicit OutboxModel(QObject *parent = nullptr);

    void setItems(QList<sync::OutboxItem> items);
    const QList<sync::OutboxItem> &items() const { return m_items; }
    // The row of the item with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(sync::OutboxState state);

private:
    QList<sync::OutboxItem> m_items;
};

} // namespace fleet::models
