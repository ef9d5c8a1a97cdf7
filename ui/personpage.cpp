#include "personpage.h"

#include "activitydialog.h"
#include "agreedialog.h"
#include "format.h"
#include "historybutton.h"
#include "objectivedialog.h"
#include "personheader.h"
#include "plantreemodel.h"
#include "progressbardelegate.h"
#include "progressdialog.h"
#include "progresslogmodel.h"
#include "revisionsdialog.h"
#include "roles.h"
#include "session.h"
#include "summaryexportdialog.h"
#include "tablesetup.h"
#include "undoableedits.h"
#include "workplandialog.h"

#include <storage/workplanrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

PersonPage::PersonPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new PersonHeader(session, this))
    , m_plans(new QComboBox(this))
    , m_treeModel(new PlanTreeModel(session.store(), this))
    , m_logModel(new ProgressLogModel(session.store(), this))
    , m_tree(new QTreeView(this))
    , m_log(new QTableView(this))
    , m_logTitle(new QLabel(this))
    , m_planHistory(new HistoryButton(session.store(), tr("Plan hi&story..."), this))
    , m_itemHistory(new HistoryButton(session.store(), this))
{
    setObjectName(QStringLiteral("personPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_header);
    layout->addWidget(createPlanBar());
    layout->addWidget(createItemBar());
    layout->addWidget(createBody(), 1);
    connect(m_plans, &QComboBox::currentIndexChanged, this, &PersonPage::onPlanChanged);
    connect(&session.store(), &Core::UnitStore::changed, this, &PersonPage::onStoreChanged);
    connect(m_treeModel, &QAbstractItemModel::modelAboutToBeReset, this,
        &PersonPage::onTreeAboutToReset);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, &PersonPage::onTreeReset);
    auto showError = [this](const Core::Error &error) { m_session.showError(this, error); };
    connect(m_treeModel, &PlanTreeModel::failed, this, showError);
    connect(m_logModel, &ProgressLogModel::failed, this, showError);
    connect(m_planHistory, &HistoryButton::refused, this, showError);
    connect(m_itemHistory, &HistoryButton::refused, this, showError);
    updateButtons();
}

QWidget *PersonPage::createPlanBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *label = new QLabel(tr("Work &plan:"), bar);
    label->setBuddy(m_plans);
    label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_plans->setObjectName(QStringLiteral("planCombo"));
    m_plans->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_plans->setMinimumWidth(380);
    layout->addWidget(label);
    layout->addWidget(m_plans);
    layout->addStretch();
    layout->addWidget(
        addButton(QStringLiteral("newPlan"), tr("&New plan..."), &PersonPage::newPlan));
    layout->addWidget(
        addButton(QStringLiteral("editPlan"), tr("Edit p&lan..."), &PersonPage::onEditPlan));
    layout->addWidget(addButton(QStringLiteral("agree"), tr("A&gree..."), &PersonPage::onAgree));
    layout->addWidget(
        addButton(QStringLiteral("activate"), tr("Acti&vate"), &PersonPage::onActivate));
    layout->addWidget(
        addButton(QStringLiteral("closePlan"), tr("Cl&ose plan"), &PersonPage::onClosePlan));
    layout->addWidget(
        addButton(QStringLiteral("revisions"), tr("&Revisions..."), &PersonPage::onRevisions));
    layout->addWidget(addButton(QStringLiteral("exportSummary"), tr("Performance s&ummary..."),
        &PersonPage::exportSummary));
    return bar;
}

QWidget *PersonPage::createItemBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(addButton(
        QStringLiteral("addObjective"), tr("Add &objective..."), &PersonPage::onAddObjective));
    layout->addWidget(addButton(
        QStringLiteral("addLearning"), tr("Add l&earning element..."), &PersonPage::onAddLearning));
    layout->addWidget(addButton(
        QStringLiteral("addActivity"), tr("Add &activity..."), &PersonPage::onAddActivity));
    layout->addWidget(
        addButton(QStringLiteral("editItem"), tr("&Edit..."), &PersonPage::onEditItem));
    layout->addWidget(
        addButton(QStringLiteral("deleteItem"), tr("&Delete"), &PersonPage::onDeleteItem));
    m_itemHistory->setObjectName(QStringLiteral("itemHistoryButton"));
    m_itemHistory->setAccessibleName(tr("History of the selected objective or activity"));
    layout->addWidget(m_itemHistory);
    // The plan's own changes with its objectives', activities' and progress entries'. Here
    // rather than in the plan's row of buttons, which has no width left in French.
    m_planHistory->setObjectName(QStringLiteral("planHistoryButton"));
    m_planHistory->setAccessibleName(tr("History of the work plan"));
    layout->addWidget(m_planHistory);
    layout->addStretch();
    QPushButton *log
        = addButton(QStringLiteral("logProgress"), tr("Log progress..."), &PersonPage::logProgress);
    log->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(log);
    return bar;
}

