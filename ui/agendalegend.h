#ifndef UI_AGENDALEGEND_H
#define UI_AGENDALEGEND_H

#include <QWidget>

namespace Ui {

// One line saying what the symbols and colours of the timeline and the calendar mean.
class AgendaLegend : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaLegend(QWidget *parent = nullptr);

    // Adds "Today" with its vertical line, for views that draw one.
    void setShowsToday(bool shows);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry
    {
        QString text;
        int width = 0;
    };
    QList<Entry> entries() const;

    bool m_showsToday = false;
};

} // namespace Ui

#endif
