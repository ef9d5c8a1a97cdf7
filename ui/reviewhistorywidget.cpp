#include "reviewhistorywidget.h"

#include "reviewhistorymodel.h"
#include "session.h"
#include "tablesetup.h"

#include <storage/peoplerepository.h>
#include <storage/reviewrepository.h>
#include <unitstore.h>

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

ReviewHistoryWidget::ReviewHistoryWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_title(new QLabel(tr("Review history"), this))
    , m_model(new ReviewHistoryModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("reviewHistory"));
    m_title->setObjectName(QStringLiteral("reviewHistoryTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_view->setObjectName(QStringLiteral("reviewHistoryView"));
    m_view->setModel(m_model);
    TableSetup::apply(m_view);
    // The assessments are long lines: rows take their own height, not a uniform one.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    QHeaderView *header = m_view->header();
    // Narrow enough to sit beside the language versions without a horizontal scroll bar.
    header->resizeSection(ReviewHistoryModel::RoundColumn, 80);
    header->resizeSection(ReviewHistoryModel::SubmittedColumn, 170);
    header->resizeSection(ReviewHistoryModel::VersionColumn, 80);
    header->resizeSection(ReviewHistoryModel::ReviewerColumn, 170);
    header->resizeSection(ReviewHistoryModel::OutcomeColumn, 80);
    header->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    connect(&session.store().reviews(), &Core::ReviewRepository::changed, this,
        &ReviewHistoryWidget::reload);
}

void ReviewHistoryWidget::setDeliverable(Core::Id deliverableId)
{
    m_deliverableId = deliverableId;
    reload();
}

void ReviewHistoryWidget::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void ReviewHistoryWidget::reload()
{
    QList<Core::ReviewRound> rounds;
    if (m_deliverableId != 0) {
        const auto loaded = m_session.store().reviews().forDeliverable(m_deliverableId);
        if (!loaded)
            m_session.showError(this, loaded.error());
        rounds = loaded ? loaded.value() : rounds;
    }
    QHash<Core::Id, QString> names;
    const auto people = m_session.store().people().all();
    for (const Core::Person &person : people ? people.value() : QList<Core::Person>())
        names.insert(person.id, person.name);
    m_model->setRounds(rounds, names, m_today);
    m_title->setText(rounds.isEmpty() ? tr("Review history: no draft submitted yet")
            : rounds.size() == 1      ? tr("Review history: 1 round")
                                      : tr("Review history: %n rounds", nullptr, rounds.size()));
    spanDetails();
}

// An assessment line runs across the columns, under the round it belongs to.
void ReviewHistoryWidget::spanDetails()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex round = m_model->index(row, 0);
        for (int detail = 0; detail < m_model->rowCount(round); ++detail)
            m_view->setFirstColumnSpanned(detail, round, true);
    }
    m_view->expandAll();
}

} // namespace Ui
