#ifndef UI_REVIEWHISTORYWIDGET_H
#define UI_REVIEWHISTORYWIDGET_H

#include <id.h>

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeView;

namespace Ui {

class ReviewHistoryModel;
class Session;

// The review rounds of one deliverable with their assessments unfolded, kept current as rounds
// are submitted and reviewed.
class ReviewHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewHistoryWidget(Session &session, QWidget *parent = nullptr);

    void setDeliverable(Core::Id deliverableId);
    void setToday(const QDate &today);
    ReviewHistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void reload();
    void spanDetails();

    Session &m_session;
    Core::Id m_deliverableId = 0;
    QDate m_today;
    QLabel *m_title;
    ReviewHistoryModel *m_model;
    QTreeView *m_view;
};

} // namespace Ui

#endif
