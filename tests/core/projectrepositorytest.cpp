#include "storage/projectrepository.h"
#include "storage/deliverablerepository.h"
#include "storage/meetingrepository.h"
#include "storage/missionrepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

Project project(const QString &code)
{
    Project p;
    p.code = code;
    p.title = QStringLiteral("Statistics on the SSE");
    p.countryCode = QStringLiteral("PH");
    p.donor = QStringLiteral("Korea");
    p.start = QDate(2025, 3, 1);
    p.end = QDate(2027, 2, 28);
    return p;
}

Partner partner(const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = Partner::Kind::UnAgency;
    p.contact = QStringLiteral("focal.point@agency.test");
    return p;
}

} // namespace

class ProjectRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreProjectsAndListThemByCode()
    {
        // GIVEN a unit
        UnitFixture unit;
        QSignalSpy changed(&unit.store().projects(), &ProjectRepository::changed);

        // WHEN two projects are added, the later code first
        const Project phl = REQUIRE_OK(
            unit.store().projects().addProject(project(QStringLiteral("PHL/25/02/KOR"))));
        const Project sen = REQUIRE_OK(
            unit.store().projects().addProject(project(QStringLiteral("  SEN/24/01/LUX "))));

        // THEN every field survived (the code trimmed), and they list by code
        Project expected = project(QStringLiteral("PHL/25/02/KOR"));
        expected.id = phl.id;
        QCOMPARE(REQUIRE_OK(unit.store().projects().findProject(phl.id)), expected);
        QCOMPARE(sen.code, QStringLiteral("SEN/24/01/LUX"));
        QCOMPARE(REQUIRE_OK(unit.store().projects().projects()), QList<Project>({ phl, sen }));
        QCOMPARE(changed.count(), 2);
    }

    void shouldUpdateAProject()
    {
        // GIVEN a project
        UnitFixture unit;
        Project stored = unit.addProject(QStringLiteral("SEN/24/01/LUX"));

        // WHEN it is extended and changes donor
        stored.end = QDate(2028, 6, 30);
        stored.donor = QStringLiteral("Luxembourg and Belgium");
        QVERIFY(unit.store().projects().updateProject(stored));

        // THEN the change is stored
        QCOMPARE(REQUIRE_OK(unit.store().projects().findProject(stored.id)), stored);
    }

    void shouldRefuseInvalidProjects_data()
    {
        QTest::addColumn<Project>("candidate");
        QTest::addColumn<QString>("field");
        Project noCode = project(QStringLiteral(" "));
        QTest::newRow("no code") << noCode << QStringLiteral("code");
        Project backwards = project(QStringLiteral("SEN/26/01/LUX"));
        backwards.end = backwards.start.addDays(-1);
        QTest::newRow("end before start") << backwards << QStringLiteral("end");
        Project nowhere = project(QStringLiteral("SEN/26/01/LUX"));
        nowhere.countryCode = QStringLiteral("XX");
        QTest::newRow("unknown country") << nowhere << QStringLiteral("country");
        QTest::newRow("code taken, in another case")
            << project(QStringLiteral("sen/24/01/lux")) << QStringLiteral("code");
    }

    void shouldRefuseInvalidProjects()
    {
        // GIVEN a unit with project SEN/24/01/LUX, and a project breaking one rule
        QFETCH(Project, candidate);
        QFETCH(QString, field);
        UnitFixture unit;
        unit.addProject(QStringLiteral("SEN/24/01/LUX"));

        // WHEN it is added
        const auto added = unit.store().projects().addProject(candidate);

        // THEN it is refused, naming the field, and only the first project is stored
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QCOMPARE(REQUIRE_OK(unit.store().projects().projects()).size(), 1);
    }

    void shouldRefuseRemovingALinkedProject()
    {
        // GIVEN a project with a mission, a meeting and two deliverables linked to it
        UnitFixture unit;
        const Project linked = unit.addProject(QStringLiteral("SEN/24/01/LUX"));
        Mission mission = unit.addMission(unit.jpo.id, QDate(2026, 6, 1), QDate(2026, 6, 5));
        mission.projectId = linked.id;
        QVERIFY(unit.store().missions().update(mission));
        Meeting meeting
            = unit.addMeeting(QStringLiteral("NAC Senegal"), QDate(2026, 6, 3), QDate(2026, 6, 3));
        meeting.projectId = linked.id;
        QVERIFY(unit.store().meetings().update(meeting));
        for (const QString &title : { QStringLiteral("Brief"), QStringLiteral("Report") }) {
            Deliverable deliverable = unit.addDeliverable(unit.jpo.id, title, QDate(2026, 7, 1));
            deliverable.projectId = linked.id;
            QVERIFY(unit.store().deliverables().update(deliverable));
        }

        // WHEN it is removed
        const Status removed = unit.store().projects().removeProject(linked.id);

        // THEN it is refused, saying how many of each still point at it
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), Error::Code::Conflict);
        QCOMPARE(removed.error().message(),
            QStringLiteral("Project SEN/24/01/LUX is linked to 1 mission(s), 1 meeting(s) and 2 "
                           "deliverable(s); link them to another project or to none first."));
        QCOMPARE(REQUIRE_OK(unit.store().projects().findProject(linked.id)), linked);
    }

    void shouldRemoveAProjectOnceNothingLinksToIt()
    {
        // GIVEN a project whose only meeting was moved off it
        UnitFixture unit;
        const Project stored = unit.addProject(QStringLiteral("SEN/24/01/LUX"));
        Meeting meeting
            = unit.addMeeting(QStringLiteral("NAC Senegal"), QDate(2026, 6, 3), QDate(2026, 6, 3));
        meeting.projectId = stored.id;
        QVERIFY(unit.store().meetings().update(meeting));
        meeting.projectId = 0;
        QVERIFY(unit.store().meetings().update(meeting));

        // WHEN it is removed, then removed again
        const Status removed = unit.store().projects().removeProject(stored.id);
        const Status again = unit.store().projects().removeProject(stored.id);

        // THEN it is gone, and the second attempt says so
        QVERIFY(removed);
        QVERIFY(REQUIRE_OK(unit.store().projects().projects()).isEmpty());
        QCOMPARE(again.error().code(), Error::Code::NotFound);
    }

    void shouldStorePartnersByName()
    {
        // GIVEN a unit
        UnitFixture unit;
        auto &projects = unit.store().projects();

        // WHEN partners are added, one then renamed
        const Partner undp = REQUIRE_OK(projects.addPartner(partner(QStringLiteral("UNDP"))));
        Partner ica = REQUIRE_OK(projects.addPartner(partner(QStringLiteral("ICA"))));
        ica.name = QStringLiteral("International Cooperative Alliance");
        ica.kind = Partner::Kind::SseOrganization;
        ica.countryCode = QStringLiteral("BE");
        QVERIFY(projects.updatePartner(ica));

        // THEN they list by name with every field
        QCOMPARE(REQUIRE_OK(projects.partners()), QList<Partner>({ ica, undp }));
    }

    void shouldRefuseADuplicatePartnerAndRemoveOnlyKnownOnes()
    {
        // GIVEN a partner
        UnitFixture unit;
        auto &projects = unit.store().projects();
        const Partner undp = REQUIRE_OK(projects.addPartner(partner(QStringLiteral("UNDP"))));

        // WHEN it is added again under another case, removed, and removed again
        const auto duplicate = projects.addPartner(partner(QStringLiteral("undp")));
        const Status removed = projects.removePartner(undp.id);
        const Status again = projects.removePartner(undp.id);

        // THEN the duplicate is refused, the removal works once
        QCOMPARE(duplicate.error().code(), Error::Code::Conflict);
        QCOMPARE(duplicate.error().field(), QStringLiteral("name"));
        QVERIFY(removed);
        QCOMPARE(again.error().code(), Error::Code::NotFound);
        QVERIFY(REQUIRE_OK(projects.partners()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ProjectRepositoryTest)
#include "projectrepositorytest.moc"
