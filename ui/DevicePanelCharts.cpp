#include "DevicePanelCharts.h"

#include "SupplyBarDelegate.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>

namespace fleet::ui::charts {

QChartView *makeChartView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFocusPolicy(Qt::StrongFocus); // so a screen reader user can land on it and hear its description
    view->setMinimumHeight(180);
    return view;
}

void applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
        grid.setAlpha(90);
        axis->setMinorGridLineColor(grid);
        grid.setAlpha(255);
    }
}

QColor seriesColour(const QString &colorant, const QPalette &palette)
{
    const QString c = colorant.toLower();
    if (c.contains(u"black"))
        return palette.color(QPalette::Text);
    if (c.contains(u"cyan") || c.contains(u"magenta") || c.contains(u"yellow"))
        return SupplyBarDelegate::colourFor(c, palette);
    return {};
}

} // namespace fleet::ui::charts
