#include "importentries.h"

#include "import/csvreader.h"
#include "import/peoplecsv.h"
#include "import/workplancsv.h"

#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

namespace {

void require(bool holds, const char *rule)
{
    if (holds)
        return;
    std::fprintf(stderr, "Broken rule: %s\n", rule);
    std::abort();
}

// Every cell quoted, so the writer has no choices that could hide a reader bug.
QByteArray written(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                out += ',';
            QByteArray cell = row.at(column).toUtf8();
            out += '"' + cell.replace('"', "\"\"") + '"';
        }
        out += "\r\n";
    }
    return out;
}

// Rows an input can have: one more per line break, at most.
qsizetype rowBound(const QByteArray &input)
{
    return input.count('\n') + input.count('\r') + 1;
}

void checkIssues(const QList<Core::ImportIssue> &issues, const QByteArray &input)
{
    for (const Core::ImportIssue &issue : issues) {
        require(!issue.message.isEmpty(), "an issue says what is wrong");
        require(issue.row >= 0 && issue.row <= rowBound(input), "an issue names a row of the file");
        require(!issue.text().isEmpty(), "an issue can be printed");
    }
}

} // namespace

void csvReader(const QByteArray &input)
{
    const Core::CsvReader::Limits limits;
    auto rows = Core::CsvReader::parse(input, limits);
    if (!rows) {
        require(!rows.error().message().isEmpty(), "a refusal says why");
        return;
    }
    qsizetype cells = 0;
    for (const QStringList &row : rows.value()) {
        require(!row.isEmpty(), "a row has at least one cell");
        require(row.size() <= limits.maxColumns, "rows stay within the column limit");
        cells += row.size();
        for (const QString &cell : row)
            require(cell.size() <= limits.maxCellBytes, "cells stay within the size limit");
    }
    require(cells <= limits.maxCells, "the file stays within the cell limit");
    require(rows.value().size() <= rowBound(input), "no more rows than lines");

    auto again = Core::CsvReader::parse(written(rows.value()), limits);
    require(again.isOk(), "what was read can be written and read again");
    require(again.value() == rows.value(), "reading what was written gives the same rows");
}

void peopleCsv(const QByteArray &input)
{
    const Core::PeopleCandidate candidate = Core::PeopleCsv::parse(input);
    checkIssues(candidate.issues, input);
    QSet<QString> emails;
    for (const Core::PeopleCandidate::Row &row : candidate.rows) {
        require(row.row >= 2, "people come from the rows under the header");
        require(!row.person.validate().isError(), "a person kept passes validate()");
        const QString email = row.person.email.toCaseFolded();
        require(!emails.contains(email), "no e-mail address is kept twice");
        emails.insert(email);
        require(row.supervisorEmail.compare(row.person.email, Qt::CaseInsensitive) != 0,
            "nobody is kept as their own supervisor");
    }
}

void workPlanCsv(const QByteArray &input)
{
    const Core::WorkPlanCandidate candidate = Core::WorkPlanCsv::parse(input);
    checkIssues(candidate.issues, input);
    auto checkActivity = [](const Core::WorkPlanCandidate::ActivityRow &row) {
        require(row.row >= 2, "activities come from the rows under the header");
        require(!row.activity.title.isEmpty(), "an activity kept has a title");
        require(row.activity.dueDate.isValid(), "an activity kept has a due date");
        require(!row.objectiveTitle.isEmpty(), "an activity kept knows its objective");
    };
    for (const Core::WorkPlanCandidate::ObjectiveRow &row : candidate.objectives) {
        require(row.row >= 2, "objectives come from the rows under the header");
        require(!row.objective.title.isEmpty(), "an objective kept has a title");
        for (const auto &activity : row.activities)
            checkActivity(activity);
    }
    for (const auto &activity : candidate.activitiesOfExistingObjectives)
        checkActivity(activity);
}

} // namespace Fuzz
