#include "appraisalform.h"

#include "format.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Ui {

using Core::AppraisalRating;

namespace {

enum GridColumn { SubjectColumn, EvidenceColumn, RatingColumn, CommentColumn };

AppraisalRating ratingOf(
    const Core::Appraisal &appraisal, AppraisalRating::Subject subject, Core::Id subjectId)
{
    for (const AppraisalRating &rating : appraisal.ratings) {
        if (rating.subject == subject && rating.subjectId == subjectId)
            return rating;
    }
    return { subject, subjectId, 0, {} };
}

} // namespace

AppraisalForm::AppraisalForm(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_supervisorComments(commentsEdit(
          QStringLiteral("supervisorCommentsEdit"), tr("The supervisor's comments on the cycle")))
    , m_staffComments(commentsEdit(
          QStringLiteral("staffCommentsEdit"), tr("The staff member's comments on the cycle")))
{
    setObjectName(QStringLiteral("appraisalForm"));
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(SubjectColumn, 3);
    m_grid->setColumnStretch(EvidenceColumn, 2);
    m_grid->setColumnStretch(CommentColumn, 3);
    auto *comments = new QGridLayout;
    comments->setHorizontalSpacing(12);
    comments->addWidget(heading(tr("Supervisor's comments")), 0, 0);
    comments->addWidget(heading(tr("Staff member's comments")), 0, 1);
    comments->addWidget(m_supervisorComments, 1, 0);
    comments->addWidget(m_staffComments, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addSpacing(10);
    layout->addLayout(comments);
    layout->addStretch();
}

QPlainTextEdit *AppraisalForm::commentsEdit(const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    return edit;
}

QLabel *AppraisalForm::heading(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setFont(Format::emphasis());
    label->setStyleSheet(QStringLiteral("padding-top: 6px;"));
    return label;
}

void AppraisalForm::clear()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_nextRow = 0;
}

void AppraisalForm::setContents(const Contents &contents)
{
    clear();
    m_grid->addWidget(heading(tr("Objectives")), m_nextRow, SubjectColumn);
    m_grid->addWidget(heading(tr("Evidence in the cycle")), m_nextRow, EvidenceColumn);
    m_grid->addWidget(heading(tr("Rating")), m_nextRow, RatingColumn);
    m_grid->addWidget(heading(tr("Comment")), m_nextRow++, CommentColumn);
    for (const Core::ObjectiveEvidence &evidence : contents.evidence)
        addObjectiveRow(evidence, contents);
    m_grid->addWidget(heading(tr("Core competencies")), m_nextRow++, SubjectColumn);
    for (const Core::AppraisalScaleItem &competency : contents.competencies)
        addCompetencyRow(competency, contents);
    m_supervisorComments->setPlainText(contents.appraisal.supervisorComments);
    m_staffComments->setPlainText(contents.appraisal.staffComments);
}

void AppraisalForm::addObjectiveRow(
    const Core::ObjectiveEvidence &evidence, const Contents &contents)
{
    const int gridRow = m_nextRow;
    auto *title = new QLabel(evidence.title, this);
    title->setWordWrap(true);
    m_grid->addWidget(title, gridRow, SubjectColumn);
    auto *found = new QLabel(evidenceText(evidence), this);
    found->setObjectName(QStringLiteral("objectiveEvidence_%1").arg(evidence.objectiveId));
    found->setWordWrap(true);
    found->setStyleSheet(
        QStringLiteral("color: %1;")
            .arg((evidence.hasEvidence() ? Format::muted() : Format::caution()).name()));
    m_grid->addWidget(found, gridRow, EvidenceColumn);
    Row row = addRatingRow(AppraisalRating::Subject::Objective, evidence.objectiveId,
        QStringLiteral("objective"), contents);
    row.hasEvidence = evidence.hasEvidence();
    row.warning = new QLabel(tr("⚠ Rated with no evidence in this cycle: no progress logged, no "
                                "draft cleared, no mission."),
        this);
    row.warning->setObjectName(QStringLiteral("objectiveWarning_%1").arg(evidence.objectiveId));
    row.warning->setWordWrap(true);
    row.warning->setStyleSheet(
        QStringLiteral("color: %1; font-weight: 600;").arg(Format::warning().name()));
    m_grid->addWidget(row.warning, m_nextRow++, EvidenceColumn, 1, 3);
    m_rows.append(row);
    updateWarning(row);
    connect(row.rating, &QComboBox::currentIndexChanged, this,
        [this, index = m_rows.size() - 1] { updateWarning(m_rows.at(index)); });
}

void AppraisalForm::addCompetencyRow(
    const Core::AppraisalScaleItem &competency, const Contents &contents)
{
    auto *title = new QLabel(competency.title, this);
    title->setWordWrap(true);
    m_grid->addWidget(title, m_nextRow, SubjectColumn);
    m_rows.append(addRatingRow(AppraisalRating::Subject::Competency, competency.id,
        QStringLiteral("competency"), contents));
}

// Adds the rating combo and the comment on the grid's current row, and moves to the next.
AppraisalForm::Row AppraisalForm::addRatingRow(
    AppraisalRating::Subject subject, Core::Id id, const QString &prefix, const Contents &contents)
{
    const AppraisalRating stored = ratingOf(contents.appraisal, subject, id);
    Row row { subject, id };
    row.rating = new QComboBox(this);
    row.rating->setObjectName(QStringLiteral("%1Rating_%2").arg(prefix).arg(id));
    row.rating->addItem(tr("(not rated)"), Core::Id(0));
    for (const Core::AppraisalScaleItem &level : contents.scale)
        row.rating->addItem(level.title, level.id);
    row.rating->setCurrentIndex(qMax(0, row.rating->findData(stored.levelId)));
    row.comment = new QLineEdit(stored.comment, this);
    row.comment->setObjectName(QStringLiteral("%1Comment_%2").arg(prefix).arg(id));
    m_grid->addWidget(row.rating, m_nextRow, RatingColumn, Qt::AlignTop);
    m_grid->addWidget(row.comment, m_nextRow++, CommentColumn, Qt::AlignTop);
    return row;
}

QString AppraisalForm::evidenceText(const Core::ObjectiveEvidence &evidence)
{
    if (!evidence.hasEvidence())
        return tr("No evidence in the cycle");
    const int entries = evidence.progressEntries;
    const int drafts = evidence.clearedDeliverables;
    const int missions = evidence.missions;
    return (entries == 1 ? tr("1 progress entry") : tr("%1 progress entries").arg(entries))
        + QStringLiteral(" · ")
        + (drafts == 1 ? tr("1 cleared draft") : tr("%1 cleared drafts").arg(drafts))
        + QStringLiteral(" · ")
        + (missions == 1 ? tr("1 mission") : tr("%1 missions").arg(missions));
}

void AppraisalForm::updateWarning(const Row &row)
{
    if (row.warning)
        row.warning->setVisible(!row.hasEvidence && row.rating->currentData().toLongLong() != 0);
}

void AppraisalForm::setWritable(bool supervisorPart, bool staffPart)
{
    for (const Row &row : std::as_const(m_rows)) {
        row.rating->setEnabled(supervisorPart);
        row.comment->setReadOnly(!supervisorPart);
    }
    m_supervisorComments->setReadOnly(!supervisorPart);
    m_staffComments->setReadOnly(!staffPart);
}

QList<AppraisalRating> AppraisalForm::ratings() const
{
    QList<AppraisalRating> ratings;
    for (const Row &row : m_rows) {
        const Core::Id level = row.rating->currentData().value<Core::Id>();
        if (level != 0)
            ratings.append({ row.subject, row.subjectId, level, row.comment->text() });
    }
    return ratings;
}

QString AppraisalForm::supervisorComments() const
{
    return m_supervisorComments->toPlainText();
}

QString AppraisalForm::staffComments() const
{
    return m_staffComments->toPlainText();
}

QList<Core::Id> AppraisalForm::unsupportedRatings() const
{
    QList<Core::Id> ids;
    for (const Row &row : m_rows) {
        if (row.warning && !row.warning->isHidden())
            ids.append(row.subjectId);
    }
    return ids;
}

} // namespace Ui
