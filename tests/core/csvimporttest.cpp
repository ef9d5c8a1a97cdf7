#include "import/csvimport.h"
#include "import/peoplecsv.h"
#include "import/workplancsv.h"
#include "storage/activityrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

const QByteArray peopleHeader
    = "name,email,position title,category,grade,duty station,languages,supervisor email\r\n";
const QByteArray planHeader = "kind,objective title,activity title,indicator,date,description\r\n";

// Everything an import could touch, to compare before and after.
struct Counts
{
    qsizetype people = 0;
    qsizetype objectives = 0;
    qsizetype activities = 0;
    qsizetype revisions = 0;

    bool operator==(const Counts &other) const
    {
        return people == other.people && objectives == other.objectives
            && activities == other.activities && revisions == other.revisions;
    }
};

Counts countsOf(UnitStore &store, Id planId = 0)
{
    Counts counts;
    counts.people = REQUIRE_OK(store.people().all()).size();
    if (planId != 0) {
        counts.objectives = REQUIRE_OK(store.objectives().forPlan(planId)).size();
        counts.activities = REQUIRE_OK(store.activities().forPlan(planId)).size();
        counts.revisions = REQUIRE_OK(store.workPlans().revisions(planId)).size();
    }
    return counts;
}

ImportReport importPeople(UnitStore &store, const QByteArray &rows, CsvImport::Mode mode)
{
    return CsvImport::applyPeople(store, PeopleCsv::parse(peopleHeader + rows), mode);
}

ImportReport importPlan(UnitStore &store, Id planId, const QByteArray &rows, CsvImport::Mode mode)
{
    return CsvImport::applyWorkPlan(store, planId, WorkPlanCsv::parse(planHeader + rows), mode);
}

QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &issue : report.issues)
        lines.append(issue.text());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class CsvImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAddPeopleWithSupervisorsFromTheFileOrTheUnit()
    {
        // GIVEN a file where Ana's supervisor is further down, and Bo's is the unit head
        UnitFixture unit;
        const QByteArray rows
            = "Ana Pérez,ana@unit.test,Intern,intern,,HQ Geneva,ES,bo@unit.test\r\n"
              "Bo Lindqvist,bo@unit.test,Technical officer,technical officer,P4,,"
              "EN,"
            + unit.head.email.toUtf8() + "\r\n";

        // WHEN it is imported
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::Write);

        // THEN both are in the unit, each under their supervisor
        QVERIFY2(report.isOk(), qPrintable(issuesText(report)));
        QVERIFY(report.written);
        QCOMPARE(report.rows, 2);
        auto &people = unit.store().people();
        const Person bo = REQUIRE_OK(people.findByEmail(QStringLiteral("bo@unit.test")));
        const Person ana = REQUIRE_OK(people.findByEmail(QStringLiteral("ana@unit.test")));
        QCOMPARE(bo.supervisorId, unit.head.id);
        QCOMPARE(bo.category, Person::Category::TechnicalOfficer);
        QCOMPARE(ana.supervisorId, bo.id);
        QCOMPARE(ana.languages, QStringList { QStringLiteral("ES") });
    }

    void shouldCheckEverythingAndWriteNothingInADryRun()
    {
        // GIVEN a valid file
        UnitFixture unit;
        const Counts before = countsOf(unit.store());
        const QByteArray rows = "Ana,ana@unit.test,,,,,,bo@unit.test\r\nBo,bo@unit.test,,,,,,\r\n";

        // WHEN it is dry-run
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::DryRun);

        // THEN it would pass, and the unit is as it was
        QVERIFY2(report.isOk(), qPrintable(issuesText(report)));
        QCOMPARE(report.rows, 2);
        QVERIFY(!report.written);
        QCOMPARE(countsOf(unit.store()), before);
        QVERIFY(!unit.store().people().findByEmail(QStringLiteral("ana@unit.test")));
    }

    void shouldReportWhatTheUnitRefusesRowByRowInADryRun()
    {
        // GIVEN rows that only the unit can refuse: an e-mail taken, a supervisor nobody is,
        // two people supervising each other
        UnitFixture unit;
        const Counts before = countsOf(unit.store());
        const QByteArray rows = "Kofi Again," + unit.jpo.email.toUpper().toUtf8()
            + ",,,,,,\r\n" // row 2
              "Ana,ana@unit.test,,,,,,nobody@unit.test\r\n" // row 3
              "Bo,bo@unit.test,,,,,,cy@unit.test\r\n" // row 4
              "Cy,cy@unit.test,,,,,,bo@unit.test\r\n"; // row 5

        // WHEN it is dry-run
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::DryRun);

        // THEN each refused row is named with its column and the unit's reason
        QCOMPARE(report.issues.size(), 3);
        QCOMPARE(report.issues.at(0).row, 2);
        QCOMPARE(report.issues.at(0).column, QStringLiteral("email"));
        QVERIFY(report.issues.at(0).message.contains(QStringLiteral("already uses")));
        QCOMPARE(report.issues.at(1),
            (ImportIssue { 3, QStringLiteral("supervisor email"),
                QStringLiteral("Nobody in the unit or in this file has the e-mail address "
                               "nobody@unit.test.") }));
        QCOMPARE(report.issues.at(2).row, 5);
        QCOMPARE(report.issues.at(2).column, QStringLiteral("supervisor email"));
        QVERIFY(!report.written);
        QCOMPARE(countsOf(unit.store()), before);
    }

    void shouldWriteNothingWhenOneRowIsRefused_data()
    {
        QTest::addColumn<QByteArray>("badRow");
        QTest::newRow("refused by the unit: e-mail taken")
            << QByteArray("Kofi Again,kofimensah@unit.test,,,,,,");
        QTest::newRow("refused by the file: no such category")
            << QByteArray("Di,di@unit.test,,chief,,,,");
        QTest::newRow("refused by the unit: unknown supervisor")
            << QByteArray("Di,di@unit.test,,,,,,x@y.test");
    }

    void shouldWriteNothingWhenOneRowIsRefused()
    {
        // GIVEN three good rows and, among them, one bad row
        QFETCH(QByteArray, badRow);
        UnitFixture unit;
        const Counts before = countsOf(unit.store());
        const QByteArray rows = "Ana,ana@unit.test,,,,,,\r\nBo,bo@unit.test,,,,,,ana@unit.test\r\n"
            + badRow + "\r\nCy,cy@unit.test,,,,,,\r\n";

        // WHEN the file is imported for real
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::Write);

        // THEN the bad row is reported, and not one of the good rows was written
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().row, 4);
        QVERIFY(!report.written);
        QCOMPARE(countsOf(unit.store()), before);
        for (const char *email : { "ana@unit.test", "bo@unit.test", "cy@unit.test" })
            QVERIFY(!unit.store().people().findByEmail(QString::fromLatin1(email)));
    }

    void shouldStoreFormulaLookingCellsAsText()
    {
        // GIVEN a person whose cells a spreadsheet would evaluate
        UnitFixture unit;
        const QByteArray rows
            = "\"=HYPERLINK(\"\"http://x.test\"\",\"\"Click\"\")\",formula@unit.test,"
              "+SUM(A1:A9),,-2+3,@cmd,,\r\n";

        // WHEN the file is imported
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::Write);

        // THEN the stored text is what the cells said, never a result
        QVERIFY2(report.written, qPrintable(issuesText(report)));
        const Person stored
            = REQUIRE_OK(unit.store().people().findByEmail(QStringLiteral("formula@unit.test")));
        QCOMPARE(stored.name, QStringLiteral("=HYPERLINK(\"http://x.test\",\"Click\")"));
        QCOMPARE(stored.positionTitle, QStringLiteral("+SUM(A1:A9)"));
        QCOMPARE(stored.grade, QStringLiteral("-2+3"));
        QCOMPARE(stored.dutyStation, QStringLiteral("@cmd"));
    }

    void shouldStoreAccentsAndRightToLeftNames()
    {
        // GIVEN names in Arabic and with accents
        UnitFixture unit;
        const QByteArray rows
            = QStringLiteral("مريم الحسيني,mariam@unit.test,,,,الرباط,AR FR,\r\n"
                             "Nguyễn Thị Lan,lan@unit.test,,,,Hà Nội,VI,mariam@unit.test\r\n")
                  .toUtf8();

        // WHEN they are imported
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::Write);

        // THEN they read back letter for letter
        QVERIFY2(report.written, qPrintable(issuesText(report)));
        const Person mariam
            = REQUIRE_OK(unit.store().people().findByEmail(QStringLiteral("mariam@unit.test")));
        const Person lan
            = REQUIRE_OK(unit.store().people().findByEmail(QStringLiteral("lan@unit.test")));
        QCOMPARE(mariam.name, QStringLiteral("مريم الحسيني"));
        QCOMPARE(mariam.dutyStation, QStringLiteral("الرباط"));
        QCOMPARE(lan.name, QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(lan.supervisorId, mariam.id);
    }

    void shouldAddObjectivesAndActivitiesToThePersonsCurrentPlan()
    {
        // GIVEN the JPO's plan with one objective, and a file adding to it
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective existing = unit.addObjective(plan.id, QStringLiteral("Country briefs"));
        const QByteArray rows = "objective,Publish the guidelines,,Adopted,2026-10-31,Long work\r\n"
                                "activity,,Draft chapter 1,,2026-03-31,\r\n"
                                "learning,Project cycle management,,Certificate,2026-06-30,\r\n"
                                "activity,,Online course,,2026-06-15,\r\n"
                                "activity,country BRIEFS,Brief for Senegal,,2026-04-30,\r\n";

        // WHEN the plan is found from the JPO's e-mail and the file imported into it
        const WorkPlan target = REQUIRE_OK(CsvImport::currentPlanOf(unit.store(), unit.jpo.email));
        const ImportReport report
            = importPlan(unit.store(), target.id, rows, CsvImport::Mode::Write);

        // THEN every row is in the plan, each activity under its objective
        QVERIFY2(report.written, qPrintable(issuesText(report)));
        QCOMPARE(report.rows, 5);
        QCOMPARE(target.id, plan.id);
        const auto objectives = REQUIRE_OK(unit.store().objectives().forPlan(plan.id));
        QCOMPARE(objectives.size(), 3);
        const auto briefs = REQUIRE_OK(unit.store().activities().forObjective(existing.id));
        QCOMPARE(briefs.size(), 1);
        QCOMPARE(briefs.first().title, QStringLiteral("Brief for Senegal"));
        const auto all = REQUIRE_OK(unit.store().activities().forPlan(plan.id));
        QCOMPARE(all.size(), 3);
    }

    void shouldRefuseDatesOutsideThePlanAndWriteNothing()
    {
        // GIVEN a plan over 2026, and a file with a target in 2027 and a due date in 2025
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Counts before = countsOf(unit.store(), plan.id);
        const QByteArray rows = "objective,Late,,,2027-01-15,\r\n"
                                "objective,Fine,,,2026-05-01,\r\n"
                                "activity,,Early,,2025-12-01,\r\n"
                                "activity,Nowhere,Lost,,2026-02-01,\r\n";

        // WHEN the file is imported
        const ImportReport report = importPlan(unit.store(), plan.id, rows, CsvImport::Mode::Write);

        // THEN the rows out of the period and the unknown objective are named, nothing written
        QCOMPARE(report.issues.size(), 3);
        QCOMPARE(report.issues.at(0).row, 2);
        QCOMPARE(report.issues.at(0).column, QStringLiteral("date"));
        QCOMPARE(report.issues.at(1).row, 4);
        QCOMPARE(report.issues.at(1).column, QStringLiteral("date"));
        QVERIFY(report.issues.at(1).message.contains(QStringLiteral("outside the plan's period")));
        QCOMPARE(report.issues.at(2).row, 5);
        QCOMPARE(report.issues.at(2).column, QStringLiteral("objective title"));
        QVERIFY(!report.written);
        QCOMPARE(countsOf(unit.store(), plan.id), before);
    }

    void shouldRefuseAClosedPlanOrAPersonWithoutOne()
    {
        // GIVEN a closed plan, and a person with no plan at all
        UnitFixture unit;
        const WorkPlan draft = unit.addPlan(unit.jpo.id);
        unit.addObjective(draft.id, QStringLiteral("Country briefs"));
        const WorkPlan plan = unit.agree(draft);
        QVERIFY(unit.store().workPlans().close(plan.id));

        // WHEN a file is imported into the closed plan, and a plan is sought for the head
        const ImportReport report = importPlan(
            unit.store(), plan.id, "objective,A,,,2026-05-01,\r\n", CsvImport::Mode::DryRun);
        const auto none = CsvImport::currentPlanOf(unit.store(), unit.head.email);

        // THEN the file is refused as a whole, and the head's plan is not found
        QCOMPARE(report.issues.size(), 1);
        QCOMPARE(report.issues.first().row, 0);
        QVERIFY(report.issues.first().message.contains(QStringLiteral("is closed")));
        QVERIFY(!none);
        QCOMPARE(none.error().code(), Error::Code::NotFound);
    }

    void shouldOpenOneNewRevisionWhenImportingIntoAnAgreedPlan()
    {
        // GIVEN an agreed plan
        UnitFixture unit;
        const WorkPlan draft = unit.addPlan(unit.jpo.id);
        unit.addObjective(draft.id, QStringLiteral("Country briefs"));
        const WorkPlan plan = unit.agree(draft);

        // WHEN a file of several rows is imported into it
        const ImportReport report = importPlan(unit.store(), plan.id,
            "objective,A,,,2026-05-01,\r\nactivity,,B,,2026-04-01,\r\nobjective,C,,,,\r\n",
            CsvImport::Mode::Write);

        // THEN the agreed revision is kept once, and the plan is a draft of the next revision
        QVERIFY2(report.written, qPrintable(issuesText(report)));
        const WorkPlan after = REQUIRE_OK(unit.store().workPlans().find(plan.id));
        QCOMPARE(after.revision, plan.revision + 1);
        QCOMPARE(after.status, WorkPlan::Status::Draft);
        QCOMPARE(REQUIRE_OK(unit.store().workPlans().revisions(plan.id)).size(), 1);
    }

    void shouldTellListenersOnceAfterACommitAndNeverAfterADryRun()
    {
        // GIVEN listeners on the store and on the people
        UnitFixture unit;
        QSignalSpy storeChanged(&unit.store(), &UnitStore::changed);
        QSignalSpy peopleChanged(&unit.store().people(), &PeopleRepository::changed);
        const QByteArray rows = "Ana,ana@unit.test,,,,,,\r\nBo,bo@unit.test,,,,,,ana@unit.test\r\n";

        // WHEN the file is dry-run, then imported
        importPeople(unit.store(), rows, CsvImport::Mode::DryRun);
        const int afterDryRun = int(storeChanged.count() + peopleChanged.count());
        const ImportReport report = importPeople(unit.store(), rows, CsvImport::Mode::Write);

        // THEN the dry run said nothing, and the import said it once, after the commit
        QVERIFY(report.written);
        QCOMPARE(afterDryRun, 0);
        QCOMPARE(storeChanged.count(), 1);
        QCOMPARE(peopleChanged.count(), 1);
    }
};

QTEST_GUILESS_MAIN(CsvImportTest)
#include "csvimporttest.moc"
