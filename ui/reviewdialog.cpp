#include "reviewdialog.h"

#include "format.h"
#include "session.h"

#include <storage/deliverablerepository.h>
#include <storage/peoplerepository.h>
#include <storage/reviewrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Ui {

using Core::ReviewRound;

ReviewDialog::ReviewDialog(
    Session &session, const ReviewRound &round, const QDate &today, QWidget *parent)
    : EditorDialog(session, parent)
    , m_round(round)
    , m_outcome(new QComboBox(this))
    , m_reviewedOn(createDateEdit(this, today))
    , m_summary(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Review round %1").arg(round.round));
    const Core::UnitStore &store = session.store();
    const auto deliverable = store.deliverables().find(round.deliverableId);
    const auto author = store.people().find(round.submittedById);
    auto *about = new QLabel(
        tr("<b>%1</b><br>%2, submitted by %3 on %4 (%5)")
            .arg((deliverable ? deliverable.value().title : QString()).toHtmlEscaped(),
                round.versionLabel.toHtmlEscaped(),
                (author ? author.value().name : QString()).toHtmlEscaped(),
                Format::date(round.submittedOn), Format::daysFrom(today, round.submittedOn)),
        this);
    about->setObjectName(QStringLiteral("roundLabel"));
    about->setWordWrap(true);
    form()->addRow(tr("Draft:"), about);
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    m_outcome->addItem(tr("(choose)"), int(ReviewRound::Outcome::Pending));
    for (const auto outcome : { ReviewRound::Outcome::Cleared, ReviewRound::Outcome::Revise,
             ReviewRound::Outcome::Rejected })
        m_outcome->addItem(ReviewRound::outcomeName(outcome), int(outcome));
    addField(QStringLiteral("outcome"), tr("&Outcome:"), m_outcome);
    m_reviewedOn->setObjectName(QStringLiteral("reviewedOnEdit"));
    addField(QStringLiteral("reviewedOn"), tr("Reviewed &on:"), m_reviewedOn);
    for (int criterion = 0; criterion < ReviewRound::criterionCount; ++criterion)
        addCriterion(criterion);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    addField(QStringLiteral("summary"), tr("&Summary:"), m_summary);
    setMinimumWidth(720);
}

QString ReviewDialog::scoreName(int score)
{
    switch (score) {
    case 1:
        return tr("1 – falls short");
    case 2:
        return tr("2 – partly meets");
    case 3:
        return tr("3 – largely meets");
    case 4:
        return tr("4 – fully meets");
    }
    return tr("(not assessed)");
}

void ReviewDialog::addCriterion(int criterion)
{
    const std::size_t slot = std::size_t(criterion);
    auto *score = new QComboBox(this);
    score->setObjectName(QStringLiteral("criterion%1Score").arg(criterion));
    for (int value = 0; value <= 4; ++value)
        score->addItem(scoreName(value), value);
    auto *comment = new QLineEdit(this);
    comment->setObjectName(QStringLiteral("criterion%1Comment").arg(criterion));
    comment->setPlaceholderText(tr("A short comment"));
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(score);
    layout->addWidget(comment, 1);
    const QString name = ReviewRound::criterionName(static_cast<ReviewRound::Criterion>(criterion));
    form()->addRow(name + QLatin1Char(':'), row);
    addTabStop(score);
    addTabStop(comment);
    score->setAccessibleName(tr("%1: score").arg(name));
    comment->setAccessibleName(tr("%1: comment").arg(name));
    watchField(QStringLiteral("criterion%1").arg(criterion), score);
    m_scores.at(slot) = score;
    m_comments.at(slot) = comment;
}

Core::Status ReviewDialog::save()
{
    ReviewRound round = m_round;
    round.outcome = static_cast<ReviewRound::Outcome>(m_outcome->currentData().toInt());
    round.reviewedOn = dateOf(m_reviewedOn);
    round.reviewerId
        = session().currentPersonId() != 0 ? session().currentPersonId() : m_round.reviewerId;
    for (std::size_t criterion = 0; criterion < m_scores.size(); ++criterion) {
        round.assessments.at(criterion).score = m_scores.at(criterion)->currentData().toInt();
        round.assessments.at(criterion).comment = m_comments.at(criterion)->text();
    }
    round.summary = m_summary->toPlainText();
    return session().store().reviews().review(round);
}

} // namespace Ui
