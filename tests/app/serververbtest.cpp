#include "scratchunit.h"
#include "ssedeskrun.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

// What a unit's IT types to prepare its server and give people their logins, run as they would
// run it, and a person's export through their own login. Runs only against the test server.
class ServerVerbTest : public QObject
{
    Q_OBJECT

    ServerAddress m_address;
    QString m_headEmail;
    QString m_email;

    SsedeskRun addUser(const QString &email, const QString &role) const
    {
        return SsedeskRun(
            { QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--server"),
                url(), QStringLiteral("--email"), email, QStringLiteral("--role"), role });
    }

    QString url() const { return m_address.display(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ScratchUnit::onServer())
            QSKIP("Needs SSEDESK_TEST_SERVER");
        m_address = ScratchUnit::freshServerSchema();
        m_email = QStringLiteral("kofi.%1@unit.test").arg(QCoreApplication::applicationPid());
        m_headEmail = QStringLiteral("amelie.%1@unit.test").arg(QCoreApplication::applicationPid());
    }

    void cleanupTestCase()
    {
        if (!ScratchUnit::onServer())
            return;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("drop"));
            db.setHostName(m_address.host());
            db.setPort(m_address.port());
            db.setUserName(m_address.user());
            db.setDatabaseName(m_address.databaseName());
            if (db.open()) {
                QSqlQuery drop(db);
                drop.exec(QStringLiteral("SET client_min_messages TO warning"));
                for (const QString &login : { m_headEmail, m_email }) {
                    drop.exec(QStringLiteral("DROP OWNED BY \"%1\"").arg(login));
                    drop.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("drop"));
    }

    void shouldPrepareTheServerAndLetAPersonLogInAsThemselves()
    {
        // WHEN IT prepares the server
        const SsedeskRun init({ QStringLiteral("server"), QStringLiteral("init"),
            QStringLiteral("--server"), url() });
        // THEN it is ready, with its group roles
        QCOMPARE(init.exitCode(), 0);
        QVERIFY2(init.out().contains(QLatin1String("ssedesk_staff")), qPrintable(init.out()));

        // GIVEN the unit head and a JPO of the unit
        {
            auto store = REQUIRE_OK(UnitStore::openServer(m_address));
            Person head;
            head.name = QStringLiteral("Amélie Dubois");
            head.email = m_headEmail;
            head.category = Person::Category::UnitHead;
            head = REQUIRE_OK(store->people().add(head));
            Person person;
            person.name = QStringLiteral("Kofi Mensah");
            person.email = m_email;
            person.category = Person::Category::Jpo;
            person.supervisorId = head.id;
            person = REQUIRE_OK(store->people().add(person));
            WorkPlan plan;
            plan.personId = person.id;
            plan.title = QStringLiteral("NAC support, Senegal");
            plan.periodStart = QDate(2026, 1, 1);
            plan.periodEnd = QDate(2026, 12, 31);
            plan = REQUIRE_OK(store->workPlans().add(plan));
            Objective objective;
            objective.planId = plan.id;
            objective.title = QStringLiteral("Support the NAC's first meeting");
            REQUIRE_OK(store->objectives().add(objective));
        }
        // WHEN IT adds the JPO's login first, then the head's, then the JPO's with an unknown
        // role and with a known one
        qputenv("SSEDESK_NEW_PASSWORD", "a long enough password");
        const SsedeskRun beforeTheHead = addUser(m_email, QStringLiteral("staff"));
        const SsedeskRun head = addUser(m_headEmail, QStringLiteral("unit_head"));
        const SsedeskRun badRole = addUser(m_email, QStringLiteral("boss"));
        const SsedeskRun added = addUser(m_email, QStringLiteral("staff"));
        // THEN the unit's first account must be its head's, the unknown role is a usage error
        // naming the roles, and the others are done
        QCOMPARE(beforeTheHead.exitCode(), 1);
        QVERIFY2(beforeTheHead.err().contains(QLatin1String("unit head")),
            qPrintable(beforeTheHead.err()));
        QVERIFY2(head.exitCode() == 0, qPrintable(head.err()));
        QCOMPARE(badRole.exitCode(), 2);
        QVERIFY2(badRole.err().contains(QLatin1String("observer")), qPrintable(badRole.err()));
        QVERIFY2(added.exitCode() == 0, qPrintable(added.err()));
        // AND the person's own login opens the unit as them, with their role
        auto theirs = REQUIRE_OK(UnitStore::openServer(
            m_address.withUser(m_email).withPassword(QStringLiteral("a long enough password"))));
        QVERIFY(theirs->signedIn());
        QCOMPARE(theirs->signedIn()->role, Actor::Role::Staff);
        QCOMPARE(theirs->signedIn()->name, QStringLiteral("Kofi Mensah"));
    }

    void shouldRefuseALoginForSomeoneOutsideTheUnit()
    {
        qputenv("SSEDESK_NEW_PASSWORD", "a long enough password");
        const SsedeskRun stranger(
            { QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--server"),
                url(), QStringLiteral("--email"), QStringLiteral("nobody@elsewhere.test"),
                QStringLiteral("--role"), QStringLiteral("staff") });
        QCOMPARE(stranger.exitCode(), 1);
        QVERIFY2(stranger.err().contains(QLatin1String("nobody@elsewhere.test")),
            qPrintable(stranger.err()));
    }

    void shouldExportAsThePersonLoggedIn()
    {
        // GIVEN the person's login (added above) and a summary they may export: their own
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("summary.csv"));
        qputenv("SSEDESK_SERVER_PASSWORD", "a long enough password");
        const ServerAddress theirs = m_address.withUser(m_email);
        // WHEN they export their own summary, and the whole unit's
        const SsedeskRun own({ QStringLiteral("export"), QStringLiteral("summary"),
            QStringLiteral("--database"), theirs.display(), QStringLiteral("--person"), m_email,
            QStringLiteral("--cycle"), QStringLiteral("2026"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), out });
        const SsedeskRun all({ QStringLiteral("export"), QStringLiteral("summary"),
            QStringLiteral("--database"), theirs.display(), QStringLiteral("--all"),
            QStringLiteral("--cycle"), QStringLiteral("2026"), QStringLiteral("--format"),
            QStringLiteral("csv"), QStringLiteral("--out"), dir.filePath(QStringLiteral("all")) });
        qunsetenv("SSEDESK_SERVER_PASSWORD");
        // THEN their own is written, the unit's refused: the server's login is who they are
        QVERIFY2(own.exitCode() == 0, qPrintable(own.err()));
        QVERIFY(QFile::exists(out));
        QCOMPARE(all.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(ServerVerbTest)
#include "serververbtest.moc"
