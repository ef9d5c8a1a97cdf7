#include "changelogdialog.h"

#include "changelogmodel.h"

#include <unitstore.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

ChangeLogDialog::ChangeLogDialog(Core::UnitStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ChangeLogModel(store, this))
    , m_view(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_history(new QPushButton(tr("&History of this record"), this))
    , m_unitLog(new QPushButton(tr("&Whole unit"), this))
{
    setObjectName(QStringLiteral("changeLogDialog"));
    setWindowTitle(tr("Change log"));
    m_view->setObjectName(QStringLiteral("changeLogView"));
    m_view->setAccessibleName(tr("Changes"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_unitLog->setObjectName(QStringLiteral("unitLogButton"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_history, QDialogButtonBox::ActionRole);
    buttons->addButton(m_unitLog, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_history, &QPushButton::clicked, this, &ChangeLogDialog::showHistoryOfSelected);
    connect(m_unitLog, &QPushButton::clicked, this, &ChangeLogDialog::showUnitLog);
    connect(m_view, &QTableView::doubleClicked, this, &ChangeLogDialog::showHistoryOfSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ChangeLogDialog::refreshHeading);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
}

void ChangeLogDialog::showUnitLog()
{
    m_model->showUnitLog();
    m_view->resizeColumnsToContents();
    refreshHeading();
}

void ChangeLogDialog::showHistoryOfSelected()
{
    const Core::AuditEvent *event = m_model->eventAt(m_view->currentIndex().row());
    if (!event)
        return;
    // Copied: showing the history replaces the events the selected one lives in.
    const QString entity = event->entity;
    const Core::Id entityId = event->entityId;
    showHistory(entity, entityId);
}

void ChangeLogDialog::showHistory(const QString &entity, Core::Id entityId)
{
    m_model->showHistory(entity, entityId);
    m_view->resizeColumnsToContents();
    m_heading->setText(m_model->error().isError() ? m_model->error().message()
                                                  : tr("History of %1 #%2, newest first.")
                                                        .arg(Core::AuditEvent::entityName(entity))
                                                        .arg(entityId));
    m_history->setEnabled(false);
    // The whole unit's log is the unit head's (or anyone's in a unit without accounts).
    const auto &actor = m_store.signedIn();
    const bool maySeeUnitLog = !actor || actor->role == Core::Actor::Role::UnitHead;
    m_unitLog->setVisible(maySeeUnitLog);
    m_unitLog->setEnabled(maySeeUnitLog);
}

void ChangeLogDialog::refreshHeading()
{
    if (m_model->isHistory())
        return;
    m_heading->setText(m_model->error().isError()
            ? m_model->error().message()
            : tr("Every change to the unit, newest first. Choose a line and \"History of this "
                 "record\" to follow one record."));
    m_history->setEnabled(m_view->currentIndex().isValid());
    m_unitLog->setEnabled(false);
}

} // namespace Ui
