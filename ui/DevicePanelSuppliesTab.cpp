#include "DevicePanelSuppliesTab.h"

#include "DevicePanelCharts.h"
#include "HistoryChart.h"
#include "SupplyForecastModel.h"
#include "storage/DeviceHistory.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fleet::ui {

namespace {
constexpr char kColourProperty[] = "fleetColorant"; // the supply's colorant, kept on its series for restyling
}

DevicePanelSuppliesTab::DevicePanelSuppliesTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_chart(new HistoryChart(QStringLiteral("supplyChart"), tr("Supply level history chart"), this))
    , m_notes(makeValue(QStringLiteral("supplyNotes"), this))
    , m_forecastView(makeTable(QStringLiteral("forecastView"), tr("Days to empty per supply"), this))
    , m_forecasts(new models::SupplyForecastModel(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_forecastView->setModel(m_forecasts);
    m_chart->chart()->setTitle(tr("Supply levels"));
    m_chart->chart()->legend()->setAlignment(Qt::AlignRight);
    m_chart->setNote(m_notes);
    // A supply's line in its toner's colour; the chart theme's for supplies without one.
    m_chart->setSeriesStyle([](QAbstractSeries *series, const QPalette &palette) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line)
            return;
        const QColor colour = charts::seriesColour(line->property(kColourProperty).toString(), palette);
        if (colour.isValid())
            line->setColor(colour);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("suppliesSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_forecastView);
    splitter->setStretchFactor(0, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    clear();
}

void DevicePanelSuppliesTab::showDetails(const storage::DeviceDetails &details)
{
    m_forecasts->setHistory(details.supplyHistory, m_now());
    m_forecastView->resizeColumnsToContents();
    showChart();
}

void DevicePanelSuppliesTab::showChart()
{
    m_chart->reset();
    const HistoryChart::Axes axes = m_chart->addAxes(tr("Date"), tr("Level"), QStringLiteral("%.0f %%"), 100);

    QDateTime first, last;
    QStringList notes;
    int lines = 0;
    for (const models::SupplyForecastModel::Row &row : m_forecasts->rows()) {
        QLineSeries *series = nullptr;
        int withoutLevel = 0;
        for (const storage::SupplyReading &r : row.readings) {
            // Only a real percentage is drawn; a state without a number is a note, never a level.
            if (!r.percent) {
                ++withoutLevel;
                continue;
            }
            if (!series) {
                series = m_chart->addLine(row.receptacle ? tr("%1 (space left)").arg(row.name) : row.name, axes);
                series->setProperty(kColourProperty, row.colour.isEmpty() ? row.name : row.colour);
                ++lines;
            }
            series->append(double(r.readAt.toMSecsSinceEpoch()), *r.percent);
            if (!first.isValid() || r.readAt < first)
                first = r.readAt;
            if (!last.isValid() || r.readAt > last)
                last = r.readAt;
        }
        if (withoutLevel == 0)
            continue;
        const QString state = models::SupplyForecastModel::currentText(row.readings.constLast(), row.receptacle);
        notes << (withoutLevel == row.readings.size()
                      ? tr("%1: no level reported, only a state (now: %2)").arg(row.name, state)
                      : tr("%1: %n reading(s) without a level, not drawn", nullptr, withoutLevel).arg(row.name));
    }
    if (first.isValid())
        axes.time->setRange(first == last ? first.addSecs(-3600) : first, first == last ? last.addSecs(3600) : last);
    if (m_forecasts->rows().isEmpty())
        notes << tr("No supply readings stored for this device.");
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    m_chart->setDescription(tr("%n supply level line(s).", nullptr, lines) +
                            (notes.isEmpty() ? QString() : u' ' + notes.join(u' ')));
    m_chart->restyle();
}

void DevicePanelSuppliesTab::clear()
{
    m_forecasts->setHistory({}, m_now());
    showChart();
    m_notes->clear();
}

} // namespace fleet::ui
