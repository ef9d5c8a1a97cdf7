#ifndef UI_NAVIGATORDELEGATE_H
#define UI_NAVIGATORDELEGATE_H

#include <QStyledItemDelegate>

namespace Ui {

// Paints the window's page list: roomy rows, and the current page in bold on a light wash of the
// accent colour with an accent bar at its left edge. Painted rather than styled: a style sheet on
// the list made each start polish and paint it through the style-sheet style.
class NavigatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ui

#endif
