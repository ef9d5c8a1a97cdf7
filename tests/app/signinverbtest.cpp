#include "databasefiles.h"
#include "ssedeskrun.h"
#include "storage/accountrepository.h"
#include "storage/peoplerepository.h"
#include "unitfixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

// On a unit with accounts, the command line signs in and obeys the same rules as the window:
// a staff member exports their own summary, not the unit's nor their supervisor's.
class SignInVerbTest : public QObject
{
    Q_OBJECT

private:
    static const QString password;
    QTemporaryDir m_dir;
    QString m_unit;
    Person m_head;
    Person m_staff; // supervised by someone, and supervising nobody

    SsedeskRun exportSummary(const QStringList &who, const QString &out)
    {
        return SsedeskRun(QStringList { QStringLiteral("export"), QStringLiteral("summary"),
                              QStringLiteral("--database"), m_unit, QStringLiteral("--cycle"),
                              QStringLiteral("2026"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--out"), out }
            + who);
    }

    static void actAs(const QString &email, const QString &secret)
    {
        qputenv("SSEDESK_USER", email.toUtf8());
        qputenv("SSEDESK_PASSWORD", secret.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_unit = m_dir.filePath(QStringLiteral("unit.ssedesk"));
        writeDemoUnit(m_unit);
        auto store = REQUIRE_OK(UnitStore::open(m_unit));
        const auto people = REQUIRE_OK(store->people().all());
        QSet<Id> supervisors;
        for (const Person &person : people)
            supervisors.insert(person.supervisorId);
        for (const Person &person : people) {
            if (person.category == Person::Category::UnitHead && m_head.id == 0)
                m_head = person;
            else if (person.category == Person::Category::Jpo && person.supervisorId != 0
                && !supervisors.contains(person.id) && m_staff.id == 0)
                m_staff = person;
        }
        QVERIFY(m_head.id != 0 && m_staff.id != 0);
        QVERIFY(store->accounts().create(m_head.id, Actor::Role::UnitHead, password));
        QVERIFY(store->accounts().create(m_staff.id, Actor::Role::Staff, password));
    }

    void cleanup()
    {
        qunsetenv("SSEDESK_USER");
        qunsetenv("SSEDESK_PASSWORD");
    }

    void shouldAskWhoIsThereBeforeAnything()
    {
        const QString out = m_dir.filePath(QStringLiteral("nobody.csv"));
        const SsedeskRun run = exportSummary({ QStringLiteral("--all") }, out);
        QCOMPARE(run.exitCode(), 1);
        QVERIFY2(run.err().contains(QLatin1String("SSEDESK_USER")), qPrintable(run.err()));
        QVERIFY(!QFileInfo::exists(out));
    }

    void shouldRefuseAWrongPassword()
    {
        actAs(m_staff.email, QStringLiteral("not the password"));
        const QString out = m_dir.filePath(QStringLiteral("wrong.csv"));
        const SsedeskRun run = exportSummary({ QStringLiteral("--person"), m_staff.email }, out);
        QCOMPARE(run.exitCode(), 1);
        QVERIFY(!run.err().isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void shouldLetAStaffMemberExportOnlyTheirOwnSummary()
    {
        actAs(m_staff.email, password);
        const QString own = m_dir.filePath(QStringLiteral("own.csv"));
        const QString heads = m_dir.filePath(QStringLiteral("heads.csv"));
        const QString all = m_dir.filePath(QStringLiteral("all"));
        QDir().mkpath(all);

        const SsedeskRun ownRun = exportSummary({ QStringLiteral("--person"), m_staff.email }, own);
        const SsedeskRun headsRun
            = exportSummary({ QStringLiteral("--person"), m_head.email }, heads);
        const SsedeskRun allRun = exportSummary({ QStringLiteral("--all") }, all);

        QVERIFY2(ownRun.exitCode() == 0, qPrintable(ownRun.err()));
        QVERIFY(QFileInfo(own).size() > 0);
        QCOMPARE(headsRun.exitCode(), 1);
        QVERIFY2(headsRun.err().contains(QLatin1String("supervisor")), qPrintable(headsRun.err()));
        QVERIFY(!QFileInfo::exists(heads));
        QCOMPARE(allRun.exitCode(), 1);
        QVERIFY(QDir(all).isEmpty());
    }

    void shouldLetTheUnitHeadExportTheWholeUnit()
    {
        actAs(m_head.email, password);
        const QString all = m_dir.filePath(QStringLiteral("head-all"));
        QDir().mkpath(all);
        const SsedeskRun run = exportSummary({ QStringLiteral("--all") }, all);
        QVERIFY2(run.exitCode() == 0, qPrintable(run.err()));
        QVERIFY(QDir(all).entryList(QDir::Files).size() > 2);
    }
};

const QString SignInVerbTest::password = QStringLiteral("correct horse battery");

QTEST_GUILESS_MAIN(SignInVerbTest)
#include "signinverbtest.moc"
