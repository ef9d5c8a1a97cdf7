#include "revisionsdialog.h"

#include "format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

RevisionsDialog::RevisionsDialog(const QList<Core::WorkPlanRevision> &revisions, QWidget *parent)
    : QDialog(parent)
    , m_revisions(revisions)
    , m_list(new QListWidget(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("revisionsDialog"));
    setWindowTitle(tr("Earlier revisions"));
    resize(900, 520);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setAccessibleName(tr("Revisions"));
    m_tree->setObjectName(QStringLiteral("revisionTree"));
    m_tree->setAccessibleName(tr("The plan as revised"));
    m_tree->setHeaderLabels({ tr("Objective / activity"), tr("Due"), tr("Status") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tree);
    splitter->setSizes({ 300, 600 });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *empty = new QLabel(tr("This plan has no earlier revision: it was never changed after "
                                "being agreed."),
        this);
    empty->setVisible(revisions.isEmpty());
    layout->addWidget(empty);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &RevisionsDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionsDialog::onRevisionChanged);
    for (const Core::WorkPlanRevision &revision : revisions)
        m_list->addItem(summary(revision));
    m_list->setCurrentRow(0);
}

QString RevisionsDialog::summary(const Core::WorkPlanRevision &revision)
{
    return tr("Revision %1, agreed %2\nsuperseded %3: %4")
        .arg(revision.plan.revision)
        .arg(Format::date(revision.plan.agreedOn),
            Format::date(revision.supersededAt.toLocalTime().date()), revision.reason);
}

void RevisionsDialog::onRevisionChanged(int row)
{
    m_tree->clear();
    if (row < 0 || row >= m_revisions.size())
        return;
    const Core::WorkPlanRevision &revision = m_revisions.at(row);
    for (const Core::Objective &objective : revision.objectives) {
        auto *parent = new QTreeWidgetItem(m_tree,
            { objective.title, Format::date(objective.targetDate),
                objective.kind == Core::Objective::Kind::Learning ? tr("Learning element")
                                                                  : tr("Objective") });
        for (const Core::Activity &activity : revision.activities) {
            if (activity.objectiveId == objective.id)
                new QTreeWidgetItem(parent,
                    { activity.title, Format::date(activity.dueDate),
                        Core::Activity::statusName(activity.status) });
        }
    }
    m_tree->expandAll();
}

} // namespace Ui
