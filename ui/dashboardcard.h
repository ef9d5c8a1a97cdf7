#ifndef UI_DASHBOARDCARD_H
#define UI_DASHBOARDCARD_H

#include "cardframe.h"

class QLabel;
class QStackedWidget;

namespace Ui {

class CountBadge;

// One section of the dashboard: a white card with a heading, a count beside it, and its body,
// or a quiet sentence in place of the body when there is nothing to show.
class DashboardCard : public CardFrame
{
    Q_OBJECT
public:
    // `name` prefixes the objectNames of the card ("<name>Card") and of its parts.
    DashboardCard(
        const QString &title, const QString &name, QWidget *body, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);
    // The count beside the heading; `alarming` paints it red when it is not zero. A count of
    // zero shows the empty text instead of the body.
    void setCount(int count, bool alarming = false);
    int count() const { return m_count; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideTexts();

    QString m_title;
    QString m_emptyText;
    QLabel *m_heading;
    CountBadge *m_countLabel;
    QLabel *m_empty;
    QStackedWidget *m_body;
    int m_count = 0;
};

} // namespace Ui

#endif
