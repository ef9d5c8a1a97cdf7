#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <deliverabledialog.h>
#include <deliverablesmodel.h>
#include <deliverablespage.h>
#include <milestoneplandialog.h>
#include <session.h>

#include <milestoneplanner.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using Core::Deliverable;
using Core::LanguageVersion;
using Ui::DeliverablesModel;

class DeliverablesPageTest : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        explicit Page(UnitFixture &unit) : session(unit.store()), page(session)
        {
            session.setMessenger(std::unique_ptr<Ui::Messenger>(messenger = new MessengerStub));
            page.setToday(unit.today());
            page.show();
        }
        template<typename T> T *find(const QString &name) const
        {
            // Rebuilt rows leave their old widgets for deletion: let them go first.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            auto *child = page.findChild<T *>(name);
            if (!child)
                qFatal("no %s", qPrintable(name));
            return child;
        }
        QTableView *table() const { return find<QTableView>(QStringLiteral("deliverablesTable")); }
        QString cell(int row, int column) const
        {
            return table()->model()->index(row, column).data().toString();
        }
        void click(const QString &button) const
        {
            QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
        }
        // Picks the last status, Delivered, from a version's combo with the keyboard.
        void deliverVersion(const QString &language) const
        {
            QTest::keyClick(
                find<QComboBox>(QStringLiteral("versionStatusCombo_") + language), Qt::Key_End);
        }

        Ui::Session session;
        Ui::DeliverablesPage page;
        MessengerStub *messenger = nullptr;
    };

    static void addLanguage(Ui::DeliverableDialog *dialog, const QString &language)
    {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("newLanguageCombo"));
        combo->setCurrentIndex(combo->findText(language));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("addVersionButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void shouldCreateADeliverableWithTranslationsAndDeliverIt()
    {
        // GIVEN the deliverables page of a unit without deliverables
        UnitFixture unit;
        Page page(unit);

        // WHEN the user creates a report with English, French and Spanish versions
        page.click(QStringLiteral("newDeliverableButton"));
        QPointer<Ui::DeliverableDialog> dialog = page.page.findChild<Ui::DeliverableDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
            QStringLiteral("GAC report on SSE statistics"));
        for (const QString &language :
            { QStringLiteral("EN"), QStringLiteral("FR"), QStringLiteral("ES") })
            addLanguage(dialog, language);
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->errorText()));

        // THEN it is listed and selected with its three versions to do
        QCOMPARE(page.table()->model()->rowCount(), 1);
        QCOMPARE(
            page.cell(0, DeliverablesModel::LanguagesColumn), QStringLiteral("EN … FR … ES …"));
        QCOMPARE(page.find<QTableWidget>(QStringLiteral("versionStatusTable"))->rowCount(), 3);

        // AND WHEN it is drafted, its draft cleared in review, and each version delivered
        page.click(QStringLiteral("draftingButton"));
        const Core::Id id = REQUIRE_OK(unit.store().deliverables().all()).first().id;
        unit.reviewDraft(
            unit.submitDraft(id, unit.today()), Core::ReviewRound::Outcome::Cleared, unit.today());
        page.deliverVersion(QStringLiteral("EN"));
        page.deliverVersion(QStringLiteral("FR"));
        QCOMPARE(page.cell(0, DeliverablesModel::StatusColumn), QStringLiteral("Cleared"));
        page.deliverVersion(QStringLiteral("ES"));

        // THEN the last required version delivers the report
        QVERIFY2(page.messenger->errors.isEmpty(),
            qPrintable(page.messenger->errors.join(QLatin1Char('\n'))));
        QCOMPARE(
            page.cell(0, DeliverablesModel::LanguagesColumn), QStringLiteral("EN ✓ FR ✓ ES ✓"));
        QCOMPARE(page.cell(0, DeliverablesModel::StatusColumn), QStringLiteral("Delivered"));
        const auto stored = REQUIRE_OK(unit.store().deliverables().all());
        QCOMPARE(stored.first().status, Deliverable::Status::Delivered);
    }

    void shouldPlanTheDatesBackwardsFromAnEvent()
    {
        // GIVEN a new deliverable's dialog with an English and a French version
        UnitFixture unit;
        Page page(unit);
        Ui::DeliverableDialog *dialog = page.page.newDeliverable();
        addLanguage(dialog, QStringLiteral("EN"));
        addLanguage(dialog, QStringLiteral("FR"));

        // WHEN the user plans backwards from the ICLS session, with translations, and applies
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("planBackwardsButton")),
            Qt::LeftButton);
        auto *planner = dialog->findChild<Ui::MilestonePlanDialog *>();
        QVERIFY(planner && planner->isVisible());
        QVERIFY(planner->findChild<QCheckBox *>(QStringLiteral("translationsCheck"))->isChecked());
        const QDate event(2026, 10, 12);
        planner->findChild<QDateEdit *>(QStringLiteral("eventDateEdit"))->setDate(event);
        QTest::mouseClick(
            planner->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);

        // THEN the deliverable and its French version are due at delivery, and the English
        // original when it goes to translation
        QDate delivery;
        QDate translation;
        for (const auto &milestone : Core::MilestonePlanner::plan(event, true)) {
            if (milestone.key == QLatin1String("delivery"))
                delivery = milestone.date;
            if (milestone.key == QLatin1String("translation"))
                translation = milestone.date;
        }
        QVERIFY(translation.isValid() && translation < delivery);
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("dueEdit"))->date(), delivery);
        auto *versions = dialog->findChild<QTableWidget *>(QStringLiteral("versionsTable"));
        const auto dueOf = [versions](int row) {
            return qobject_cast<QDateEdit *>(versions->cellWidget(row, 3))->date();
        };
        QCOMPARE(dueOf(1), delivery);
        QCOMPARE(dueOf(0), translation);
    }

    void shouldOfferOnlyTheMovesCoreAllows()
    {
        // GIVEN a planned deliverable
        UnitFixture unit;
        Records::addDeliverable(unit, QStringLiteral("Policy brief"), QDate(2026, 7, 1));
        Page page(unit);
        QVERIFY(!page.find<QPushButton>(QStringLiteral("draftingButton"))->isVisible());

        // WHEN it is selected
        page.table()->selectRow(0);

        // THEN drafting and cancelling are offered, nothing further along, and review only
        // through a round
        QVERIFY(page.find<QPushButton>(QStringLiteral("draftingButton"))->isVisible());
        QVERIFY(page.find<QPushButton>(QStringLiteral("cancelDeliverableButton"))->isVisible());
        QVERIFY(!page.find<QPushButton>(QStringLiteral("deliverButton"))->isVisible());
        QVERIFY(page.find<QPushButton>(QStringLiteral("submitForReviewButton"))->isEnabled());
        QVERIFY(!page.page.findChild<QPushButton *>(QStringLiteral("reviewButton")));
    }
};

QTEST_MAIN(DeliverablesPageTest)

#include "deliverablespagetest.moc"
