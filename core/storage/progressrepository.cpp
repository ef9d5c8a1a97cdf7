#include "progressrepository.h"

#include "database.h"
#include "rowreader.h"
#include "sqlstatement.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace Core {

namespace {

// The activity's status once `percent` has been logged on it.
Activity::Status statusAfterLogging(Activity::Status current, int percent)
{
    if (current == Activity::Status::Cancelled)
        return current;
    if (percent >= 100)
        return Activity::Status::Completed;
    if (percent > 0 || current == Activity::Status::Completed)
        return Activity::Status::InProgress;
    return current;
}

} // namespace

ProgressRepository::ProgressRepository(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

Result<QList<ProgressEntry>> ProgressRepository::forPlan(Id planId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM progress_entry JOIN objective ON objective.id = "
                       "progress_entry.objective_id WHERE objective.plan_id = :plan "
                       "ORDER BY progress_entry.entry_date DESC, progress_entry.id DESC")
            .arg(RowReader::progressColumns));
    query.bind(QStringLiteral(":plan"), planId);
    return RowReader::all<ProgressEntry>(query, &RowReader::progress);
}

Result<QList<ProgressEntry>> ProgressRepository::forObjective(Id objectiveId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM progress_entry WHERE objective_id = :objective "
                       "ORDER BY entry_date DESC, id DESC")
            .arg(RowReader::progressColumns));
    query.bind(QStringLiteral(":objective"), objectiveId);
    return RowReader::all<ProgressEntry>(query, &RowReader::progress);
}

Result<QList<ProgressEntry>> ProgressRepository::forActivity(Id activityId) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM progress_entry WHERE activity_id = :activity "
                       "ORDER BY entry_date DESC, id DESC")
            .arg(RowReader::progressColumns));
    query.bind(QStringLiteral(":activity"), activityId);
    return RowReader::all<ProgressEntry>(query, &RowReader::progress);
}

Result<ProgressEntry> ProgressRepository::find(Id id) const
{
    SqlStatement query(m_database,
        QStringLiteral("SELECT %1 FROM progress_entry WHERE id = :id")
            .arg(RowReader::progressColumns));
    query.bind(QStringLiteral(":id"), id);
    return RowReader::one<ProgressEntry>(
        query, &RowReader::progress, tr("The progress entry no longer exists."));
}

Result<PlanProgress> ProgressRepository::planProgress(Id planId) const
{
    SqlStatement objectives(m_database,
        QStringLiteral("SELECT objective.id, objective.kind, %1 FROM objective "
                       "WHERE objective.plan_id = :plan")
            .arg(RowReader::latestObjectivePercent));
    objectives.bind(QStringLiteral(":plan"), planId);
    auto objectiveInputs
        = RowReader::all<PlanProgress::ObjectiveInput>(objectives, [](const SqlStatement &row) {
              return PlanProgress::ObjectiveInput { row.id(0),
                  Objective::kindFromKey(row.text(1)).value_or(Objective::Kind::Work),
                  row.isNull(2) ? -1 : row.integer(2) };
          });
    if (!objectiveInputs)
        return objectiveInputs.error();

    SqlStatement activities(m_database,
        QStringLiteral("SELECT activity.id, activity.objective_id, activity.status, %1 FROM "
                       "activity JOIN objective ON objective.id = activity.objective_id "
                       "WHERE objective.plan_id = :plan")
            .arg(RowReader::latestActivityPercent));
    activities.bind(QStringLiteral(":plan"), planId);
    auto activityInputs
        = RowReader::all<PlanProgress::ActivityInput>(activities, [](const SqlStatement &row) {
              return PlanProgress::ActivityInput { row.id(0), row.id(1),
                  Activity::statusFromKey(row.text(2)).value_or(Activity::Status::Planned),
                  row.isNull(3) ? -1 : row.integer(3) };
          });
    if (!activityInputs)
        return activityInputs.error();
    return PlanProgress::compute(objectiveInputs.value(), activityInputs.value());
}

