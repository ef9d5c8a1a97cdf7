#ifndef UI_REVISIONSDIALOG_H
#define UI_REVISIONSDIALOG_H

#include <workplanrevision.h>

#include <QDialog>
#include <QList>

class QListWidget;
class QTreeWidget;

namespace Ui {

// The superseded revisions of a work plan, read-only: "what did we agree in March?"
class RevisionsDialog : public QDialog
{
    Q_OBJECT
public:
    RevisionsDialog(const QList<Core::WorkPlanRevision> &revisions, QWidget *parent = nullptr);

private:
    void onRevisionChanged(int row);
    static QString summary(const Core::WorkPlanRevision &revision);

    QList<Core::WorkPlanRevision> m_revisions;
    QListWidget *m_list;
    QTreeWidget *m_tree;
};

} // namespace Ui

#endif
