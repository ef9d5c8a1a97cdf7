#include "unitfixture.h"

#include "storage/activityrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/workplanrepository.h"

using namespace Core;

UnitFixture::UnitFixture() : m_store(REQUIRE_OK(UnitStore::openInMemory())), m_today(2026, 6, 15)
{
    head = addPerson(QStringLiteral("Amélie Dubois"), Person::Category::UnitHead);
    jpo = addPerson(QStringLiteral("Kofi Mensah"), Person::Category::Jpo, head.id);
}

Person UnitFixture::addPerson(const QString &name, Person::Category category, Id supervisorId)
{
    Person person;
    person.name = name;
    person.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@unit.test");
    person.category = category;
    person.supervisorId = supervisorId;
    person.languages = { QStringLiteral("EN"), QStringLiteral("FR") };
    return REQUIRE_OK(m_store->people().add(person));
}

WorkPlan UnitFixture::addPlan(Id personId, const QString &title)
{
    WorkPlan plan;
    plan.personId = personId;
    plan.title = title;
    plan.periodStart = QDate(2026, 1, 1);
    plan.periodEnd = QDate(2026, 12, 31);
    return REQUIRE_OK(m_store->workPlans().add(plan));
}

Objective UnitFixture::addObjective(Id planId, const QString &title, Objective::Kind kind)
{
    Objective objective;
    objective.planId = planId;
    objective.title = title;
    objective.kind = kind;
    objective.indicator = QStringLiteral("Delivered on time");
    return REQUIRE_OK(m_store->objectives().add(objective));
}

Activity UnitFixture::addActivity(Id objectiveId, const QString &title, const QDate &due)
{
    Activity activity;
    activity.objectiveId = objectiveId;
    activity.title = title;
    activity.dueDate = due;
    return REQUIRE_OK(m_store->activities().add(activity));
}

ProgressEntry UnitFixture::log(const Activity &activity, int percent, const QDate &date)
{
    ProgressEntry entry;
    entry.objectiveId = activity.objectiveId;
    entry.activityId = activity.id;
    entry.authorId = jpo.id;
    entry.date = date;
    entry.percent = percent;
    entry.text = QStringLiteral("Worked on %1").arg(activity.title);
    return REQUIRE_OK(m_store->progress().log(entry, m_today));
}

WorkPlan UnitFixture::agree(const WorkPlan &plan)
{
    const Status status = m_store->workPlans().agree(plan.id, QDate(2026, 1, 10), head.id);
    if (!status)
        qFatal("agree failed: %s", qPrintable(status.error().message()));
    return REQUIRE_OK(m_store->workPlans().find(plan.id));
}
