#ifndef UI_PERSONPAGE_H
#define UI_PERSONPAGE_H

#include <result.h>
#include <workplan.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace Ui {

class HistoryButton;
class PersonHeader;
class PlanTreeModel;
class ProgressLogModel;
class Session;

// One person and their work plan: the plan as a tree of objectives and activities, its progress
// log beside it, and every action on the plan. A button is enabled only when its action applies
// to the plan's status and the selection.
class PersonPage : public QWidget
{
    Q_OBJECT
public:
    explicit PersonPage(Session &session, QWidget *parent = nullptr);

    // planId 0: the person's current plan.
    void setPerson(Core::Id personId, Core::Id planId = 0);
    Core::Id personId() const { return m_personId; }
    Core::Id planId() const;
    PlanTreeModel *treeModel() const { return m_treeModel; }
    ProgressLogModel *logModel() const { return m_logModel; }

    void newPlan();
    void logProgress();
    // The person's performance review summary: export, preview, print.
    void exportSummary();

private:
    QWidget *createPlanBar();
    QWidget *createItemBar();
    QWidget *createBody();
    QPushButton *addButton(const QString &name, const QString &text, void (PersonPage::*slot)());
    void reloadPlans(Core::Id selectPlanId);
    std::optional<Core::WorkPlan> plan() const;
    QModelIndex selectedItem() const;
    int selectedKind() const;
    Core::Id selectedObjectiveId() const;
    void updateButtons();
    bool confirmRevision(const QString &change);
    void openDialog(QDialog *dialog);
    void report(const Core::Status &status);

    void onPlanChanged();
    void onSelectionChanged();
    void onStoreChanged();
    void onTreeAboutToReset();
    void onTreeReset();
    void onEditPlan();
    void onAgree();
    void onActivate();
    void onClosePlan();
    void onRevisions();
    void onAddObjective();
    void onAddLearning();
    void onAddActivity();
    void onEditItem();
    void onDeleteItem();

    Session &m_session;
    Core::Id m_personId = 0;
    PersonHeader *m_header;
    QComboBox *m_plans;
    PlanTreeModel *m_treeModel;
    ProgressLogModel *m_logModel;
    QTreeView *m_tree;
    QTableView *m_log;
    QLabel *m_logTitle;
    HistoryButton *m_planHistory;
    HistoryButton *m_itemHistory;
    QHash<QString, QPushButton *> m_buttons;
    QPair<int, Core::Id> m_keptSelection { -1, 0 };
};

} // namespace Ui

#endif
