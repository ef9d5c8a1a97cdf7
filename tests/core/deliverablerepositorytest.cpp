#include "storage/deliverablerepository.h"
#include "unitfixture.h"

#include <QTest>

using namespace Core;

namespace {

Deliverable reportWithTranslations(Id ownerId)
{
    Deliverable report;
    report.title = QStringLiteral("Rapport national sur l'ESS au Sénégal");
    report.type = Deliverable::Type::NationalReport;
    report.ownerId = ownerId;
    report.dueDate = QDate(2026, 9, 30);
    report.countryCode = QStringLiteral("SN");
    for (const char *language : { "EN", "FR", "ES" }) {
        LanguageVersion version;
        version.language = QString::fromLatin1(language);
        version.dueDate = QDate(2026, 9, 30);
        report.versions.append(version);
    }
    return report;
}

} // namespace

class DeliverableRepositoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreADeliverableWithLinksAndVersions()
    {
        // GIVEN a report owned by the JPO, with the head contributing, serving an objective
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        const Objective objective = unit.addObjective(plan.id, QStringLiteral("National report"));
        Deliverable report = reportWithTranslations(unit.jpo.id);
        report.contributorIds = { unit.head.id };
        report.objectiveIds = { objective.id };

        // WHEN it is added and read back
        const Deliverable added = REQUIRE_OK(unit.store().deliverables().add(report));

        // THEN everything survived, versions in the order given; it is found from each side
        QCOMPARE(added.versions.size(), 3);
        QCOMPARE(added.versions.first().language, QStringLiteral("EN"));
        report.id = added.id;
        for (int i = 0; i < 3; ++i)
            report.versions[i].id = added.versions.at(i).id;
        QCOMPARE(added, report);
        QCOMPARE(REQUIRE_OK(unit.store().deliverables().forPerson(unit.head.id)).size(), 1);
        QCOMPARE(REQUIRE_OK(unit.store().deliverables().forObjective(objective.id)).size(), 1);
    }

    void shouldRefuseBadDeliverables_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << QString() << QStringLiteral("FR") << QStringLiteral("title");
        QTest::newRow("bad language")
            << QStringLiteral("Brief") << QStringLiteral("French") << QStringLiteral("versions");
        QTest::newRow("language twice")
            << QStringLiteral("Brief") << QStringLiteral("EN") << QStringLiteral("versions");
    }

    void shouldRefuseBadDeliverables()
    {
        QFETCH(QString, title);
        QFETCH(QString, language);
        QFETCH(QString, field);
        UnitFixture unit;
        Deliverable deliverable = reportWithTranslations(unit.jpo.id);
        deliverable.title = title;
        deliverable.versions[1].language = language;
        auto added = unit.store().deliverables().add(deliverable);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), field);
        QVERIFY(REQUIRE_OK(unit.store().deliverables().all()).isEmpty());
    }

    void shouldMoveThroughTheReviewWorkflow()
    {
        // GIVEN a planned brief with no translations
        UnitFixture unit;
        auto &deliverables = unit.store().deliverables();
        Deliverable brief = reportWithTranslations(unit.jpo.id);
        brief.versions.clear();
        const Id id = REQUIRE_OK(deliverables.add(brief)).id;

        // WHEN it jumps to cleared, then is drafted, submitted, revised, resubmitted, cleared
        // by review rounds and delivered
        const Status jumped = deliverables.setStatus(id, Deliverable::Status::Cleared);
        QVERIFY(deliverables.setStatus(id, Deliverable::Status::Drafting));
        unit.reviewDraft(unit.submitDraft(id, QDate(2026, 5, 4)), ReviewRound::Outcome::Revise,
            QDate(2026, 5, 8));
        unit.reviewDraft(unit.submitDraft(id, QDate(2026, 5, 20)), ReviewRound::Outcome::Cleared,
            QDate(2026, 5, 22));
        QVERIFY(deliverables.setStatus(id, Deliverable::Status::Delivered));

        // THEN the jump was refused and it ends delivered, kept on record
        QVERIFY(!jumped);
        QCOMPARE(REQUIRE_OK(deliverables.find(id)).status, Deliverable::Status::Delivered);
        QVERIFY(!deliverables.remove(id));
    }

    void shouldLeaveReviewStagesToReviewRounds()
    {
        // GIVEN a brief being drafted, and another submitted for review
        UnitFixture unit;
        auto &deliverables = unit.store().deliverables();
        const QDate due(2026, 9, 1);
        const Id drafting = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"), due,
                                    Deliverable::Status::Drafting)
                                .id;
        const Id submitted = unit.addDeliverable(unit.jpo.id, QStringLiteral("Paper"), due,
                                     Deliverable::Status::Drafting)
                                 .id;
        unit.submitDraft(submitted, QDate(2026, 6, 1));

        // WHEN someone moves them by hand into review, out of review, or adds one in review
        const Status intoReview = deliverables.setStatus(drafting, Deliverable::Status::InReview);
        const Status outOfReview = deliverables.setStatus(submitted, Deliverable::Status::Cleared);
        const Status cancelled = deliverables.setStatus(submitted, Deliverable::Status::Cancelled);
        Deliverable inReview = REQUIRE_OK(deliverables.find(drafting));
        inReview.id = 0;
        inReview.status = Deliverable::Status::InReview;
        const auto added = deliverables.add(inReview);

        // THEN each is refused with the way to do it, and nothing changed
        QVERIFY(!intoReview);
        QVERIFY2(intoReview.error().message().contains(QStringLiteral("submit the draft")),
            qPrintable(intoReview.error().message()));
        QVERIFY(!outOfReview);
        QVERIFY(outOfReview.error().message().contains(QStringLiteral("record the review")));
        QVERIFY(!cancelled);
        QVERIFY(!added);
        QCOMPARE(added.error().field(), QStringLiteral("status"));
        QCOMPARE(REQUIRE_OK(deliverables.find(drafting)).status, Deliverable::Status::Drafting);
        QCOMPARE(REQUIRE_OK(deliverables.find(submitted)).status, Deliverable::Status::InReview);
        QCOMPARE(REQUIRE_OK(deliverables.all()).size(), 2);
    }

    void shouldBeDeliveredWhenTheRequiredVersionsAre()
    {
        // GIVEN a cleared report in EN, FR (required) and ES (not required)
        UnitFixture unit;
        auto &deliverables = unit.store().deliverables();
        Deliverable report = reportWithTranslations(unit.jpo.id);
        report.versions[2].required = false;
        Deliverable added = REQUIRE_OK(deliverables.add(report));

        // WHEN it is declared delivered before its versions are
        const Status early = deliverables.setStatus(added.id, Deliverable::Status::Drafting);
        QVERIFY(early);
        added = REQUIRE_OK(deliverables.find(added.id));
        added.status = Deliverable::Status::Delivered;
        const Status refused = deliverables.update(added);

        // AND WHEN EN and then FR are delivered
        QVERIFY(deliverables.setVersionStatus(
            added.versions.at(0).id, LanguageVersion::Status::Delivered));
        const Deliverable halfway = REQUIRE_OK(deliverables.find(added.id));
        QVERIFY(deliverables.setVersionStatus(
            added.versions.at(1).id, LanguageVersion::Status::Delivered));

        // THEN delivering by hand was refused, and the last required version delivered it
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("status"));
        QCOMPARE(halfway.status, Deliverable::Status::Drafting);
        QCOMPARE(REQUIRE_OK(deliverables.find(added.id)).status, Deliverable::Status::Delivered);
    }

    void shouldListWhatIsDueAndWhatWaitsForReview()
    {
        // GIVEN a brief due in 20 days, one due in 40, and a paper in review
        UnitFixture unit;
        auto &deliverables = unit.store().deliverables();
        Deliverable soon = reportWithTranslations(unit.jpo.id);
        soon.versions.clear();
        soon.title = QStringLiteral("Policy brief");
        soon.dueDate = unit.today().addDays(20);
        REQUIRE_OK(deliverables.add(soon));
        Deliverable later = soon;
        later.title = QStringLiteral("Later brief");
        later.dueDate = unit.today().addDays(40);
        REQUIRE_OK(deliverables.add(later));
        Deliverable paper = soon;
        paper.title = QStringLiteral("ICLS paper");
        paper.type = Deliverable::Type::IclsPaper;
        const Id paperId = REQUIRE_OK(deliverables.add(paper)).id;
        QVERIFY(deliverables.setStatus(paperId, Deliverable::Status::Drafting));
        unit.submitDraft(paperId, unit.today());

        // WHEN the lists are read
        const auto due = REQUIRE_OK(deliverables.dueWithin(unit.today(), 30));
        const auto waiting = REQUIRE_OK(deliverables.waitingForReview());
        const auto counts = REQUIRE_OK(deliverables.countByStatus());

        // THEN
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.first().ownerName, unit.jpo.name);
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().title, QStringLiteral("ICLS paper"));
        QCOMPARE(waiting.first().statusSince, unit.today());
        QCOMPARE(counts.value(Deliverable::Status::Planned), 2);
        QCOMPARE(counts.value(Deliverable::Status::InReview), 1);
    }

    void shouldKeepVersionIdsAcrossEdits()
    {
        // GIVEN a report in three languages
        UnitFixture unit;
        auto &deliverables = unit.store().deliverables();
        Deliverable report = REQUIRE_OK(deliverables.add(reportWithTranslations(unit.jpo.id)));
        const Id frenchId = report.versions.at(1).id;

        // WHEN Spanish is dropped and the French due date moves
        report.versions.removeLast();
        report.versions[1].dueDate = QDate(2026, 10, 15);
        QVERIFY(deliverables.update(report));

        // THEN French kept its id
        const Deliverable now = REQUIRE_OK(deliverables.find(report.id));
        QCOMPARE(now.versions.size(), 2);
        QCOMPARE(now.versions.at(1).id, frenchId);
        QCOMPARE(now.versions.at(1).dueDate, QDate(2026, 10, 15));
    }
};

QTEST_GUILESS_MAIN(DeliverableRepositoryTest)
#include "deliverablerepositorytest.moc"
