#include "storage/appraisalrepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

// The rating scale and the competencies change between cycles through AppraisalRepository,
// which keeps them in AppraisalScaleList; a rating already given never changes with them.
class AppraisalScaleListTest : public QObject
{
    Q_OBJECT

private:
    // A cycle of the JPO's rated by the head: the objective "Fully meets expectations", every
    // competency "Fully meets expectations" too; the other three levels unused.
    static Appraisal rateOneCycle(UnitFixture &unit)
    {
        auto &appraisals = unit.store().appraisals();
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective paper = unit.addObjective(plan.id, QStringLiteral("ICLS paper"));
        Appraisal appraisal;
        appraisal.personId = unit.jpo.id;
        appraisal.supervisorId = unit.head.id;
        appraisal.periodStart = QDate(2026, 1, 1);
        appraisal.periodEnd = QDate(2026, 12, 31);
        appraisal.objectivesSetOn = QDate(2026, 1, 15);
        appraisal.objectiveIds = { paper.id };
        appraisal = REQUIRE_OK(appraisals.open(appraisal, unit.head.id));
        const Status midTerm = appraisals.recordMidTerm(
            appraisal.id, unit.head.id, QDate(2026, 6, 30), QStringLiteral("On track"));
        const Status end = appraisals.startEndOfCycle(appraisal.id, unit.head.id);
        if (!midTerm || !end)
            qFatal("could not reach the end of the cycle");
        const Id fully = REQUIRE_OK(appraisals.ratingScale()).at(1).id;
        QList<AppraisalRating> ratings { { AppraisalRating::Subject::Objective, paper.id, fully,
            {} } };
        for (const auto &competency : REQUIRE_OK(appraisals.competencies()))
            ratings.append({ AppraisalRating::Subject::Competency, competency.id, fully, {} });
        if (!appraisals.setSupervisorPart(appraisal.id, unit.head.id, ratings, {}))
            qFatal("could not rate the cycle");
        return REQUIRE_OK(appraisals.find(appraisal.id));
    }

    static QStringList titles(const QList<AppraisalScaleItem> &items)
    {
        QStringList result;
        for (const AppraisalScaleItem &item : items)
            result.append(item.title);
        return result;
    }

private Q_SLOTS:
    void shouldRenameReorderAddAndRemoveUnusedLevels()
    {
        // GIVEN the four default levels, none used
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        const auto levels = REQUIRE_OK(appraisals.ratingScale());

        // WHEN the unit keeps the first two renamed, drops the others and adds one
        const Status status
            = appraisals.setRatingScale({ { levels.at(0).id, QStringLiteral("Outstanding") },
                { levels.at(1).id, QStringLiteral("  Good  ") }, { 0, QStringLiteral("Weak") } });

        // THEN the scale is the new one, in order, and the kept levels kept their ids
        QVERIFY2(status, qPrintable(status.error().message()));
        const auto now = REQUIRE_OK(appraisals.ratingScale());
        QCOMPARE(titles(now),
            QStringList(
                { QStringLiteral("Outstanding"), QStringLiteral("Good"), QStringLiteral("Weak") }));
        QCOMPARE(now.at(0).id, levels.at(0).id);
        QCOMPARE(now.at(1).id, levels.at(1).id);
    }

    void shouldRefuseAListThatBreaksTheNamingRules_data()
    {
        QTest::addColumn<bool>("scale");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("message");
        QTest::newRow("a scale of one level")
            << true << QStringList { QStringLiteral("Good") }
            << QStringLiteral("A rating scale needs at least two levels.");
        QTest::newRow("no competency")
            << false << QStringList {} << QStringLiteral("List at least one competency.");
        QTest::newRow("a level without a name")
            << true << QStringList { QStringLiteral("Good"), QStringLiteral("  ") }
            << QStringLiteral("Level 2 of the rating scale has no name.");
        QTest::newRow("the same competency twice, whatever the case")
            << false << QStringList { QStringLiteral("Teamwork"), QStringLiteral("teamwork ") }
            << QStringLiteral("\"teamwork\" is listed twice; each name must be different.");
    }

