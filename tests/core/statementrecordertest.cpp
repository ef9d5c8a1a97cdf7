#include "storage/statementrecorder.h"
#include "storage/progressrepository.h"
#include "unitfixture.h"

#include <QTest>

#include <optional>

using namespace Core;

class StatementRecorderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecordTheStatementsCoreRunsWithTheirValues()
    {
        // GIVEN a plan with an objective
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        unit.addObjective(plan.id, QStringLiteral("ICLS paper"));

        // WHEN its progress log is read while a recorder listens
        StatementRecorder recorder;
        REQUIRE_OK(unit.store().progress().forPlan(plan.id));

        // THEN the one statement is recorded as prepared, with the plan bound
        QCOMPARE(recorder.statements().size(), 1);
        const StatementRecorder::Statement &statement = recorder.statements().first();
        QVERIFY(statement.sql.startsWith(QLatin1String("SELECT")));
        QVERIFY(statement.sql.contains(QLatin1String(":plan")));
        QCOMPARE(statement.bindings.size(), 1);
        QCOMPARE(statement.bindings.first().first, QStringLiteral(":plan"));
        QCOMPARE(statement.bindings.first().second.toLongLong(), plan.id);
    }

    void shouldStopRecordingWhenTheRecorderIsGone()
    {
        // GIVEN a recorder
        std::optional<StatementRecorder> recorder(std::in_place);
        QCOMPARE(StatementRecorder::active(), &*recorder);

        // WHEN it is gone
        recorder.reset();

        // THEN nothing records any more
        QCOMPARE(StatementRecorder::active(), nullptr);
    }

    void shouldLendTheStatementsToTheInnerRecorderWhileItLives()
    {
        // GIVEN a recorder inside another
        UnitFixture unit;
        const WorkPlan plan = unit.addPlan(unit.jpo.id);
        StatementRecorder outer;
        {
            StatementRecorder inner;

            // WHEN a read runs inside the inner one, and another after it is gone
            REQUIRE_OK(unit.store().progress().forPlan(plan.id));
            QCOMPARE(inner.statements().size(), 1);
        }
        REQUIRE_OK(unit.store().progress().planProgress(plan.id));

        // THEN the outer one has only what ran outside the inner one's life
        QVERIFY(!outer.statements().isEmpty());
        for (const auto &statement : outer.statements())
            QVERIFY(!statement.sql.contains(QLatin1String("FROM progress_entry JOIN")));
    }

    void shouldRecordEachRunOfAStatementBoundAgainWithItsValues()
    {
        // GIVEN a meeting with two participants, each checked by the same statement bound anew
        UnitFixture unit;

        // WHEN it is added while a recorder listens
        StatementRecorder recorder;
        unit.addMeeting(QStringLiteral("GAC"), QDate(2026, 6, 1), QDate(2026, 6, 2),
            { unit.head.id, unit.jpo.id });

        // THEN each run of the check is recorded with the one value it ran with
        QList<Id> checked;
        for (const auto &statement : recorder.statements()) {
            if (!statement.sql.startsWith(QLatin1String("SELECT EXISTS (SELECT 1 FROM person")))
                continue;
            QCOMPARE(statement.bindings.size(), 1);
            checked.append(statement.bindings.first().second.toLongLong());
        }
        QCOMPARE(checked, QList<Id>({ unit.head.id, unit.jpo.id }));
    }
};

QTEST_GUILESS_MAIN(StatementRecorderTest)
#include "statementrecordertest.moc"
