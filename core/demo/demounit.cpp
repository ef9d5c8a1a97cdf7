#include "demounit.h"

#include "../storage/activityrepository.h"
#include "../storage/assignmentrepository.h"
#include "../storage/objectiverepository.h"
#include "../storage/peoplerepository.h"
#include "../storage/progressrepository.h"
#include "../storage/unitsettings.h"
#include "../storage/workplanrepository.h"
#include "../unitstore.h"
#include "democatalog.h"
#include "demoprojectwork.h"
#include "demosupervision.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace Core {

namespace {

using namespace DemoCatalog;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// The unit plans by years that start on the first of a month; starting eight months back puts
// today two-thirds through the current plans, with past and future activities on each.
QDate unitYearStart(const QDate &today)
{
    const QDate back = today.addMonths(-8);
    return QDate(back.year(), back.month(), 1);
}

// For e-mail addresses: "Søren Åberg" becomes "soren-aberg".
QString asciiFold(const QString &text)
{
    static const QHash<QChar, QString> unsplittable = {
        { QChar(u'ø'), QStringLiteral("o") },
        { QChar(u'æ'), QStringLiteral("ae") },
        { QChar(u'ß'), QStringLiteral("ss") },
        { QChar(u'ł'), QStringLiteral("l") },
        { QChar(u'đ'), QStringLiteral("d") },
    };
    QString folded;
    for (const QChar c : text.toLower().normalized(QString::NormalizationForm_KD)) {
        if (unsplittable.contains(c))
            folded += unsplittable.value(c);
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            folded += QLatin1Char('-');
        else if (c.unicode() < 128 && c.isLetterOrNumber())
            folded += c;
    }
    return folded;
}

QString lowerFirst(const QString &text)
{
    return text.left(1).toLower() + text.mid(1);
}

QString progressText(const QString &activity, int percent)
{
    if (percent >= 100)
        return DemoUnit::tr("Completed: %1.").arg(lowerFirst(activity));
    if (percent < 25)
        return DemoUnit::tr("Started: %1.").arg(lowerFirst(activity));
    if (percent < 70)
        return DemoUnit::tr("Worked on: %1.").arg(lowerFirst(activity));
    return DemoUnit::tr("Finalising: %1.").arg(lowerFirst(activity));
}

const NamePool &poolFor(Region region)
{
    return *std::find_if(std::begin(namePools), std::end(namePools),
        [region](const NamePool &pool) { return pool.region == region; });
}

QList<int> objectivePool(const StaffSpec &spec)
{
    QList<int> pool;
    for (int index : spec.objectives) {
        if (index == poolEnd)
            break;
        pool.append(index);
    }
    return pool;
}

// A plan about to be written: whose, for which period, and how far through its life it goes.
struct PlanFrame
{
    int post = 0;
    Id personId = 0;
    Id supervisorId = 0;
    Id assignmentId = 0;
    QDate start;
    QDate end;
    bool staysDraft = false;
    bool isRevised = false;
};

// An activity written into a plan, with what its simulated progress needs to know.
struct ActivityRun
{
    Id objectiveId = 0;
    Id activityId = 0;
    QString title;
    QDate due;
    bool forcedToStall = false;
};

// Writes the unit year by year. Post-holders of year `cohort` held the posts `cohort` years
// before today; only cohort 0 is current.
class DemoWriter
{
public:
    DemoWriter(UnitStore &store, const QDate &today, quint32 seed)
        : m_store(store), m_today(today), m_random(seed)
    {
    }

    Status loadReferenceLists();
    Status writeCohort(int cohort);
    DemoUnit::Counts counts() const { return m_counts; }
    // Person ids by post, for the cohort written last.
    QList<Id> postHolders() const { return m_postHolders; }

private:
    struct Posting
    {
        Id id = 0;
        QDate start;
        QDate end;
    };

