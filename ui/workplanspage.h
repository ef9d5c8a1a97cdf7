#ifndef UI_WORKPLANSPAGE_H
#define UI_WORKPLANSPAGE_H

#include <id.h>

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {

class Session;
class WorkPlansModel;

// Every work plan of the unit, filterable; opening one shows it on its person's page.
class WorkPlansPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkPlansPage(Session &session, QWidget *parent = nullptr);

    WorkPlansModel *model() const { return m_model; }

Q_SIGNALS:
    void planActivated(Core::Id personId, Core::Id planId);

private:
    void setUpTable();
    void onActivated(const QModelIndex &index);

    Session &m_session;
    QLineEdit *m_filter;
    WorkPlansModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};

} // namespace Ui

#endif
