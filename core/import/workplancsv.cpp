#include "workplancsv.h"

#include "csvheader.h"
#include "csvreader.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Core {

namespace {

const QString kindColumn = QStringLiteral("kind");
const QString objectiveColumn = QStringLiteral("objective title");
const QString activityColumn = QStringLiteral("activity title");
const QString indicatorColumn = QStringLiteral("indicator");
const QString dateColumn = QStringLiteral("date");
const QString descriptionColumn = QStringLiteral("description");

enum class RowKind { Objective, Learning, Activity };

std::optional<RowKind> kindFromCell(const QString &cell)
{
    const QString kind = CsvHeader::normalized(cell);
    if (kind == QLatin1String("objective") || kind == QLatin1String("work"))
        return RowKind::Objective;
    if (kind == QLatin1String("learning") || kind == QLatin1String("learning element"))
        return RowKind::Learning;
    if (kind == QLatin1String("activity"))
        return RowKind::Activity;
    return std::nullopt;
}

// Strictly YYYY-MM-DD: the one date form that no spreadsheet locale reads two ways.
std::optional<QDate> dateFromCell(const QString &cell)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(cell).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(cell, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString badDate(const QString &cell)
{
    return WorkPlanCsv::tr("\"%1\" is not a date written YYYY-MM-DD, such as 2026-03-31.")
        .arg(cell.left(40));
}

class PlanRowsReader
{
public:
    explicit PlanRowsReader(const CsvHeader &header) : m_header(header) { }

    WorkPlanCandidate read(const QList<QStringList> &rows)
    {
        for (int index = 1; index < rows.size(); ++index) {
            if (CsvHeader::isBlank(rows.at(index)))
                continue;
            m_cells = &rows.at(index);
            m_row = index + 1;
            m_issues = m_header.strayCells(*m_cells, m_row);
            const QString kindText = cell(kindColumn);
            const auto kind = kindFromCell(kindText);
            if (kindText.isEmpty())
                issue(kindColumn,
                    WorkPlanCsv::tr("Say what the row is: objective, learning or activity."));
            else if (!kind)
                issue(kindColumn,
                    WorkPlanCsv::tr("\"%1\" is not a kind of row; write objective, learning or "
                                    "activity.")
                        .arg(kindText.left(40)));
            else if (*kind == RowKind::Activity)
                readActivity();
            else
                readObjective(*kind);
            m_candidate.issues.append(m_issues);
        }
        linkActivities();
        if (m_candidate.objectives.isEmpty() && m_candidate.activitiesOfExistingObjectives.isEmpty()
            && m_candidate.issues.isEmpty())
            m_candidate.issues.append(
                { 0, QString(), WorkPlanCsv::tr("The file names its columns but has no rows.") });
        std::stable_sort(m_candidate.issues.begin(), m_candidate.issues.end(),
            [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
        return m_candidate;
    }

private:
    struct PendingActivity
    {
        WorkPlanCandidate::ActivityRow row;
        int objectiveRow = 0; // 0: an objective the plan already has
    };

    QString cell(const QString &column) const { return m_header.cell(*m_cells, column); }
    void issue(const QString &column, const QString &message)
    {
        m_issues.append({ m_row, column, message });
    }

    void readObjective(RowKind kind)
    {
        Objective objective;
        objective.kind
            = kind == RowKind::Learning ? Objective::Kind::Learning : Objective::Kind::Work;
        objective.title = cell(objectiveColumn);
        objective.indicator = cell(indicatorColumn);
        objective.description = cell(descriptionColumn);
        if (const QString date = cell(dateColumn); !date.isEmpty()) {
            if (auto target = dateFromCell(date))
                objective.targetDate = *target;
            else
                issue(dateColumn, badDate(date));
        }
        if (objective.title.isEmpty())
            issue(objectiveColumn, WorkPlanCsv::tr("An objective needs a title."));
        if (!cell(activityColumn).isEmpty())
            issue(activityColumn,
                WorkPlanCsv::tr("An objective's row holds no activity; put each activity on a "
                                "row of its own."));
        const QString key = objective.title.toCaseFolded();
        if (const int first = m_objectiveRows.value(key); first != 0 && !key.isEmpty())
            issue(objectiveColumn,
                WorkPlanCsv::tr("The objective \"%1\" is already on row %2; activities could not "
                                "tell them apart.")
                    .arg(objective.title, QString::number(first)));
        else if (!key.isEmpty())
            m_objectiveRows.insert(key, m_row);
        // Even a refused objective is the one the activities below it mean.
        m_lastObjectiveRow = m_row;
        if (m_issues.isEmpty()) {
            m_objectiveIndex.insert(m_row, m_candidate.objectives.size());
            m_candidate.objectives.append({ m_row, objective, {} });
        }
    }

    void readActivity()
    {
        PendingActivity pending;
        pending.row.row = m_row;
        Activity &activity = pending.row.activity;
        activity.title = cell(activityColumn);
        if (activity.title.isEmpty())
            issue(activityColumn, WorkPlanCsv::tr("An activity needs a title."));
        if (const QString date = cell(dateColumn); date.isEmpty())
            issue(dateColumn, WorkPlanCsv::tr("An activity needs a due date, written YYYY-MM-DD."));
        else if (auto due = dateFromCell(date))
            activity.dueDate = *due;
        else
            issue(dateColumn, badDate(date));
        for (const QString &column : { indicatorColumn, descriptionColumn }) {
            if (!cell(column).isEmpty())
                issue(column,
                    WorkPlanCsv::tr("An activity has no %1; it belongs on its objective's row.")
                        .arg(column));
        }
        pending.row.objectiveTitle = cell(objectiveColumn);
        if (pending.row.objectiveTitle.isEmpty()) {
            pending.objectiveRow = m_lastObjectiveRow;
            if (m_lastObjectiveRow == 0)
                issue(objectiveColumn,
                    WorkPlanCsv::tr("Name the activity's objective, or put the activity below "
                                    "its objective's row."));
        }
        if (m_issues.isEmpty())
            m_pending.append(pending);
    }

    // After the whole file is read, so that an activity may name an objective further down.
    void linkActivities()
    {
        for (PendingActivity &pending : m_pending) {
            int objectiveRow = pending.objectiveRow;
            if (objectiveRow == 0)
                objectiveRow = m_objectiveRows.value(pending.row.objectiveTitle.toCaseFolded());
            if (objectiveRow == 0) {
                m_candidate.activitiesOfExistingObjectives.append(pending.row);
                continue;
            }
            const qsizetype index = m_objectiveIndex.value(objectiveRow, -1);
            if (index < 0) {
                m_candidate.issues.append({ pending.row.row, objectiveColumn,
                    WorkPlanCsv::tr("Its objective, on row %1, has a problem; fix that row first.")
                        .arg(objectiveRow) });
                continue;
            }
            WorkPlanCandidate::ObjectiveRow &objective = m_candidate.objectives[index];
            pending.row.objectiveTitle = objective.objective.title;
            objective.activities.append(pending.row);
        }
    }

    const CsvHeader &m_header;
    const QStringList *m_cells = nullptr;
    int m_row = 0;
    int m_lastObjectiveRow = 0;
    QList<ImportIssue> m_issues;
    QHash<QString, int> m_objectiveRows; // case-folded title -> the row that first has it
    QHash<int, qsizetype> m_objectiveIndex; // row -> place in m_candidate.objectives
    QList<PendingActivity> m_pending;
    WorkPlanCandidate m_candidate;
};

} // namespace

WorkPlanCandidate WorkPlanCsv::parse(const QByteArray &bytes)
{
    auto rows = CsvReader::parse(bytes);
    if (!rows)
        return { {}, {}, { { 0, QString(), rows.error().message() } } };
    return fromRows(rows.value());
}

WorkPlanCandidate WorkPlanCsv::fromRows(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return { {}, {},
            { { 0, QString(),
                tr("The file is empty. Its first row names the columns: %1.")
                    .arg(columns().join(QStringLiteral(", "))) } } };
    const CsvHeader header(rows.first(), columns(), { kindColumn, objectiveColumn });
    if (!header.issues().isEmpty())
        return { {}, {}, header.issues() };
    return PlanRowsReader(header).read(rows);
}

QStringList WorkPlanCsv::columns()
{
    return { kindColumn, objectiveColumn, activityColumn, indicatorColumn, dateColumn,
        descriptionColumn };
}

QString WorkPlanCsv::columnOfObjectiveField(const QString &field)
{
    if (field == QLatin1String("title"))
        return objectiveColumn;
    if (field == QLatin1String("targetDate"))
        return dateColumn;
    if (field == QLatin1String("indicator") || field == QLatin1String("description"))
        return field;
    return QString();
}

QString WorkPlanCsv::columnOfActivityField(const QString &field)
{
    if (field == QLatin1String("title"))
        return activityColumn;
    if (field == QLatin1String("dueDate"))
        return dateColumn;
    if (field == QLatin1String("objective"))
        return objectiveColumn;
    return QString();
}

} // namespace Core
