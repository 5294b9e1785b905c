#pragma once
// A history chart of the device panel with its note underneath (a summary, or what could not be
// drawn): a date axis at the bottom, a value axis on the left, and colours that follow the palette.
// The chart restyles itself and every series when the palette changes; how a series is coloured is
// the drawing tab's (pages per day in the highlight colour, a supply in its toner's colour).

#include <QWidget>

#include <functional>

class QAbstractSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QVBoxLayout;
class QValueAxis;

namespace fleet::ui {

class HistoryChart final : public QWidget
{
    Q_OBJECT
public:
    // Colours one series for the palette, after the chart itself took the palette's colours.
    using SeriesStyle = std::function<void(QAbstractSeries *series, const QPalette &palette)>;
    struct Axes
    {
        QDateTimeAxis *time;
        QValueAxis *value;
    };

    // objectName and accessibleName are the chart view's.
    HistoryChart(const QString &objectName, const QString &accessibleName, QWidget *parent);
    Q_DISABLE_COPY_MOVE(HistoryChart)

    QChart *chart() const;
    // Places note under the chart. Made by the tab after the chart, so that Tab reaches the chart
    // first and then its note.
    void setNote(QLabel *note);
    void setSeriesStyle(SeriesStyle style) { m_style = std::move(style); }

    // Removes the series and axes of the last drawing.
    void reset();
    // The two axes of a drawing: dates in the locale's short format, values printed with valueFormat.
    // A fixedTop above 0 makes the value axis span 0 to fixedTop from the start (a percentage).
    Axes addAxes(const QString &timeTitle, const QString &valueTitle, const QString &valueFormat, qreal fixedTop = 0);
    // Adds series to the chart on both axes.
    void add(QAbstractSeries *series, const Axes &axes);
    // A new line with its points marked, on both axes.
    QLineSeries *addLine(const QString &name, const Axes &axes);
    // What a screen reader says of the chart.
    void setDescription(const QString &text);
    // The palette's colours on the chart and, through the series style, on every series.
    void restyle();

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *m_view;
    QVBoxLayout *m_layout;
    SeriesStyle m_style;
};

} // namespace fleet::ui
