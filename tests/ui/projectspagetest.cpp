#include "messengerstub.h"
#include "recordbuilders.h"
#include "unitfixture.h"

#include <partnerdialog.h>
#include <projectdialog.h>
#include <projectspage.h>
#include <session.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class ProjectsPageTest : public QObject
{
    Q_OBJECT

private:
    static void save(QWidget *dialog)
    {
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void shouldCreateAProjectAndAPartner()
    {
        // GIVEN the projects page of a unit without projects
        UnitFixture unit;
        Ui::Session session(unit.store());
        session.setMessenger(std::make_unique<MessengerStub>());
        Ui::ProjectsPage page(session);
        page.show();

        // WHEN the user adds a project, then switches to the partners tab and adds a partner
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("newProjectButton")), Qt::LeftButton);
        QPointer<Ui::ProjectDialog> project = page.findChild<Ui::ProjectDialog *>();
        QVERIFY(project);
        QTest::keyClicks(project->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
            QStringLiteral("SEN/24/01/LUX"));
        QTest::keyClicks(project->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
            QStringLiteral("SSE statistics in Senegal"));
        auto *country = project->findChild<QComboBox *>(QStringLiteral("countryCombo"));
        country->setCurrentIndex(country->findData(QStringLiteral("SN")));
        save(project);
        QVERIFY2(!project->isVisible(), qPrintable(project->errorText()));
        page.findChild<QTabWidget *>(QStringLiteral("projectsTabs"))->setCurrentIndex(1);
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("newPartnerButton")), Qt::LeftButton);
        QPointer<Ui::PartnerDialog> partner = page.findChild<Ui::PartnerDialog *>();
        QVERIFY(partner);
        QTest::keyClicks(partner->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
            QStringLiteral("International Co-operative Alliance"));
        save(partner);
        QVERIFY2(!partner->isVisible(), qPrintable(partner->errorText()));

        // THEN each table lists its record
        auto *projects = page.findChild<QTableView *>(QStringLiteral("projectsTable"));
        auto *partners = page.findChild<QTableView *>(QStringLiteral("partnersTable"));
        QCOMPARE(projects->model()->rowCount(), 1);
        QCOMPARE(projects->model()->index(0, 2).data().toString(), QStringLiteral("Senegal"));
        QCOMPARE(partners->model()->rowCount(), 1);
        QCOMPARE(partners->model()->index(0, 0).data().toString(),
            QStringLiteral("International Co-operative Alliance"));
    }

    void shouldFilterBothTablesFromOneBox()
    {
        // GIVEN two projects
        UnitFixture unit;
        Records::addProject(unit, QStringLiteral("SEN/24/01/LUX"), QStringLiteral("SN"));
        Records::addProject(unit, QStringLiteral("PHL/26/01/KOR"), QStringLiteral("PH"));
        Ui::Session session(unit.store());
        Ui::ProjectsPage page(session);
        page.show();

        // WHEN the user types a country into the filter
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("projectsFilter")),
            QStringLiteral("philip"));

        // THEN only that country's project is left
        auto *projects = page.findChild<QTableView *>(QStringLiteral("projectsTable"));
        QCOMPARE(projects->model()->rowCount(), 1);
        QCOMPARE(projects->model()->index(0, 0).data().toString(), QStringLiteral("PHL/26/01/KOR"));
    }
};

QTEST_MAIN(ProjectsPageTest)

#include "projectspagetest.moc"