    Result<Id> writePerson(int post, int cohort);
    Result<QList<Posting>> writeAssignments(int post, int cohort, Id personId);
    QList<PlanFrame> planFrames(int post, int cohort, const QList<Posting> &postings) const;
    Status writePlan(const PlanFrame &frame, int cohort);
    Result<QList<ActivityRun>> writeObjectives(const PlanFrame &frame, Id planId, int cohort);
    Result<QList<ActivityRun>> writeObjective(Id planId, const ObjectiveTemplate &model,
        Objective::Kind kind, const QDate &from, const QDate &to);
    QList<QDate> dueDates(const ObjectiveTemplate &model, const QDate &from, const QDate &to);
    Status agree(const PlanFrame &frame, Id planId, const QDate &on);
    Status revise(const PlanFrame &frame, Id planId, QList<ActivityRun> &runs);
    void markStalls(const PlanFrame &frame, QList<ActivityRun> &runs);
    Status logActivity(const PlanFrame &frame, const ActivityRun &run, bool canStall);
    Status logEntry(const PlanFrame &frame, const ActivityRun &run, const QDate &day, int percent,
        bool blocked);
    QDate firstLoggingDay(const PlanFrame &frame, const QDate &from) const;
    QStringList uniqueName(int post, int cohort);
    QString uniqueEmail(const QString &localPart);

    int bounded(int limit) { return int(m_random.bounded(limit)); }
    bool chance(int percent) { return bounded(100) < percent; }

