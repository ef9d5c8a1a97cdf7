#ifndef UI_CARDFRAME_H
#define UI_CARDFRAME_H

#include <QFrame>

namespace Ui {

// The dashboard's card: the palette's base colour in a rounded, hairline-bordered frame. Painted
// rather than styled: a style sheet would have every child of the card polished and painted
// through the style-sheet style, which made the dashboard the slowest part of a start.
class CardFrame : public QFrame
{
    Q_OBJECT

public:
    explicit CardFrame(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Ui

#endif
