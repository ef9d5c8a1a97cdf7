#include "unitfixture.h"

#include <partnersmodel.h>
#include <roles.h>

#include <storage/projectrepository.h>

#include <QAbstractItemModelTester>
#include <QTest>

using Ui::PartnersModel;

class PartnersModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListPartnersByNameWithKindAndCountry()
    {
        // GIVEN a national ministry and an international organisation
        UnitFixture unit;
        Core::Partner ministry;
        ministry.name = QStringLiteral("Ministry of Microfinance and SSE");
        ministry.kind = Core::Partner::Kind::Government;
        ministry.countryCode = QStringLiteral("SN");
        ministry = REQUIRE_OK(unit.store().projects().addPartner(ministry));
        Core::Partner alliance;
        alliance.name = QStringLiteral("International Co-operative Alliance");
        alliance.kind = Core::Partner::Kind::SseOrganization;
        alliance.contact = QStringLiteral("ica@example.org");
        alliance = REQUIRE_OK(unit.store().projects().addPartner(alliance));

        // WHEN the model is built
        PartnersModel model(unit.store());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN both are listed by name, the alliance as international
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PartnersModel::NameColumn).data().toString(), alliance.name);
        QCOMPARE(model.index(0, PartnersModel::CountryColumn).data().toString(),
            QStringLiteral("International"));
        QCOMPARE(model.index(0, PartnersModel::ContactColumn).data().toString(), alliance.contact);
        QCOMPARE(model.index(1, PartnersModel::KindColumn).data().toString(),
            Core::Partner::kindName(Core::Partner::Kind::Government));
        QCOMPARE(model.index(1, PartnersModel::CountryColumn).data().toString(),
            QStringLiteral("Senegal"));
        QCOMPARE(model.index(1, 0).data(Ui::ObjectRole).value<Core::Partner>(), ministry);
    }
};

QTEST_MAIN(PartnersModelTest)

#include "partnersmodeltest.moc"