    void shouldRefuseAListThatBreaksTheNamingRules()
    {
        // GIVEN the default lists
        QFETCH(bool, scale);
        QFETCH(QStringList, names);
        QFETCH(QString, message);
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        const QStringList before
            = titles(REQUIRE_OK(scale ? appraisals.ratingScale() : appraisals.competencies()));
        QList<AppraisalScaleItem> items;
        for (const QString &name : names)
            items.append({ 0, name });

        // WHEN the bad list is saved
        const Status status
            = scale ? appraisals.setRatingScale(items) : appraisals.setCompetencies(items);

        // THEN it is refused at its field with the rule, and nothing changed
        QVERIFY(!status);
        QCOMPARE(status.error().message(), message);
        QCOMPARE(status.error().field(),
            scale ? QStringLiteral("ratingScale") : QStringLiteral("competencies"));
        QCOMPARE(titles(REQUIRE_OK(scale ? appraisals.ratingScale() : appraisals.competencies())),
            before);
    }

    void shouldRefuseToRemoveALevelInUseNamingIt()
    {
        // GIVEN a cycle rated "Fully meets expectations"
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        const Appraisal rated = rateOneCycle(unit);
        const auto levels = REQUIRE_OK(appraisals.ratingScale());

        // WHEN the scale is saved without that level
        const Status status = appraisals.setRatingScale({ levels.at(0), levels.at(2) });

        // THEN the level is named, the scale and the ratings stay as they were
        QVERIFY(!status);
        QCOMPARE(status.error().message(),
            QStringLiteral("\"Fully meets expectations\" cannot be removed: ratings already "
                           "given use it (4)."));
        QCOMPARE(REQUIRE_OK(appraisals.ratingScale()).size(), 4);
        QCOMPARE(REQUIRE_OK(appraisals.find(rated.id)).ratings.size(), rated.ratings.size());
    }

    void shouldRefuseToRenameACompetencyInUse()
    {
        // GIVEN a cycle with every competency rated
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        rateOneCycle(unit);
        auto competencies = REQUIRE_OK(appraisals.competencies());

        // WHEN one of them is renamed
        competencies[0].title = QStringLiteral("Integrity");
        const Status status = appraisals.setCompetencies(competencies);

        // THEN the rating keeps the name it was given under
        QVERIFY(!status);
        QCOMPARE(status.error().message(),
            QStringLiteral("\"Integrity and transparency\" cannot be renamed: ratings already "
                           "given use it (1)."));
        QCOMPARE(REQUIRE_OK(appraisals.competencies()).at(0).title,
            QStringLiteral("Integrity and transparency"));
    }

    void shouldLetUnusedItemsChangeBesideTheOnesInUse()
    {
        // GIVEN a rated cycle: one level and the three competencies in use
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        rateOneCycle(unit);
        const auto levels = REQUIRE_OK(appraisals.ratingScale());
        auto competencies = REQUIRE_OK(appraisals.competencies());

        // WHEN unused levels are renamed and dropped, and a competency is added and moved first
        const Status scale = appraisals.setRatingScale(
            { { levels.at(0).id, QStringLiteral("Outstanding") }, levels.at(1) });
        competencies.prepend({ 0, QStringLiteral("Teamwork") });
        const Status added = appraisals.setCompetencies(competencies);

        // THEN both went through
        QVERIFY2(scale, qPrintable(scale.error().message()));
        QVERIFY2(added, qPrintable(added.error().message()));
        QCOMPARE(titles(REQUIRE_OK(appraisals.ratingScale())),
            QStringList(
                { QStringLiteral("Outstanding"), QStringLiteral("Fully meets expectations") }));
        QCOMPARE(REQUIRE_OK(appraisals.competencies()).first().title, QStringLiteral("Teamwork"));
    }

    void shouldKeepTheOrderOfLevelsInUse()
    {
        // GIVEN a cycle rated "Fully meets expectations" and another rated "Exceeds"
        UnitFixture unit;
        auto &appraisals = unit.store().appraisals();
        const Appraisal rated = rateOneCycle(unit);
        const auto levels = REQUIRE_OK(appraisals.ratingScale());
        QList<AppraisalRating> ratings = rated.ratings;
        ratings[0].levelId = levels.at(0).id;
        QVERIFY(appraisals.setSupervisorPart(rated.id, unit.head.id, ratings, {}));

        // WHEN "Fully meets expectations" is moved above "Exceeds expectations"
        const Status status
            = appraisals.setRatingScale({ levels.at(1), levels.at(0), levels.at(2), levels.at(3) });

        // THEN it is refused: the ratings would change rank
        QVERIFY(!status);
        QCOMPARE(status.error().message(),
            QStringLiteral("Ratings already given use these levels, which must keep their "
                           "order, best first: Exceeds expectations, Fully meets expectations."));
        QCOMPARE(REQUIRE_OK(appraisals.ratingScale()).first().id, levels.at(0).id);
    }
};

QTEST_GUILESS_MAIN(AppraisalScaleListTest)
#include "appraisalscalelisttest.moc"
