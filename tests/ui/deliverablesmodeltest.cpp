#include "recordbuilders.h"
#include "unitfixture.h"

#include <deliverablesmodel.h>
#include <roles.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Core::Deliverable;
using Core::LanguageVersion;
using Ui::DeliverablesModel;

class DeliverablesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowLanguageVersionsAtAGlance_data()
    {
        QTest::addColumn<QList<LanguageVersion>>("versions");
        QTest::addColumn<QString>("expected");
        const auto delivered = LanguageVersion::Status::Delivered;
        QTest::newRow("no versions") << QList<LanguageVersion>() << QString();
        QTest::newRow("English delivered, two translations under way")
            << QList<LanguageVersion> { Records::version(QStringLiteral("EN"), delivered),
                   Records::version(QStringLiteral("FR")), Records::version(QStringLiteral("ES")) }
            << QStringLiteral("EN ✓ FR … ES …");
        LanguageVersion optional = Records::version(QStringLiteral("PT"));
        optional.required = false;
        QTest::newRow("an optional version in brackets")
            << QList<LanguageVersion> { Records::version(QStringLiteral("EN")), optional }
            << QStringLiteral("EN … (PT …)");
    }

    void shouldShowLanguageVersionsAtAGlance()
    {
        QFETCH(QList<LanguageVersion>, versions);
        QFETCH(QString, expected);
        QCOMPARE(DeliverablesModel::languages(versions), expected);
    }

    void shouldListDeliverablesWithOwnerDueDateAndStatus()
    {
        // GIVEN a late brief and a report with translations, for a project in Senegal
        UnitFixture unit;
        const auto project
            = Records::addProject(unit, QStringLiteral("SEN/24/01/LUX"), QStringLiteral("SN"));
        const auto late
            = Records::addDeliverable(unit, QStringLiteral("Policy brief"), QDate(2026, 6, 1));
        Deliverable report;
        report.title = QStringLiteral("National SSE report");
        report.type = Deliverable::Type::NationalReport;
        report.ownerId = unit.head.id;
        report.dueDate = QDate(2026, 10, 30);
        report.countryCode = QStringLiteral("SN");
        report.projectId = project.id;
        report.versions
            = { Records::version(QStringLiteral("EN")), Records::version(QStringLiteral("FR")) };
        report = REQUIRE_OK(unit.store().deliverables().add(report));

        // WHEN the model is built for the fixture's day
        DeliverablesModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(unit.today());

        // THEN each row shows its owner, due date, languages, country and project
        QCOMPARE(model.rowCount(), 2);
        const int row = model.indexOf(report.id).row();
        const auto text = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(DeliverablesModel::TypeColumn), QStringLiteral("National report"));
        QCOMPARE(text(DeliverablesModel::OwnerColumn), unit.head.name);
        QCOMPARE(text(DeliverablesModel::DueColumn), QStringLiteral("30 Oct 2026"));
        QCOMPARE(text(DeliverablesModel::StatusColumn), QStringLiteral("Planned"));
        QCOMPARE(text(DeliverablesModel::LanguagesColumn), QStringLiteral("EN … FR …"));
        QCOMPARE(text(DeliverablesModel::CountryColumn), QStringLiteral("Senegal"));
        QCOMPARE(text(DeliverablesModel::ProjectColumn), QStringLiteral("SEN/24/01/LUX"));
        QCOMPARE(
            model.index(row, DeliverablesModel::LanguagesColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("EN: Planned\nFR: Planned"));
        // AND the late one's due date is in the warning colour
        const QModelIndex lateDue
            = model.index(model.indexOf(late.id).row(), DeliverablesModel::DueColumn);
        QCOMPARE(lateDue.data(Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(lateDue.data(Ui::SortRole).toDate(), QDate(2026, 6, 1));
    }

    void shouldFollowAVersionDelivered()
    {
        // GIVEN a cleared report whose English version is delivered and French is not
        UnitFixture unit;
        const auto report
            = Records::addDeliverable(unit, QStringLiteral("GAC report"), QDate(2026, 9, 1),
                { Records::version(QStringLiteral("EN"), LanguageVersion::Status::Delivered),
                    Records::version(QStringLiteral("FR"), LanguageVersion::Status::Cleared) },
                Deliverable::Status::Cleared);
        DeliverablesModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // WHEN the French version is delivered
        const Core::Id french = report.versions.at(1).id;
        QVERIFY(unit.store()
                    .deliverables()
                    .setVersionStatus(french, LanguageVersion::Status::Delivered)
                    .isOk());

        // THEN the row shows both ticked and the report delivered
        QCOMPARE(model.index(0, DeliverablesModel::LanguagesColumn).data().toString(),
            QStringLiteral("EN ✓ FR ✓"));
        QCOMPARE(model.index(0, DeliverablesModel::StatusColumn).data().toString(),
            QStringLiteral("Delivered"));
    }
};

QTEST_MAIN(DeliverablesModelTest)

#include "deliverablesmodeltest.moc"
