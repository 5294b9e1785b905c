#include "PollLogModel.h"

#include "snmp/SnmpTypes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace fleet::models {

PollLogModel::PollLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PollLogModel::setPolls(const QList<storage::PollRecord> &polls)
{
    beginResetModel();
    m_polls = polls;
    std::reverse(m_polls.begin(), m_polls.end());
    endResetModel();
}

const storage::PollRecord *PollLogModel::pollAt(int row) const
{
    return row >= 0 && row < m_polls.size() ? &m_polls.at(row) : nullptr;
}

int PollLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_polls.size());
}

int PollLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PollLogModel::resultText(const QString &result)
{
    if (result == storage::kPollOk)
        return tr("OK");
    if (result == storage::kPollPartial)
        return tr("Partial");
    if (result == storage::kPollFailed)
        return tr("Failed");
    return result;
}

QString PollLogModel::errorClassText(const QString &errorClass)
{
    if (errorClass.isEmpty())
        return {};
    const auto cls = snmp::errorClassFromName(errorClass);
    if (!cls)
        return errorClass;
    switch (*cls) {
    case snmp::ErrorClass::None:
        return {};
    case snmp::ErrorClass::NoResponse:
        return tr("No response (device off, filtered, or wrong community)");
    case snmp::ErrorClass::UnknownUser:
        return tr("SNMPv3 user unknown to the device");
    case snmp::ErrorClass::WrongAuth:
        return tr("Wrong SNMPv3 authentication password");
    case snmp::ErrorClass::DecryptionFailed:
        return tr("Wrong SNMPv3 privacy password");
    case snmp::ErrorClass::NotInTimeWindow:
        return tr("SNMPv3 clock out of the time window");
    case snmp::ErrorClass::UnsupportedSecurityLevel:
        return tr("Security level not supported by the device");
    case snmp::ErrorClass::DnsFailure:
        return tr("Name not found (DNS)");
    case snmp::ErrorClass::MalformedAnswer:
        return tr("Malformed answer from the device");
    case snmp::ErrorClass::AgentError:
        return tr("The device's agent reported an error");
    case snmp::ErrorClass::DeadlineExceeded:
        return tr("Took too long (deadline exceeded)");
    case snmp::ErrorClass::Cancelled:
        return tr("Cancelled");
    case snmp::ErrorClass::ConfigError:
        return tr("Bad credential profile or address");
    case snmp::ErrorClass::Internal:
        return tr("Internal error");
    }
    return errorClass;
}

QVariant PollLogModel::data(const QModelIndex &index, int role) const
{
    const storage::PollRecord *p = index.isValid() ? pollAt(index.row()) : nullptr;
    if (!p)
        return {};
    switch (role) {
    case RawResultRole:
        return p->result;
    case RawErrorClassRole:
        return p->errorClass;
    case SortRole:
        switch (index.column()) {
        case Time:
            return p->polledAt;
        case Duration:
            return p->durationMs;
        case Requests:
            return p->requests;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == Result && p->result == storage::kPollFailed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == Result && p->result == storage::kPollPartial)
            return QBrush(QColor(0x9a, 0x60, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Requests)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ErrorClass)
            return p->errorClass;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return locale.toString(p->polledAt.toLocalTime(), QLocale::ShortFormat);
    case Duration:
        return p->durationMs < 1000 ? tr("%1 ms").arg(locale.toString(p->durationMs))
                                    : tr("%1 s").arg(locale.toString(double(p->durationMs) / 1000.0, 'f', 1));
    case Requests:
        return locale.toString(p->requests);
    case Result:
        return resultText(p->result);
    case ErrorClass:
        return errorClassText(p->errorClass);
    case Message:
        return p->message;
    case Address:
        return p->address;
    default:
        return {};
    }
}

QVariant PollLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Duration:
        return tr("Duration");
    case Requests:
        return tr("Requests");
    case Result:
        return tr("Result");
    case ErrorClass:
        return tr("Error");
    case Message:
        return tr("Message");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace fleet::models