    UnitStore &m_store;
    QDate m_today;
    QRandomGenerator m_random;
    QHash<QString, Id> m_strategyIds;
    QHash<QString, Id> m_themeIds;
    QList<Id> m_postHolders; // person id by post, for the cohort being written
    QSet<QString> m_names;
    QSet<QString> m_emails;
    DemoUnit::Counts m_counts;
};

Status DemoWriter::loadReferenceLists()
{
    auto strategy = m_store.objectives().strategyObjectives();
    if (!strategy)
        return strategy.error();
    for (const ReferenceItem &item : strategy.value())
        m_strategyIds.insert(item.code, item.id);
    auto themes = m_store.objectives().thematicAreas();
    if (!themes)
        return themes.error();
    for (const ReferenceItem &item : themes.value())
        m_themeIds.insert(item.code, item.id);
    return {};
}

Status DemoWriter::writeCohort(int cohort)
{
    const Id head = m_postHolders.isEmpty() ? 0 : m_postHolders.first();
    m_postHolders = QList<Id>(int(std::size(staff)), 0);
    for (int post = 0; post < int(std::size(staff)); ++post) {
        // One head across the years: the history is of the posts below.
        if (post == 0 && cohort > 0) {
            m_postHolders[0] = head;
            continue;
        }
        auto person = writePerson(post, cohort);
        if (!person)
            return person.error();
        m_postHolders[post] = person.value();
        auto postings = writeAssignments(post, cohort, person.value());
        if (!postings)
            return postings.error();
        for (const PlanFrame &frame : planFrames(post, cohort, postings.value())) {
            if (Status status = writePlan(frame, cohort); !status)
                return status;
        }
    }
    return {};
}

Result<Id> DemoWriter::writePerson(int post, int cohort)
{
    const StaffSpec &spec = staff[post];
    const QStringList name = uniqueName(post, cohort);
    Person person;
    person.name = name.join(QLatin1Char(' '));
    person.email = uniqueEmail(cohort == 0
            ? utf8(spec.emailLocalPart)
            : asciiFold(name.first()).left(1) + QLatin1Char('.') + asciiFold(name.last()));
    person.positionTitle = utf8(spec.position);
    person.category = spec.category;
    person.grade = utf8(spec.grade);
    person.dutyStation = utf8(spec.dutyStation);
    person.languages = utf8(spec.languages).split(QLatin1Char(','));
    person.supervisorId = spec.supervisor == noSupervisor ? 0 : m_postHolders[spec.supervisor];
    auto stored = m_store.people().add(person);
    if (!stored)
        return stored.error();
    ++m_counts.people;
    return stored.value().id;
}

Result<QList<DemoWriter::Posting>> DemoWriter::writeAssignments(int post, int cohort, Id personId)
{
    const StaffSpec &spec = staff[post];
    Assignment assignment;
    assignment.personId = personId;
    assignment.type = spec.assignmentType;
    assignment.title = utf8(spec.assignmentTitle);
    assignment.start = m_today.addDays(-spec.startedDaysAgo).addYears(-cohort);
    assignment.end = assignment.start.addMonths(spec.months).addDays(-1);
    assignment.renewable = spec.renewable;
    assignment.sponsor = utf8(spec.sponsor);
    assignment.funding = utf8(spec.funding);
    // A renewed JPO has two assignments: the first year and its renewal.
    const int count = spec.shape == PlanShape::Renewed ? 2 : 1;
    QList<Posting> postings;
    for (int i = 0; i < count; ++i) {
        auto stored = m_store.assignments().add(assignment);
        if (!stored)
            return stored.error();
        postings.append({ stored.value().id, assignment.start, assignment.end });
        assignment.start = assignment.end.addDays(1);
        assignment.end = assignment.start.addMonths(spec.months).addDays(-1);
    }
    return postings;
}

QList<PlanFrame> DemoWriter::planFrames(int post, int cohort, const QList<Posting> &postings) const
{
    const StaffSpec &spec = staff[post];
    PlanFrame frame;
    frame.post = post;
    frame.personId = m_postHolders[post];
    frame.supervisorId = spec.supervisor == noSupervisor ? 0 : m_postHolders[spec.supervisor];
    frame.assignmentId = postings.first().id;
    frame.staysDraft = spec.shape == PlanShape::Draft && cohort == 0;
    frame.isRevised = spec.shape == PlanShape::Revised;
    QList<PlanFrame> frames;
    switch (spec.shape) {
    case PlanShape::None:
        break;
    case PlanShape::UnitYearWithEarlier:
    case PlanShape::UnitYear:
        frame.start = unitYearStart(m_today).addYears(-cohort);
        frame.end = frame.start.addYears(1).addDays(-1);
        if (spec.shape == PlanShape::UnitYearWithEarlier) {
            PlanFrame earlier = frame;
            earlier.start = frame.start.addYears(-1);
            earlier.end = frame.start.addDays(-1);
            frames.append(earlier);
        }
        frames.append(frame);
        break;
    case PlanShape::Assignment:
    case PlanShape::Draft:
    case PlanShape::Revised:
    case PlanShape::Renewed:
        for (const Posting &posting : postings) {
            frame.assignmentId = posting.id;
            frame.start = posting.start;
            frame.end = posting.end;
            frames.append(frame);
        }
        break;
    }
    return frames;
}

Status DemoWriter::writePlan(const PlanFrame &frame, int cohort)
{
    WorkPlan plan;
    plan.personId = frame.personId;
    plan.assignmentId = frame.assignmentId;
    plan.title = DemoUnit::tr("Work plan %1 to %2")
                     .arg(frame.start.toString(QStringLiteral("MMM yyyy")),
                         frame.end.toString(QStringLiteral("MMM yyyy")));
    plan.periodStart = frame.start;
    plan.periodEnd = frame.end;
    auto stored = m_store.workPlans().add(plan);
    if (!stored)
        return stored.error();
    ++m_counts.plans;
    const Id planId = stored.value().id;
    auto runs = writeObjectives(frame, planId, cohort);
    if (!runs)
        return runs.error();
    if (frame.staysDraft)
        return {};
    if (Status status = agree(frame, planId, frame.start.addDays(5 + bounded(10))); !status)
        return status;
    if (frame.isRevised) {
        if (Status status = revise(frame, planId, runs.value()); !status)
            return status;
    }
    const bool isPast = frame.end < m_today;
    markStalls(frame, runs.value());
    for (const ActivityRun &run : runs.value()) {
        if (Status status = logActivity(frame, run, !isPast); !status)
            return status;
    }
    return isPast ? m_store.workPlans().close(planId) : Status();
}

Result<QList<ActivityRun>> DemoWriter::writeObjectives(
    const PlanFrame &frame, Id planId, int cohort)
{
    const StaffSpec &spec = staff[frame.post];
    const QList<int> pool = objectivePool(spec);
    const int count = std::min(int(pool.size()), 3 + bounded(3));
    const QDate from = frame.start.addDays(21);
    const QDate to = frame.end.addDays(-3);
    QList<ActivityRun> runs;
    // Each year starts from a different objective, so successive plans of a post differ.
    for (int i = 0; i < count; ++i) {
        const ObjectiveTemplate &model = workObjectives[pool[(cohort + i) % pool.size()]];
        auto written = writeObjective(planId, model, Objective::Kind::Work, from, to);
        if (!written)
            return written.error();
        runs += written.value();
    }
    const int learning = spec.hasLearning ? 1 + bounded(int(std::size(learningElements))) : 0;
    for (int i = 0; i < learning; ++i) {
        auto written
            = writeObjective(planId, learningElements[i], Objective::Kind::Learning, from, to);
        if (!written)
            return written.error();
        runs += written.value();
    }
    return runs;
}

// Each objective runs over its own part of the window, its activities due at even steps.
QList<QDate> DemoWriter::dueDates(
    const ObjectiveTemplate &model, const QDate &from, const QDate &to)
{
    const qint64 range = from.daysTo(to);
    const QDate start = from.addDays(bounded(int(range / 3) + 1));
    const QDate end = to.addDays(-bounded(int(range / 4) + 1));
    const int steps = int(std::count_if(std::begin(model.activities), std::end(model.activities),
        [](const char *title) { return title != nullptr; }));
    QList<QDate> dues;
    for (int i = 0; i < steps; ++i) {
        const QDate due = start.addDays(start.daysTo(end) * (i + 1) / steps + bounded(9) - 4);
        dues.append(std::clamp(due, dues.isEmpty() ? from : dues.last(), to));
    }
    return dues;
}

Result<QList<ActivityRun>> DemoWriter::writeObjective(Id planId, const ObjectiveTemplate &model,
    Objective::Kind kind, const QDate &from, const QDate &to)
{
    const QList<QDate> dues = dueDates(model, from, to);
    Objective objective;
    objective.planId = planId;
    objective.kind = kind;
    objective.title = utf8(model.title);
    objective.indicator = utf8(model.indicator);
    objective.targetDate = dues.last();
    objective.strategyObjectiveId = m_strategyIds.value(utf8(model.strategyCode));
    for (const char *theme : model.themes) {
        if (theme)
            objective.thematicAreaIds.append(m_themeIds.value(utf8(theme)));
    }
    objective.evidence = utf8(model.evidence);
    auto stored = m_store.objectives().add(objective);
    if (!stored)
        return stored.error();
    ++m_counts.objectives;

    QList<ActivityRun> runs;
    for (int i = 0; i < int(dues.size()); ++i) {
        Activity activity;
        activity.objectiveId = stored.value().id;
        activity.title = utf8(model.activities[i]);
        activity.dueDate = dues[i];
        auto added = m_store.activities().add(activity);
        if (!added)
            return added.error();
        ++m_counts.activities;
        runs.append({ activity.objectiveId, added.value().id, activity.title, activity.dueDate });
    }
    return runs;
}

Status DemoWriter::agree(const PlanFrame &frame, Id planId, const QDate &on)
{
    const QDate agreedOn = std::min({ on, m_today, frame.end });
    if (Status status = m_store.workPlans().agree(planId, agreedOn, frame.supervisorId); !status)
        return status;
    return m_store.workPlans().activate(planId);
}

// After the mid-term check-in the supervisor adds the GAC to the plan: the agreed revision is
// kept on record and the plan is agreed again.
Status DemoWriter::revise(const PlanFrame &frame, Id planId, QList<ActivityRun> &runs)
{
    const QDate midTerm = std::min(frame.start.addDays(110), m_today);
    auto added = writeObjective(planId, workObjectives[revisionObjective], Objective::Kind::Work,
        midTerm.addDays(30), frame.end.addDays(-3));
    if (!added)
        return added.error();
    runs += added.value();
    return agree(frame, planId, midTerm);
}

// A few activities of current plans slip past their due date, so that the overview has
// something overdue to show; every third post is sure to have one.
void DemoWriter::markStalls(const PlanFrame &frame, QList<ActivityRun> &runs)
{
    if (frame.end < m_today || frame.post % 3 != 1)
        return;
    const auto pastDue = std::find_if(
        runs.begin(), runs.end(), [this](const ActivityRun &run) { return run.due < m_today; });
    if (pastDue != runs.end())
        pastDue->forcedToStall = true;
}

// Weekly entries while the activity is worked on, then 100 % on the day it is finished, or a
// stall below 100 % with blockers for one that slips.
Status DemoWriter::logActivity(const PlanFrame &frame, const ActivityRun &run, bool canStall)
{
    const QDate windowStart = std::max(frame.start, run.due.addDays(-(21 + bounded(50))));
    const QDate finish = std::min(run.due.addDays(chance(20) ? 7 + bounded(15) : 0), frame.end);
    const bool stalls = canStall && run.due < m_today && (run.forcedToStall || chance(6));
    const int stallAt = 35 + bounded(45);
    const QDate lastWeekly
        = std::min({ m_today, frame.end, stalls ? run.due.addDays(21) : finish.addDays(-1) });
    const qint64 length = windowStart.daysTo(finish) + 7;
    int percent = 0;
    for (QDate day = firstLoggingDay(frame, windowStart); day <= lastWeekly; day = day.addDays(7)) {
        const int estimate = int(100 * (windowStart.daysTo(day) + 7) / length) + bounded(11) - 5;
        percent = std::clamp(estimate, std::max(percent, 5), stalls ? stallAt : 95);
        if (Status status = logEntry(frame, run, day, percent, stalls && percent >= stallAt);
            !status)
            return status;
    }
    if (stalls || finish > m_today)
        return {};
    return logEntry(frame, run, finish, 100, false);
}

Status DemoWriter::logEntry(
    const PlanFrame &frame, const ActivityRun &run, const QDate &day, int percent, bool blocked)
{
    ProgressEntry entry;
    entry.objectiveId = run.objectiveId;
    entry.activityId = run.activityId;
    entry.authorId = frame.personId;
    entry.date = day;
    entry.percent = percent;
    entry.text = progressText(run.title, percent);
    if (chance(blocked ? 70 : 4))
        entry.blockers = utf8(blockers[bounded(int(std::size(blockers)))]);
    auto logged = m_store.progress().log(entry, m_today);
    if (!logged)
        return logged.error();
    ++m_counts.progressEntries;
    return {};
}

// Each person logs on their own weekday, counted from the start of the plan.
QDate DemoWriter::firstLoggingDay(const PlanFrame &frame, const QDate &from) const
{
    const QDate anchor = frame.start.addDays(frame.post % 5);
    const qint64 weeks = std::max<qint64>(0, (anchor.daysTo(from) + 6) / 7);
    return anchor.addDays(7 * weeks);
}

// Cohort 0 holds the named post-holders; earlier holders are drawn from the post's name pool,
// with a middle initial once a pool has run out of unused pairs.
QStringList DemoWriter::uniqueName(int post, int cohort)
{
    const StaffSpec &spec = staff[post];
    if (cohort == 0) {
        m_names.insert(utf8(spec.name));
        return utf8(spec.name).split(QLatin1Char(' '));
    }
    const NamePool &pool = poolFor(spec.region);
    for (int round = 0;; ++round) {
        for (int j = 0; j < 100; ++j) {
            const int pair = (cohort * 13 + post * 7 + j) % 100;
            QStringList name = { utf8(pool.first[pair % 10]), utf8(pool.last[pair / 10]) };
            if (round > 0)
                name.insert(1, QString(QChar(u'A' + (round - 1) % 26)) + QLatin1Char('.'));
            if (!m_names.contains(name.join(QLatin1Char(' ')))) {
                m_names.insert(name.join(QLatin1Char(' ')));
                return name;
            }
        }
    }
}

QString DemoWriter::uniqueEmail(const QString &localPart)
{
    QString email = localPart + QLatin1Char('@') + utf8(emailDomain);
    for (int n = 2; m_emails.contains(email); ++n)
        email = localPart + QString::number(n) + QLatin1Char('@') + utf8(emailDomain);
    m_emails.insert(email);
    return email;
}

} // namespace

