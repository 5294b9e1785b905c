#include "DevicePanelCountersTab.h"

#include "DeviceEventModel.h"
#include "HistoryChart.h"
#include "MeterTableModel.h"
#include "storage/DeviceHistory.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fleet::ui {

DevicePanelCountersTab::DevicePanelCountersTab(QWidget *parent)
    : DevicePanelTab(parent)
    , m_metersView(makeTable(QStringLiteral("metersView"), tr("Meters"), this))
    , m_chart(new HistoryChart(QStringLiteral("pagesChart"), tr("Pages per day chart"), this))
    , m_summary(makeValue(QStringLiteral("pagesSummary"), this))
    , m_eventsView(makeTable(QStringLiteral("flaggedEventsView"), tr("Flagged events"), this))
    , m_noEvents(new QLabel(tr("No flagged events"), this))
    , m_meters(new models::MeterTableModel(this))
    , m_events(new models::DeviceEventModel(this))
{
    m_noEvents->setObjectName(QStringLiteral("noEventsLabel"));
    m_metersView->setModel(m_meters);
    m_eventsView->setModel(m_events);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setTitle(tr("Pages per day"));
    m_chart->setNote(m_summary);
    // Every line in the highlight colour; the marks of partly covered days are hollow rings.
    m_chart->setSeriesStyle([](QAbstractSeries *series, const QPalette &palette) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            line->setColor(palette.color(QPalette::Highlight));
        if (auto *marks = qobject_cast<QScatterSeries *>(series)) {
            marks->setBorderColor(palette.color(QPalette::Text));
            marks->setBrush(Qt::NoBrush);
        }
    });

    auto *eventsArea = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsArea);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    auto *eventsTitle = new QLabel(tr("Flagged events"), eventsArea);
    eventsTitle->setBuddy(m_eventsView);
    eventsLayout->addWidget(eventsTitle);
    eventsLayout->addWidget(m_noEvents);
    eventsLayout->addWidget(m_eventsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("countersSplitter"));
    splitter->addWidget(m_metersView);
    splitter->addWidget(m_chart);
    splitter->addWidget(eventsArea);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    clear();
}

void DevicePanelCountersTab::showDetails(const storage::DeviceDetails &details)
{
    m_meters->setMeters(details.meters);
    m_metersView->resizeColumnsToContents();
    m_events->setEvents(details.flaggedEvents);
    m_eventsView->resizeColumnsToContents();
    m_noEvents->setVisible(details.flaggedEvents.isEmpty());
    m_eventsView->setVisible(!details.flaggedEvents.isEmpty());
    showChart(details.dailyUsage);
}

void DevicePanelCountersTab::showChart(const storage::DailyUsage &usage)
{
    m_chart->reset();
    if (usage.meter.isEmpty()) {
        m_summary->setText(tr("The device reports no total counter, so there is no pages-per-day chart."));
        m_chart->setDescription(m_summary->text());
        return;
    }
    QChart *chart = m_chart->chart();
    const HistoryChart::Axes axes =
        m_chart->addAxes(tr("Day"), usage.unit.isEmpty() ? tr("Pages") : usage.unit, QStringLiteral("%.0f"));

    // One line per run of consecutive days: a day without data (no reading, or a counter that went
    // down) breaks the line rather than being drawn as zero pages. A day the readings only partly
    // cover (the first and last of a history, today so far) is also marked as such: its count is
    // lower because fewer hours were read, not because less was printed.
    auto *partial = new QScatterSeries(chart);
    partial->setName(tr("Day only partly covered by readings"));
    partial->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    partial->setMarkerSize(11);
    partial->setBrush(Qt::NoBrush);
    QLineSeries *run = nullptr;
    QDate previous;
    quint64 most = 0;
    for (const storage::DayCount &day : usage.days) {
        if (!run || previous.daysTo(day.day) != 1)
            run = m_chart->addLine(tr("Pages per day"), axes);
        const auto at = double(QDateTime(day.day, QTime(12, 0)).toMSecsSinceEpoch());
        run->append(at, double(day.pages));
        const qint64 dayLength = QDateTime(day.day, QTime(0, 0)).secsTo(QDateTime(day.day.addDays(1), QTime(0, 0)));
        if (day.coveredSeconds + 60 < dayLength)
            partial->append(at, double(day.pages));
        most = std::max(most, day.pages);
        previous = day.day;
    }
    m_chart->add(partial, axes);
    // The legend names each kind of mark once.
    const QList<QAbstractSeries *> all = chart->series();
    for (qsizetype i = 1; i + 1 < all.size(); ++i)
        for (QLegendMarker *marker : chart->legend()->markers(all.at(i)))
            marker->setVisible(false);
    partial->setVisible(partial->count() > 0);
    if (!usage.days.isEmpty()) {
        // Ticks on midnights: whole days, at most about eight labels.
        const QDate first = usage.days.constFirst().day;
        const qint64 span = first.daysTo(usage.days.constLast().day) + 1;
        const qint64 step = std::max<qint64>(1, (span + 7) / 8);
        const qint64 ticks = (span + step - 1) / step;
        axes.time->setRange(QDateTime(first, QTime(0, 0)), QDateTime(first.addDays(ticks * step), QTime(0, 0)));
        axes.time->setTickCount(int(ticks) + 1);
    }
    axes.value->setRange(0, std::max<double>(10.0, double(most) * 1.1));
    axes.value->applyNiceNumbers();

    const QString source = usage.meter == storage::kMarkerSum
                               ? tr("sum of the marker life counts")
                               : models::MeterTableModel::meterName(usage.meter) + QStringLiteral(", ") +
                                     models::MeterTableModel::sourceText(usage.source);
    QString summary = usage.days.isEmpty()
                          ? tr("Not enough readings of the total counter (%1) for a day's count yet.").arg(source)
                          : tr("%1 %2 over %n day(s), from the total counter (%3).", nullptr, int(usage.days.size()))
                                .arg(QLocale().toString(qulonglong(usage.totalPages())), usage.unit, source);
    if (!usage.gaps.isEmpty())
        summary += u' ' + tr("The counter went down %n time(s); those intervals are gaps, not counted (see the "
                             "flagged events).",
                             nullptr, int(usage.gaps.size()));
    m_summary->setText(summary);
    m_chart->setDescription(summary);
    m_chart->restyle();
}

void DevicePanelCountersTab::clear()
{
    m_meters->setMeters({});
    m_events->setEvents({});
    m_noEvents->setVisible(true);
    m_eventsView->setVisible(false);
    showChart({});
    m_summary->clear();
}

} // namespace fleet::ui
