#include "HistoryChart.h"

#include "DevicePanelCharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fleet::ui {

HistoryChart::HistoryChart(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_view(charts::makeChartView(objectName, accessibleName, this))
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_view, 1);
}

void HistoryChart::setNote(QLabel *note)
{
    m_layout->addWidget(note);
}

QChart *HistoryChart::chart() const
{
    return m_view->chart();
}

void HistoryChart::reset()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

HistoryChart::Axes HistoryChart::addAxes(const QString &timeTitle, const QString &valueTitle,
                                         const QString &valueFormat, qreal fixedTop)
{
    QChart *chart = m_view->chart();
    auto *time = new QDateTimeAxis(chart);
    time->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    time->setTitleText(timeTitle);
    auto *value = new QValueAxis(chart);
    if (fixedTop > 0)
        value->setRange(0, fixedTop);
    value->setLabelFormat(valueFormat);
    value->setTitleText(valueTitle);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    return {time, value};
}

void HistoryChart::add(QAbstractSeries *series, const Axes &axes)
{
    m_view->chart()->addSeries(series);
    series->attachAxis(axes.time);
    series->attachAxis(axes.value);
}

QLineSeries *HistoryChart::addLine(const QString &name, const Axes &axes)
{
    auto *line = new QLineSeries(m_view->chart());
    line->setName(name);
    line->setPointsVisible(true);
    add(line, axes);
    return line;
}

void HistoryChart::setDescription(const QString &text)
{
    m_view->setAccessibleDescription(text);
}

void HistoryChart::restyle()
{
    QChart *chart = m_view->chart();
    charts::applyPalette(chart, palette());
    if (!m_style)
        return;
    for (QAbstractSeries *series : chart->series())
        m_style(series, palette());
}

void HistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace fleet::ui
