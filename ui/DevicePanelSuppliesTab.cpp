#include "DevicePanelSuppliesTab.h"

#include "DevicePanelCharts.h"
#include "SupplyForecastModel.h"
#include "storage/DeviceHistory.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fleet::ui {

namespace {
constexpr char kColourProperty[] = "fleetColorant"; // the supply's colorant, kept on its series for restyling
}

DevicePanelSuppliesTab::DevicePanelSuppliesTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_chartView(charts::makeChartView(QStringLiteral("supplyChart"), tr("Supply level history chart"), this))
    , m_notes(makeValue(QStringLiteral("supplyNotes"), this))
    , m_forecastView(makeTable(QStringLiteral("forecastView"), tr("Days to empty per supply"), this))
    , m_forecasts(new models::SupplyForecastModel(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_forecastView->setModel(m_forecasts);
    m_chartView->chart()->setTitle(tr("Supply levels"));
    m_chartView->chart()->legend()->setAlignment(Qt::AlignRight);

    auto *chartArea = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartArea);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(m_notes);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("suppliesSplitter"));
    splitter->addWidget(chartArea);
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
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QLocale locale;
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(locale.dateFormat(QLocale::ShortFormat));
    x->setTitleText(tr("Date"));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f %%"));
    y->setTitleText(tr("Level"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

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
                series = new QLineSeries(chart);
                series->setName(row.receptacle ? tr("%1 (space left)").arg(row.name) : row.name);
                series->setPointsVisible(true);
                series->setProperty(kColourProperty, row.colour.isEmpty() ? row.name : row.colour);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
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
        x->setRange(first == last ? first.addSecs(-3600) : first, first == last ? last.addSecs(3600) : last);
    if (m_forecasts->rows().isEmpty())
        notes << tr("No supply readings stored for this device.");
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    m_chartView->setAccessibleDescription(tr("%n supply level line(s).", nullptr, lines) +
                                          (notes.isEmpty() ? QString() : u' ' + notes.join(u' ')));
    applyColours();
}

void DevicePanelSuppliesTab::applyColours()
{
    QChart *chart = m_chartView->chart();
    charts::applyPalette(chart, palette());
    for (QAbstractSeries *s : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(s);
        if (!line)
            continue;
        const QColor colour = charts::seriesColour(line->property(kColourProperty).toString(), palette());
        if (colour.isValid())
            line->setColor(colour);
    }
}

void DevicePanelSuppliesTab::changeEvent(QEvent *event)
{
    DevicePanelTab::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void DevicePanelSuppliesTab::clear()
{
    m_forecasts->setHistory({}, m_now());
    showChart();
    m_notes->clear();
}

} // namespace fleet::ui
