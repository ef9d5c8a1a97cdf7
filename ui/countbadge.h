#ifndef UI_COUNTBADGE_H
#define UI_COUNTBADGE_H

#include <QLabel>

namespace Ui {

// A number in a pill beside a heading: "Overdue activities (10)" as the dashboard shows it, red
// when it calls for action. Painted rather than styled, like CardFrame.
class CountBadge : public QLabel
{
    Q_OBJECT

public:
    explicit CountBadge(QWidget *parent = nullptr);

    void setCount(int count, bool alarming);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_fill;
};

} // namespace Ui

#endif
