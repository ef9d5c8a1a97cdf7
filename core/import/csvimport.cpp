#include "csvimport.h"

#include "../storage/activityrepository.h"
#include "../storage/objectiverepository.h"
#include "../storage/peoplerepository.h"
#include "../storage/workplanrepository.h"
#include "../unitstore.h"
#include "peoplecsv.h"
#include "workplancsv.h"

#include <algorithm>
#include <utility>

namespace Core {

namespace {

// What makes the transaction roll back when rows were refused; never shown, the rows' own
// issues are.
Status refusedRows(const ImportReport &report)
{
    return report.issues.isEmpty()
        ? Status()
        : Status(Error::validation(CsvImport::tr("Some rows were refused; nothing was written.")));
}

ImportReport conclude(
    ImportReport report, const QList<ImportIssue> &fileIssues, const Status &status, bool commit)
{
    // A failure that is no row's: the plan is gone, the database is locked, the commit failed.
    if (!status && report.issues.isEmpty())
        report.issues.append({ 0, QString(), status.error().message() });
    report.issues.append(fileIssues);
    std::stable_sort(report.issues.begin(), report.issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    report.written = commit && status.isOk();
    return report;
}

UnitStore::TransactionEnd endFor(CsvImport::Mode mode, const QList<ImportIssue> &fileIssues)
{
    return mode == CsvImport::Mode::Write && fileIssues.isEmpty()
        ? UnitStore::TransactionEnd::Commit
        : UnitStore::TransactionEnd::RollBack;
}

class PeopleWriter
{
public:
    PeopleWriter(UnitStore &store, ImportReport &report) : m_store(store), m_report(report) { }

    Status write(const PeopleCandidate &candidate)
    {
        QList<std::pair<const PeopleCandidate::Row *, Person>> added;
        for (const PeopleCandidate::Row &row : candidate.rows) {
            auto person = m_store.people().add(row.person);
            if (person)
                added.append({ &row, person.value() });
            else
                refuse(row.row, PeopleCsv::columnOfField(person.error().field()), person.error());
        }
        // Supervisors only once everyone is in, so that one may be a row further down.
        for (auto &[row, person] : added) {
            if (setSupervisor(*row, person))
                ++m_report.rows;
        }
        return refusedRows(m_report);
    }

private:
    bool setSupervisor(const PeopleCandidate::Row &row, Person &person)
    {
        if (row.supervisorEmail.isEmpty())
            return true;
        const QString column = PeopleCsv::columnOfField(QStringLiteral("supervisor"));
        auto supervisor = m_store.people().findByEmail(row.supervisorEmail);
        if (!supervisor) {
            refuse(row.row, column,
                supervisor.error().code() == Error::Code::NotFound ? Error::notFound(
                    CsvImport::tr("Nobody in the unit or in this file has the e-mail "
                                  "address %1.")
                        .arg(row.supervisorEmail))
                                                                   : supervisor.error());
            return false;
        }
        person.supervisorId = supervisor.value().id;
        if (Status status = m_store.people().update(person); !status) {
            refuse(row.row, column, status.error());
            return false;
        }
        return true;
    }

    void refuse(int row, const QString &column, const Error &error)
    {
        m_report.issues.append({ row, column, error.message() });
    }

    UnitStore &m_store;
    ImportReport &m_report;
};

class PlanWriter
{
public:
    PlanWriter(UnitStore &store, Id planId, ImportReport &report)
        : m_store(store), m_planId(planId), m_report(report)
    {
    }

    Status write(const WorkPlanCandidate &candidate)
    {
        auto plan = m_store.workPlans().find(m_planId);
        if (!plan)
            return plan.error();
        // Once here rather than once a row: every row would be refused for the same reason.
        if (plan.value().isClosed())
            return Error::validation(
                CsvImport::tr("The work plan \"%1\" is closed; a closed plan is kept as it was.")
                    .arg(plan.value().title));
        for (const WorkPlanCandidate::ObjectiveRow &row : candidate.objectives)
            addObjective(row);
        if (Status status = addToExisting(candidate.activitiesOfExistingObjectives); !status)
            return status;
        return refusedRows(m_report);
    }

private:
    void addObjective(const WorkPlanCandidate::ObjectiveRow &row)
    {
        Objective objective = row.objective;
        objective.planId = m_planId;
        auto added = m_store.objectives().add(objective);
        if (!added) {
            refuse(row.row, WorkPlanCsv::columnOfObjectiveField(added.error().field()),
                added.error().message());
            for (const WorkPlanCandidate::ActivityRow &activity : row.activities)
                refuse(activity.row,
                    WorkPlanCsv::columnOfActivityField(QStringLiteral("objective")),
                    CsvImport::tr("Its objective, on row %1, was refused.").arg(row.row));
            return;
        }
        ++m_report.rows;
        for (const WorkPlanCandidate::ActivityRow &activity : row.activities)
            addActivity(activity, added.value().id);
    }

    Status addToExisting(const QList<WorkPlanCandidate::ActivityRow> &activities)
    {
        if (activities.isEmpty())
            return {};
        auto objectives = m_store.objectives().forPlan(m_planId);
        if (!objectives)
            return objectives.error();
        for (const WorkPlanCandidate::ActivityRow &activity : activities) {
            const auto found = std::find_if(objectives.value().cbegin(), objectives.value().cend(),
                [&](const Objective &objective) {
                    return objective.title.trimmed().compare(
                               activity.objectiveTitle, Qt::CaseInsensitive)
                        == 0;
                });
            if (found == objectives.value().cend())
                refuse(activity.row,
                    WorkPlanCsv::columnOfActivityField(QStringLiteral("objective")),
                    CsvImport::tr("Neither this file nor the plan has an objective titled \"%1\".")
                        .arg(activity.objectiveTitle));
            else
                addActivity(activity, found->id);
        }
        return {};
    }

    void addActivity(const WorkPlanCandidate::ActivityRow &row, Id objectiveId)
    {
        Activity activity = row.activity;
        activity.objectiveId = objectiveId;
        if (auto added = m_store.activities().add(activity); !added)
            refuse(row.row, WorkPlanCsv::columnOfActivityField(added.error().field()),
                added.error().message());
        else
            ++m_report.rows;
    }

    void refuse(int row, const QString &column, const QString &message)
    {
        m_report.issues.append({ row, column, message });
    }

    UnitStore &m_store;
    Id m_planId;
    ImportReport &m_report;
};

} // namespace

ImportReport CsvImport::applyPeople(UnitStore &store, const PeopleCandidate &candidate, Mode mode)
{
    ImportReport report;
    const auto end = endFor(mode, candidate.issues);
    const Status status
        = store.transaction([&] { return PeopleWriter(store, report).write(candidate); }, end);
    return conclude(report, candidate.issues, status, end == UnitStore::TransactionEnd::Commit);
}

ImportReport CsvImport::applyWorkPlan(
    UnitStore &store, Id planId, const WorkPlanCandidate &candidate, Mode mode)
{
    ImportReport report;
    const auto end = endFor(mode, candidate.issues);
    const Status status = store.transaction(
        [&] { return PlanWriter(store, planId, report).write(candidate); }, end);
    return conclude(report, candidate.issues, status, end == UnitStore::TransactionEnd::Commit);
}

Result<WorkPlan> CsvImport::currentPlanOf(const UnitStore &store, const QString &email)
{
    auto person = store.people().findByEmail(email);
    if (!person)
        return person.error();
    auto plan = store.workPlans().current(person.value().id);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return Error::notFound(
            tr("%1 has no current work plan to import into; create the plan first.")
                .arg(person.value().name));
    return *plan.value();
}

} // namespace Core