Result<ProgressEntry> ProgressRepository::log(const ProgressEntry &entry, const QDate &today)
{
    if (Error error = entry.validate(today); error.isError())
        return error;
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began().error();

    // Everything the entry is checked against, in one read: logging is the write people make
    // most often, and each statement costs as much as the check it carries.
    SqlStatement target(m_database,
        QStringLiteral("SELECT work_plan.title, work_plan.status, work_plan.period_start, "
                       "work_plan.period_end, EXISTS (SELECT 1 FROM person WHERE person.id = "
                       ":author), activity.objective_id, activity.status FROM objective JOIN "
                       "work_plan ON work_plan.id = objective.plan_id LEFT JOIN activity ON "
                       "activity.id = CAST(:activity AS INTEGER) WHERE objective.id = :objective"));
    target.bind(QStringLiteral(":author"), entry.authorId)
        .bindId(QStringLiteral(":activity"), entry.activityId)
        .bind(QStringLiteral(":objective"), entry.objectiveId);
    if (Status status = target.exec(); !status)
        return status.error();
    if (!target.next())
        return Error::validation(tr("The objective no longer exists."), QStringLiteral("target"));
    WorkPlan plan;
    plan.title = target.text(0);
    plan.status = WorkPlan::statusFromKey(target.text(1)).value_or(WorkPlan::Status::Draft);
    plan.periodStart = target.date(2);
    plan.periodEnd = target.date(3);
    const bool authorExists = target.flag(4);
    const Id activityObjectiveId = target.id(5);
    const QString activityStatusKey = target.text(6);
    target.finish();
    if (plan.isClosed())
        return Error::validation(tr("The plan \"%1\" is closed; progress can no longer be "
                                    "logged on it.")
                                     .arg(plan.title),
            QStringLiteral("target"));
    if (!plan.contains(entry.date))
        return Error::validation(
            tr("The date %1 is outside the plan's period (%2 to %3).")
                .arg(entry.date.toString(Qt::ISODate), plan.periodStart.toString(Qt::ISODate),
                    plan.periodEnd.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (!authorExists)
        return Error::validation(
            tr("The author is not a person of the unit."), QStringLiteral("author"));

    if (entry.activityId != 0) {
        if (activityObjectiveId != entry.objectiveId)
            return Error::validation(
                tr("The activity is not part of the chosen objective."), QStringLiteral("target"));
        const Activity::Status current
            = Activity::statusFromKey(activityStatusKey).value_or(Activity::Status::Planned);
        const Activity::Status next = statusAfterLogging(current, entry.percent);
        if (next != current) {
            SqlStatement move(
                m_database, QStringLiteral("UPDATE activity SET status = :status WHERE id = :id"));
            move.bind(QStringLiteral(":status"), Activity::statusKey(next))
                .bind(QStringLiteral(":id"), entry.activityId);
            if (Status status = move.exec(); !status)
                return status.error();
        }
    }

    SqlStatement insert(m_database,
        QStringLiteral("INSERT INTO progress_entry (objective_id, activity_id, author_id, "
                       "entry_date, percent, text, blockers, recorded_at) VALUES (:objective, "
                       ":activity, :author, :date, :percent, :text, :blockers, :at) RETURNING id, "
                       "recorded_at"));
    insert.bind(QStringLiteral(":objective"), entry.objectiveId)
        .bindId(QStringLiteral(":activity"), entry.activityId)
        .bind(QStringLiteral(":author"), entry.authorId)
        .bindDate(QStringLiteral(":date"), entry.date)
        .bind(QStringLiteral(":percent"), entry.percent)
        .bindText(QStringLiteral(":text"), entry.text.trimmed())
        .bindText(QStringLiteral(":blockers"), entry.blockers.trimmed())
        .bind(QStringLiteral(":at"), SqlStatement::instantText(QDateTime::currentDateTimeUtc()));
    if (Status status = insert.exec(); !status)
        return status.error().withContext(tr("Logging progress"));
    if (!insert.next())
        return Error(Error::Code::Storage,
            tr("Logging progress: the database did not return the new entry."));
    // What was written, as find() would read it back, without another statement.
    ProgressEntry logged = entry;
    logged.id = insert.id(0);
    logged.text = entry.text.trimmed();
    logged.blockers = entry.blockers.trimmed();
    logged.recordedAt = insert.instant(1);
    insert.finish();
    if (Status status = transaction.commit(); !status)
        return status.error();
    Q_EMIT changed();
    return logged;
}

Status ProgressRepository::remove(Id id)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    if (auto existing = find(id); !existing)
        return existing.error();
    SqlStatement remove(m_database, QStringLiteral("DELETE FROM progress_entry WHERE id = :id"));
    remove.bind(QStringLiteral(":id"), id);
    if (Status status = remove.exec(); !status)
        return status.error().withContext(tr("Removing the progress entry"));
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