Result<DemoUnit::Counts> DemoUnit::write(
    UnitStore &store, const QDate &today, int scale, quint32 seed)
{
    if (scale < 1)
        return Error::validation(
            tr("The demo scale must be 1 or more, not %1.").arg(scale), QStringLiteral("scale"));
    if (!today.isValid())
        return Error::validation(tr("The demo needs a valid date for today."));
    auto empty = store.isEmpty();
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error::conflict(tr("The database already holds data; the demo writes only into a "
                                  "new or empty database."));
    if (Status status = store.settings().setUnitName(
            QStringLiteral("Cooperatives, Social and Solidarity Economy Unit"));
        !status)
        return status.error();
    DemoWriter writer(store, today, seed);
    DemoProjectWork projectWork(store, today, seed);
    if (Status status = writer.loadReferenceLists(); !status)
        return status.error();
    if (Status status = projectWork.writePartners(); !status)
        return status.error().withContext(tr("Writing the demo unit"));
    for (int cohort = 0; cohort < scale; ++cohort) {
        Status status = writer.writeCohort(cohort);
        if (status)
            status = projectWork.writeCohort(cohort, writer.postHolders());
        if (!status)
            return status.error().withContext(tr("Writing the demo unit"));
    }
    Counts counts = writer.counts();
    projectWork.addCountsTo(counts);
    QRandomGenerator random(seed);
    auto supervision = DemoSupervision::write(store, today, random);
    if (!supervision)
        return supervision.error().withContext(tr("Writing the demo unit"));
    counts.checkIns = supervision.value().checkIns;
    counts.appraisals = supervision.value().appraisals;
    return counts;
}

} // namespace Core
