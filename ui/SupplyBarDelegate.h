#pragma once
// Paints one small level bar per supply, coloured like the toner. Honest about what the device
// says: a percentage only when there is one; "some remaining", "unknown" and "empty" are drawn as
// such (hatched, outlined, red frame), never as an invented level.

#include <QStyledItemDelegate>

namespace fleet::ui {

class SupplyBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colourFor(const QString &colorant, const QPalette &palette);
};

} // namespace fleet::ui
