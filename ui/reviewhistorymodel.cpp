#include "reviewhistorymodel.h"

#include "format.h"
#include "reviewdialog.h"
#include "roles.h"

namespace Ui {

using Core::ReviewRound;

namespace {

// A child index keeps its round's row + 1 as internal id; a round's own index keeps 0.
constexpr quintptr roundLevel = 0;

} // namespace

ReviewHistoryModel::ReviewHistoryModel(QObject *parent) : QAbstractItemModel(parent) { }

void ReviewHistoryModel::setRounds(
    const QList<ReviewRound> &rounds, const QHash<Core::Id, QString> &names, const QDate &today)
{
    beginResetModel();
    m_rounds = rounds;
    m_names = names;
    m_today = today;
    endResetModel();
}

QModelIndex ReviewHistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, roundLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReviewHistoryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == roundLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, roundLevel);
}

int ReviewHistoryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rounds.size());
    if (parent.internalId() != roundLevel || parent.column() != 0)
        return 0;
    return detailCount(m_rounds.at(parent.row()));
}

int ReviewHistoryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int ReviewHistoryModel::detailCount(const ReviewRound &round)
{
    if (round.isPending())
        return 0;
    return ReviewRound::criterionCount + (round.summary.isEmpty() ? 0 : 1);
}

QVariant ReviewHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == roundLevel)
        return roundData(m_rounds.at(index.row()), index.column(), role);
    const ReviewRound &round = m_rounds.at(int(index.internalId() - 1));
    if (role == Qt::DisplayRole && index.column() == 0)
        return detailText(round, index.row());
    if (role == Qt::ForegroundRole && index.row() < ReviewRound::criterionCount
        && round.assessments.at(std::size_t(index.row())).score <= 2)
        return Format::caution();
    return {};
}

QVariant ReviewHistoryModel::roundData(const ReviewRound &round, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return roundText(round, column);
    case Qt::ForegroundRole:
        if (column == OutcomeColumn && round.outcome == ReviewRound::Outcome::Cleared)
            return Format::success();
        if (column == OutcomeColumn && round.outcome == ReviewRound::Outcome::Rejected)
            return Format::warning();
        return column == WaitedColumn && round.isPending() ? QVariant(Format::caution())
                                                           : QVariant();
    case Qt::FontRole:
        return column == OutcomeColumn ? QVariant(Format::emphasis()) : QVariant();
    case IdRole:
        return round.id;
    case ObjectRole:
        return QVariant::fromValue(round);
    }
    return {};
}

QVariant ReviewHistoryModel::roundText(const ReviewRound &round, int column) const
{
    switch (column) {
    case RoundColumn:
        return tr("Round %1").arg(round.round);
    case SubmittedColumn:
        return tr("%1, %2").arg(
            m_names.value(round.submittedById), Format::date(round.submittedOn));
    case VersionColumn:
        return round.versionLabel;
    case ReviewerColumn:
        return round.isPending()
            ? m_names.value(round.reviewerId)
            : tr("%1, %2").arg(m_names.value(round.reviewerId), Format::date(round.reviewedOn));
    case OutcomeColumn:
        return ReviewRound::outcomeName(round.outcome);
    case WaitedColumn:
        return waited(round);
    }
    return {};
}

QString ReviewHistoryModel::waited(const ReviewRound &round) const
{
    const int days = round.daysWaiting(m_today);
    const QString count = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    return round.isPending() ? tr("waiting %1").arg(count) : tr("waited %1").arg(count);
}

QString ReviewHistoryModel::detailText(const ReviewRound &round, int row)
{
    if (row >= ReviewRound::criterionCount)
        return tr("Summary: %1").arg(round.summary);
    const auto &assessment = round.assessments.at(std::size_t(row));
    const QString criterion = ReviewRound::criterionName(static_cast<ReviewRound::Criterion>(row));
    const QString score = ReviewDialog::scoreName(assessment.score);
    return assessment.comment.isEmpty()
        ? tr("%1: %2").arg(criterion, score)
        : tr("%1: %2 — %3").arg(criterion, score, assessment.comment);
}

QVariant ReviewHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RoundColumn:
        return tr("Round");
    case SubmittedColumn:
        return tr("Submitted by, on");
    case VersionColumn:
        return tr("Version");
    case ReviewerColumn:
        return tr("Reviewer");
    case OutcomeColumn:
        return tr("Outcome");
    case WaitedColumn:
        return tr("Days waited");
    }
    return {};
}

} // namespace Ui
