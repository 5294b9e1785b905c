#include "SupplyBarDelegate.h"

#include "DeviceTableModel.h"

#include <QApplication>
#include <QPainter>

namespace fleet::ui {

namespace {
constexpr int kBarWidth = 9;
constexpr int kGap = 3;
} // namespace

QColor SupplyBarDelegate::colourFor(const QString &colorant, const QPalette &palette)
{
    if (colorant.contains(u"black"))
        return QColor(0x20, 0x20, 0x20);
    if (colorant.contains(u"cyan"))
        return QColor(0x00, 0xa0, 0xd8);
    if (colorant.contains(u"magenta"))
        return QColor(0xd0, 0x1c, 0x8b);
    if (colorant.contains(u"yellow"))
        return QColor(0xf0, 0xc8, 0x00);
    return palette.color(QPalette::Mid); // drums, fusers, waste: not a toner colour
}

void SupplyBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto supplies = index.data(models::DeviceTableModel::SuppliesRole).value<QList<storage::SupplyGauge>>();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect area = option.rect.adjusted(4, 3, -4, -3);
    int x = area.left();
    for (const storage::SupplyGauge &g : supplies) {
        if (x + kBarWidth > area.right())
            break;
        const QRect frame(x, area.top(), kBarWidth, area.height());
        const QColor colour = colourFor(g.colour, option.palette);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->setBrush(Qt::NoBrush);
        if (g.percent && g.state != u"unknown") {
            // Receptacles report remaining space: draw how full they are.
            const double filled = g.receptacle ? 100.0 - *g.percent : *g.percent;
            const int h = int(double(frame.height() - 1) * std::clamp(filled, 0.0, 100.0) / 100.0 + 0.5);
            painter->fillRect(QRect(frame.left(), frame.bottom() - h, frame.width(), h), colour);
        } else if (g.state == u"someRemaining") {
            painter->fillRect(frame, QBrush(colour, Qt::BDiagPattern));
        } else if (g.state == u"empty" || g.state == u"full") {
            painter->setPen(QPen(QColor(0xc0, 0x00, 0x20), 2));
        } else { // unknown: an empty frame with a dotted outline
            painter->setPen(QPen(option.palette.color(QPalette::Text), 1, Qt::DotLine));
        }
        if (g.state == u"low" || g.state == u"nearlyFull")
            painter->setPen(QPen(QColor(0xd0, 0x80, 0x00), 2));
        painter->drawRect(frame.adjusted(0, 0, -1, -1));
        x += kBarWidth + kGap;
    }
    painter->restore();
}

QSize SupplyBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto supplies = index.data(models::DeviceTableModel::SuppliesRole).value<QList<storage::SupplyGauge>>();
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 8 + int(supplies.size()) * (kBarWidth + kGap)), std::max(base.height(), 20)};
}

} // namespace fleet::ui
