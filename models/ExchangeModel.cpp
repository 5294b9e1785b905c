#include "ExchangeModel.h"

#include <QLocale>

#include <algorithm>

namespace fleet::models {

ExchangeModel::ExchangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ExchangeModel::setRecords(const QList<sync::ExchangeRecord> &records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

int ExchangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ExchangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExchangeModel::displayText(const sync::ExchangeRecord &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time:
        return locale.toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Method:
        return r.method;
    case Endpoint:
        return r.endpoint;
    case Status:
        // No HTTP answer arrived (TLS, network, proxy, timeout): the error column says why.
        return r.status ? QString::number(*r.status) : tr("none");
    case BytesOut:
        return locale.toString(r.bytesOut);
    case BytesIn:
        return locale.toString(r.bytesIn);
    case Duration:
        return tr("%1 ms").arg(locale.toString(r.durationMs));
    case PayloadId:
        return r.payloadId;
    case Error:
        return r.error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(r.errorKind, r.error);
    default:
        return {};
    }
}

QVariant ExchangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::ExchangeRecord &r = m_records.at(index.row());
    const bool failed = !r.error.isEmpty() || !r.status || *r.status >= 400;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == Error && !r.error.isEmpty() ? QVariant(r.error) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == BytesOut || index.column() == BytesIn ||
            index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FailedRole:
        return failed;
    case FilterRole: {
        QStringList parts;
        for (int c = 0; c < ColumnCount; ++c)
            parts << displayText(r, c);
        return parts.join(u' ');
    }
    case SortRole:
        switch (index.column()) {
        case Time:
            return r.at;
        case Status:
            return r.status ? *r.status : -1;
        case BytesOut:
            return r.bytesOut;
        case BytesIn:
            return r.bytesIn;
        case Duration:
            return r.durationMs;
        default:
            return displayText(r, index.column());
        }
    default:
        return {};
    }
}

QVariant ExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Endpoint:
        return tr("Endpoint");
    case Status:
        return tr("Status");
    case BytesOut:
        return tr("Bytes out");
    case BytesIn:
        return tr("Bytes in");
    case Duration:
        return tr("Duration");
    case PayloadId:
        return tr("Payload id");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace fleet::models
