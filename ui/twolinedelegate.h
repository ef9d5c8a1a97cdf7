#ifndef UI_TWOLINEDELEGATE_H
#define UI_TWOLINEDELEGATE_H

#include <QStyledItemDelegate>

namespace Ui {

// A list line that reads at a glance: the display text on top, the DetailRole text in a quieter
// line below, the BadgeRole figure at the right (in the ForegroundRole colour when it is
// urgent), and a slim bar in the DecorationRole colour at the left when there is one.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TwoLineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The height of every line, for lists that size themselves in lines.
    static int lineHeight(const QFont &font);

private:
    int paintBadge(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const; // returns the width it took
};

} // namespace Ui

#endif