QWidget *PersonPage::createBody()
{
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("Work plan"));
    m_tree->setModel(m_treeModel);
    TableSetup::apply(m_tree);
    m_tree->setItemDelegate(new ProgressBarDelegate(m_tree));
    m_tree->header()->setSectionResizeMode(PlanTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(PlanTreeModel::DateColumn, 110);
    m_tree->header()->resizeSection(PlanTreeModel::StatusColumn, 130);
    m_tree->header()->resizeSection(PlanTreeModel::ProgressColumn, 160);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PersonPage::onSelectionChanged);
    connect(m_tree, &QTreeView::doubleClicked, this, &PersonPage::onEditItem);
    m_log->setObjectName(QStringLiteral("progressTable"));
    m_log->setAccessibleName(tr("Progress log"));
    m_log->setModel(m_logModel);
    TableSetup::apply(m_log);
    m_log->setSortingEnabled(false);
    QHeaderView *columns = m_log->horizontalHeader();
    columns->setSectionResizeMode(ProgressLogModel::TextColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    const QList<QPair<int, int>> widths { { ProgressLogModel::DateColumn, 100 },
        { ProgressLogModel::ItemColumn, 260 }, { ProgressLogModel::PercentColumn, 45 },
        { ProgressLogModel::BlockersColumn, 220 }, { ProgressLogModel::AuthorColumn, 150 } };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    m_logTitle->setObjectName(QStringLiteral("logTitle"));
    m_logTitle->setStyleSheet(QStringLiteral("font-weight: 600;"));
    auto *logPane = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logTitle);
    logLayout->addWidget(m_log, 1);
    // The log sits under the tree rather than beside it: both then get the full width, so that
    // titles and what was done read without being cut.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("personSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(logPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QPushButton *PersonPage::addButton(
    const QString &name, const QString &text, void (PersonPage::*slot)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name + QStringLiteral("Button"));
    connect(button, &QPushButton::clicked, this, slot);
    m_buttons.insert(name, button);
    return button;
}

void PersonPage::setPerson(Core::Id personId, Core::Id planId)
{
    m_personId = personId;
    m_header->setPerson(personId);
    if (planId == 0) {
        const auto current = m_session.store().workPlans().current(personId);
        planId = current && current.value() ? current.value()->id : 0;
    }
    reloadPlans(planId);
}

Core::Id PersonPage::planId() const
{
    const auto current = plan();
    return current ? current->id : 0;
}

void PersonPage::reloadPlans(Core::Id selectPlanId)
{
    QSignalBlocker blocker(m_plans);
    m_plans->clear();
    const auto plans = m_session.store().workPlans().forPerson(m_personId);
    if (!plans)
        report(plans.error());
    for (const Core::WorkPlan &plan : plans ? plans.value() : QList<Core::WorkPlan>()) {
        m_plans->addItem(tr("%1  (%2, rev. %3, %4 to %5)")
                             .arg(plan.title, Core::WorkPlan::statusName(plan.status))
                             .arg(plan.revision)
                             .arg(Format::date(plan.periodStart), Format::date(plan.periodEnd)),
            QVariant::fromValue(plan));
        if (plan.id == selectPlanId)
            m_plans->setCurrentIndex(m_plans->count() - 1);
    }
    if (m_plans->count() == 0)
        m_plans->addItem(tr("No work plan yet: start one with \"New plan\""));
    blocker.unblock();
    onPlanChanged();
}

std::optional<Core::WorkPlan> PersonPage::plan() const
{
    const QVariant data = m_plans->currentData();
    if (!data.canConvert<Core::WorkPlan>())
        return std::nullopt;
    return data.value<Core::WorkPlan>();
}

QModelIndex PersonPage::selectedItem() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

