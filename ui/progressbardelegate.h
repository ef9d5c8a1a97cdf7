#ifndef UI_PROGRESSBARDELEGATE_H
#define UI_PROGRESSBARDELEGATE_H

#include <QColor>
#include <QStyledItemDelegate>

namespace Ui {

// Paints the ProgressRole of a cell (0-100) as a slim bar with its percentage; cells without
// that role are painted as usual.
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressBarDelegate(QObject *parent = nullptr);

    void setBarColor(const QColor &color) { m_barColor = color; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, double percent) const;

    QColor m_barColor;
};

} // namespace Ui

#endif
