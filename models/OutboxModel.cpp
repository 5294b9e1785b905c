#include "OutboxModel.h"

#include <QLocale>

namespace fleet::models {

namespace {
QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setItems(QList<sync::OutboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int OutboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return int(i);
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(sync::OutboxState state)
{
    switch (state) {
    case sync::OutboxState::Queued:
        return tr("Queued");
    case sync::OutboxState::Acknowledged:
        return tr("Delivered");
    case sync::OutboxState::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case Qt::TextAlignmentRole:
        if (index.column() == Id || index.column() == Attempts || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastError && !item.lastError.isEmpty())
            return item.lastError;
        if (index.column() == State && item.state == sync::OutboxState::Queued && item.nextAttemptAt.isValid())
            return tr("Next attempt %1").arg(localTime(item.nextAttemptAt));
        return {};
    case SortRole:
        switch (index.column()) {
        case Id:
            return item.id;
        case Created:
            return item.createdAt;
        case Attempts:
            return item.attempts;
        case DeliveredAt:
            return item.finishedAt;
        case Size:
            return item.bodyBytes;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return item.id;
        case Key:
            return item.idempotencyKey;
        case Created:
            return localTime(item.createdAt);
        case Attempts:
            return item.attempts;
        case State:
            return stateText(item.state);
        case LastError:
            return item.lastError;
        case DeliveredAt:
            return item.state == sync::OutboxState::Acknowledged ? localTime(item.finishedAt) : QString();
        case Size:
            return QLocale().formattedDataSize(item.bodyBytes);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Key:
        return tr("Idempotency key");
    case Created:
        return tr("Created");
    case Attempts:
        return tr("Attempts");
    case State:
        return tr("State");
    case LastError:
        return tr("Last error");
    case DeliveredAt:
        return tr("Delivered at");
    case Size:
        return tr("Size");
    default:
        return {};
    }
}

} // namespace fleet::models