int PersonPage::selectedKind() const
{
    const QModelIndex item = selectedItem();
    return item.isValid() ? item.data(KindRole).toInt() : -1;
}

Core::Id PersonPage::selectedObjectiveId() const
{
    const QModelIndex item = selectedItem();
    const QModelIndex objective
        = selectedKind() == PlanTreeModel::ActivityNode ? item.parent() : item;
    return objective.data(IdRole).value<Core::Id>();
}

void PersonPage::updateButtons()
{
    using Status = Core::WorkPlan::Status;
    const auto current = plan();
    const bool open = current && !current->isClosed();
    const bool item = selectedItem().isValid();
    const QList<QPair<QString, bool>> enabled { { QStringLiteral("newPlan"), m_personId != 0 },
        { QStringLiteral("editPlan"), open },
        { QStringLiteral("agree"),
            current && Core::WorkPlan::canMove(current->status, Status::Agreed) },
        { QStringLiteral("activate"),
            current && Core::WorkPlan::canMove(current->status, Status::Active) },
        { QStringLiteral("closePlan"),
            current && Core::WorkPlan::canMove(current->status, Status::Closed) },
        { QStringLiteral("revisions"), current && current->revision > 1 },
        { QStringLiteral("addObjective"), open }, { QStringLiteral("addLearning"), open },
        { QStringLiteral("addActivity"), open && m_treeModel->rowCount() > 0 },
        { QStringLiteral("editItem"), open && item },
        { QStringLiteral("deleteItem"), open && item }, { QStringLiteral("logProgress"), open } };
    for (const auto &[name, on] : enabled)
        m_buttons.value(name)->setEnabled(on);
    // A closed plan's history stays readable.
    m_planHistory->setRecord(QStringLiteral("work_plan"), current ? current->id : 0);
    m_itemHistory->setRecord(selectedKind() == PlanTreeModel::ActivityNode
            ? QStringLiteral("activity")
            : QStringLiteral("objective"),
        selectedItem().data(IdRole).value<Core::Id>());
}

// A change to an agreed plan is a new revision that must be agreed again: say so first.
bool PersonPage::confirmRevision(const QString &change)
{
    const auto current = plan();
    if (!current || !current->isAgreed())
        return true;
    return m_session.messenger().confirm(this, tr("Change an agreed plan"),
        tr("\"%1\" was agreed as revision %2. %3 starts revision %4, which will need to be agreed "
           "again; revision %2 stays readable under Revisions.\n\nContinue?")
            .arg(current->title)
            .arg(current->revision)
            .arg(change)
            .arg(current->revision + 1));
}

void PersonPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PersonPage::report(const Core::Status &status)
{
    if (!status)
        m_session.showError(this, status.error());
}

void PersonPage::onPlanChanged()
{
    const Core::Id id = planId();
    if (id != m_treeModel->planId()) {
        m_treeModel->setPlan(id);
        m_logModel->setPlan(id);
    }
    updateButtons();
}

void PersonPage::onSelectionChanged()
{
    const QModelIndex item = selectedItem();
    const bool activity = selectedKind() == PlanTreeModel::ActivityNode;
    const Core::Id itemId = item.data(IdRole).value<Core::Id>();
    m_logModel->setScope(item.isValid() ? selectedObjectiveId() : 0, activity ? itemId : 0);
    m_logTitle->setText(item.isValid() ? tr("Progress log: %1").arg(item.data().toString())
                                       : tr("Progress log: whole plan"));
    updateButtons();
}

void PersonPage::onStoreChanged()
{
    if (m_personId != 0)
        reloadPlans(planId());
}

void PersonPage::onTreeAboutToReset()
{
    const QModelIndex item = selectedItem();
    m_keptSelection = { selectedKind(), item.data(IdRole).value<Core::Id>() };
}

void PersonPage::onTreeReset()
{
    m_tree->expandAll();
    const auto &[kind, id] = m_keptSelection;
    const QModelIndex item = kind == PlanTreeModel::ActivityNode
        ? m_treeModel->indexOfActivity(id)
        : m_treeModel->indexOfObjective(id);
    if (kind >= 0 && item.isValid())
        m_tree->selectionModel()->select(
            item, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    onSelectionChanged();
}

void PersonPage::newPlan()
{
    Core::WorkPlan draft;
    draft.personId = m_personId != 0 ? m_personId : m_session.currentPersonId();
    draft.periodStart = QDate::currentDate();
    draft.periodEnd = QDate::currentDate().addYears(1).addDays(-1);
    auto *dialog = new WorkPlanDialog(m_session, draft, this);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { setPerson(dialog->plan().personId, dialog->plan().id); });
    openDialog(dialog);
}

