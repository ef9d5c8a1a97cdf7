#include "messengerstub.h"
#include "unitfixture.h"

#include <objectivedialog.h>
#include <session.h>

#include <storage/objectiverepository.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

class ObjectiveDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheErrorAtTheTitleAndStayOpenWhenTitleIsEmpty()
    {
        // GIVEN a new objective's dialog on a plan, shown
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        Ui::Session session(unit.store());
        Core::Objective objective;
        objective.planId = plan.id;
        Ui::ObjectiveDialog dialog(session, objective);
        dialog.show();
        auto *indicator = dialog.findChild<QLineEdit *>(QStringLiteral("indicatorEdit"));
        QTest::keyClicks(indicator, QStringLiteral("Paper accepted by the ICLS secretariat"));

        // WHEN the user saves without a title
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the error is shown, the title field is marked and focused, nothing is stored
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("An objective needs a title."));
        QCOMPARE(dialog.invalidField(), title);
        QCOMPARE(title->property("invalid").toBool(), true);
        QCOMPARE(dialog.focusWidget(), title);
        QCOMPARE(indicator->text(), QStringLiteral("Paper accepted by the ICLS secretariat"));
        QCOMPARE(REQUIRE_OK(unit.store().objectives().forPlan(plan.id)).size(), 0);
        QCOMPARE(session.undoStack().count(), 0);
    }

    void shouldSaveKindStrategyAndThemes()
    {
        // GIVEN a new learning element's dialog
        UnitFixture unit;
        const auto plan = unit.addPlan(unit.jpo.id);
        Ui::Session session(unit.store());
        Core::Objective objective;
        objective.planId = plan.id;
        objective.kind = Core::Objective::Kind::Learning;
        Ui::ObjectiveDialog dialog(session, objective);
        dialog.show();
        auto *strategy = dialog.findChild<QComboBox *>(QStringLiteral("strategyCombo"));
        auto *themes = dialog.findChild<QListWidget *>(QStringLiteral("themeList"));
        QVERIFY(strategy->count() > 1);
        QVERIFY(themes->count() > 1);

        // WHEN the user fills it in, picks a strategy objective and a theme, and saves
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit")),
            QStringLiteral("Project cycle management"));
        strategy->setCurrentIndex(1);
        themes->item(1)->setCheckState(Qt::Checked);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);

        // THEN the dialog closes and the store holds the learning element as entered
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = REQUIRE_OK(unit.store().objectives().forPlan(plan.id));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().title, QStringLiteral("Project cycle management"));
        QCOMPARE(stored.first().kind, Core::Objective::Kind::Learning);
        QCOMPARE(stored.first().strategyObjectiveId, strategy->itemData(1).value<Core::Id>());
        QCOMPARE(stored.first().thematicAreaIds,
            QList<Core::Id> { themes->item(1)->data(Qt::UserRole).value<Core::Id>() });
        QCOMPARE(session.undoStack().count(), 1);
    }
};

QTEST_MAIN(ObjectiveDialogTest)

#include "objectivedialogtest.moc"
