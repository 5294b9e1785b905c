#include "SupplyForecastModel.h"

#include "DeviceTableModel.h"

#include <QLocale>

#include <cmath>

namespace fleet::models {

SupplyForecastModel::SupplyForecastModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SupplyForecastModel::setHistory(const QList<storage::SupplyReading> &history, const QDateTime &now)
{
    QList<Row> rows;
    QHash<qint64, qsizetype> bySupply;
    for (const storage::SupplyReading &r : history) {
        auto it = bySupply.constFind(r.supplyId);
        if (it == bySupply.cend()) {
            it = bySupply.insert(r.supplyId, rows.size());
            Row row;
            row.supplyId = r.supplyId;
            row.name = r.description.simplified();
            row.colour = r.colour.toLower();
            row.receptacle = r.supplyClass == u"receptacleThatIsFilled";
            rows.append(row);
        }
        rows[*it].readings.append(r);
    }
    for (Row &row : rows)
        row.forecast = storage::forecastSupply(storage::supplyPoints(row.readings, row.supplyId));
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

int SupplyForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupplyForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SupplyForecastModel::currentText(const storage::SupplyReading &reading, bool receptacle)
{
    storage::SupplyGauge g;
    g.description = reading.description;
    g.state = reading.state;
    g.percent = reading.percent;
    g.receptacle = receptacle;
    return DeviceTableModel::supplyStateText(g);
}

QString SupplyForecastModel::estimateText(const Row &row, const QDateTime &now)
{
    const storage::SupplyForecast &f = row.forecast;
    if (!f.hasEstimate())
        return tr("Not enough data");
    if (f.lastPercent <= 0)
        return row.receptacle ? tr("Full") : tr("Empty");
    if (!f.emptyAt.isValid())
        return tr("Not in sight (over 100 years at this rate)");
    const QString date = QLocale().toString(f.emptyAt.toLocalTime().date(), QLocale::ShortFormat);
    const double daysLeft = double(now.msecsTo(f.emptyAt)) / 86400000.0;
    if (daysLeft <= 0)
        return row.receptacle ? tr("Probably full by now (estimated %1)").arg(date)
                              : tr("Probably empty by now (estimated %1)").arg(date);
    const int days = int(std::lround(std::max(1.0, daysLeft)));
    return row.receptacle ? tr("Full in about %n day(s), around %1", nullptr, days).arg(date)
                          : tr("Empty in about %n day(s), around %1", nullptr, days).arg(date);
}

QString SupplyForecastModel::basisText(const Row &row)
{
    const storage::SupplyForecast &f = row.forecast;
    const QLocale locale;
    const QString since = locale.toString(f.from.toLocalTime(), QLocale::ShortFormat);
    QString text;
    switch (f.outcome) {
    case storage::ForecastOutcome::Estimate:
        text = tr("%n reading(s) since %1, %2 % per day", nullptr, f.points)
                   .arg(since, locale.toString(f.percentPerDay, 'f', 2));
        break;
    case storage::ForecastOutcome::NoLevels:
        text = row.readings.isEmpty() ? tr("No readings")
                                      : tr("The device reports no level, only a state (%1)")
                                            .arg(currentText(row.readings.constLast(), row.receptacle));
        break;
    case storage::ForecastOutcome::TooFewPoints:
        text = tr("%n reading(s) with a level since %1; at least 3 are needed", nullptr, f.points).arg(since);
        break;
    case storage::ForecastOutcome::TooShortSpan:
        text = tr("The readings since %1 cover less than a day").arg(since);
        break;
    case storage::ForecastOutcome::NotDecreasing:
        text = tr("The level has not fallen since %1").arg(since);
        break;
    }
    if (f.restarted)
        text += u' ' + tr("(refilled or replaced: older readings left out)");
    return text;
}

QVariant SupplyForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == SupplyIdRole)
        return row.supplyId;
    if (role == SortRole) {
        if (index.column() == DaysToEmpty)
            return row.forecast.hasEstimate() ? row.forecast.daysToEmpty : -1.0;
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Supply:
        return row.name;
    case Current:
        return row.readings.isEmpty() ? QString() : currentText(row.readings.constLast(), row.receptacle);
    case DaysToEmpty:
        return estimateText(row, m_now);
    case Basis:
        return basisText(row);
    default:
        return {};
    }
}

QVariant SupplyForecastModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Supply:
        return tr("Supply");
    case Current:
        return tr("Now");
    case DaysToEmpty:
        return tr("Days to empty");
    case Basis:
        return tr("Based on");
    default:
        return {};
    }
}

} // namespace fleet::models