void PersonPage::logProgress()
{
    auto *dialog = new ProgressDialog(m_session, this);
    if (selectedItem().isValid()) {
        const bool activity = selectedKind() == PlanTreeModel::ActivityNode;
        dialog->setTarget(
            selectedObjectiveId(), activity ? selectedItem().data(IdRole).value<Core::Id>() : 0);
    }
    openDialog(dialog);
}

void PersonPage::onEditPlan()
{
    const auto current = plan();
    if (current && confirmRevision(tr("Changing its title or period")))
        openDialog(new WorkPlanDialog(m_session, *current, this));
}

void PersonPage::onAgree()
{
    if (const auto current = plan())
        openDialog(new AgreeDialog(m_session, *current, this));
}

void PersonPage::onActivate()
{
    report(m_session.store().workPlans().activate(planId()));
}

void PersonPage::onClosePlan()
{
    const auto current = plan();
    if (!current
        || !m_session.messenger().confirm(this, tr("Close work plan"),
            tr("Close \"%1\"? A closed plan can no longer be changed or logged on.")
                .arg(current->title)))
        return;
    report(m_session.store().workPlans().close(current->id));
}

void PersonPage::onRevisions()
{
    const auto revisions = m_session.store().workPlans().revisions(planId());
    if (!revisions) {
        report(revisions.error());
        return;
    }
    openDialog(new RevisionsDialog(revisions.value(), this));
}

void PersonPage::onAddObjective()
{
    if (!confirmRevision(tr("Adding an objective")))
        return;
    Core::Objective objective;
    objective.planId = planId();
    openDialog(new ObjectiveDialog(m_session, objective, this));
}

void PersonPage::onAddLearning()
{
    if (!confirmRevision(tr("Adding a learning element")))
        return;
    Core::Objective objective;
    objective.planId = planId();
    objective.kind = Core::Objective::Kind::Learning;
    openDialog(new ObjectiveDialog(m_session, objective, this));
}

void PersonPage::onAddActivity()
{
    const QList<Core::Objective> objectives = m_treeModel->objectives();
    if (objectives.isEmpty() || !confirmRevision(tr("Adding an activity")))
        return;
    Core::Activity activity;
    activity.objectiveId = selectedItem().isValid() ? selectedObjectiveId() : objectives.first().id;
    const QModelIndex objective = m_treeModel->indexOfObjective(activity.objectiveId);
    const QDate target = objective.data(ObjectRole).value<Core::Objective>().targetDate;
    activity.dueDate = target.isValid() ? target : plan()->periodEnd;
    openDialog(new ActivityDialog(m_session, activity, objectives, this));
}

void PersonPage::onEditItem()
{
    const QModelIndex item = selectedItem();
    if (!item.isValid() || !m_buttons.value(QStringLiteral("editItem"))->isEnabled()
        || !confirmRevision(tr("Editing it")))
        return;
    if (selectedKind() == PlanTreeModel::ActivityNode)
        openDialog(new ActivityDialog(m_session, item.data(ObjectRole).value<Core::Activity>(),
            m_treeModel->objectives(), this));
    else
        openDialog(
            new ObjectiveDialog(m_session, item.data(ObjectRole).value<Core::Objective>(), this));
}

void PersonPage::onDeleteItem()
{
    const QModelIndex item = selectedItem();
    const bool activity = selectedKind() == PlanTreeModel::ActivityNode;
    const QString question = activity
        ? tr("Delete the activity \"%1\" and its logged progress?")
        : tr("Delete \"%1\" with its activities and their logged progress?");
    if (!item.isValid() || !confirmRevision(tr("Deleting it"))
        || !m_session.messenger().confirm(this, tr("Delete"), question.arg(item.data().toString())))
        return;
    const Core::Id id = item.data(IdRole).value<Core::Id>();
    report(activity ? m_session.edits().removeActivity(id) : m_session.edits().removeObjective(id));
}

void PersonPage::exportSummary()
{
    auto *dialog = new SummaryExportDialog(m_session, m_personId, QDate::currentDate(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Ui
