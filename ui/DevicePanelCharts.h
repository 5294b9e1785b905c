#pragma once
// What the device panel's charts share: a chart view that keyboard and screen-reader users can
// reach, colours taken from the widget palette (a dark palette gets light text and grid), and
// series colours for toners that stay visible on either background.

#include <QColor>
#include <QString>

class QChart;
class QChartView;
class QPalette;
class QWidget;

namespace fleet::ui::charts {

// A view with an empty chart, antialiased, focusable, with the given names.
QChartView *makeChartView(const QString &objectName, const QString &accessibleName, QWidget *parent);
// Background, title, legend and axes of chart (call again after axes are added or the palette changes).
void applyPalette(QChart *chart, const QPalette &palette);
// A toner's colour; black becomes the palette's text colour so it shows on a dark background.
// Invalid for supplies without a toner colour: the chart theme picks one.
QColor seriesColour(const QString &colorant, const QPalette &palette);

} // namespace fleet::ui::charts
