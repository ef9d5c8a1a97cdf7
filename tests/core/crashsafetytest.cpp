#include "storage/activityrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/workplanrepository.h"
#include "unitfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

constexpr int rounds = 30;

// What the file holds after a kill, read with Qt Sql directly: the test trusts nothing of core
// to look at what core left behind.
struct Survivors
{
    QString integrity;
    QSet<qint64> ids;
};

Survivors inspect(const QString &path)
{
    Survivors survivors;
    const QString name = QStringLiteral("crashsafetytest");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery check(QStringLiteral("PRAGMA integrity_check"), database);
        survivors.integrity = check.next() ? check.value(0).toString() : check.lastError().text();
        QSqlQuery entries(QStringLiteral("SELECT id FROM progress_entry"), database);
        while (entries.next())
            survivors.ids.insert(entries.value(0).toLongLong());
    }
    QSqlDatabase::removeDatabase(name);
    return survivors;
}

// The ids the writer printed in whole lines; a line cut by the kill promised nothing.
QList<qint64> promisedIds(const QByteArray &output)
{
    QList<qint64> ids;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        ids.append(lines.at(i).toLongLong());
    return ids;
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // GIVEN a unit file with a JPO, a plan around today, an objective and an activity
        QVERIFY(m_folder.isValid());
        m_path = m_folder.filePath(QStringLiteral("unit.ssedesk"));
        auto store = REQUIRE_OK(UnitStore::open(m_path));
        Person head;
        head.name = QStringLiteral("Amélie Dubois");
        head.email = QStringLiteral("amelie@unit.test");
        head = REQUIRE_OK(store->people().add(head));
        Person jpo;
        jpo.name = QStringLiteral("Kofi Mensah");
        jpo.email = QStringLiteral("kofi@unit.test");
        jpo.supervisorId = head.id;
        jpo = REQUIRE_OK(store->people().add(jpo));
        WorkPlan plan;
        plan.personId = jpo.id;
        plan.title = QStringLiteral("Crash test plan");
        plan.periodStart = QDate::currentDate().addDays(-30);
        plan.periodEnd = QDate::currentDate().addDays(30);
        plan = REQUIRE_OK(store->workPlans().add(plan));
        Objective objective;
        objective.planId = plan.id;
        objective.title = QStringLiteral("Survive");
        objective = REQUIRE_OK(store->objectives().add(objective));
        Activity activity;
        activity.objectiveId = objective.id;
        activity.title = QStringLiteral("Log progress");
        activity.dueDate = QDate::currentDate();
        activity = REQUIRE_OK(store->activities().add(activity));
        m_arguments = { m_path, QString::number(objective.id), QString::number(activity.id),
            QString::number(jpo.id) };
    }

    void shouldKeepEveryCommittedEntryThroughKillsAtRandomMoments()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("seed %u", seed);
        QElapsedTimer clock;
        clock.start();
        QSet<qint64> promised;
        for (int round = 1; round <= rounds; ++round) {
            // GIVEN the writer, running for a random moment: from before its first commit to
            // a few hundred of them
            QProcess writer;
            writer.start(QStringLiteral(SSEDESK_CRASHWRITER), m_arguments);
            QVERIFY2(writer.waitForStarted(5000), qPrintable(writer.errorString()));
            QTest::qWait(int(random.bounded(20, 300)));
            QVERIFY2(writer.state() == QProcess::Running,
                qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                               .arg(round)
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

            // WHEN it is killed outright: no destructor, no rollback, no flush
            writer.kill();
            QVERIFY(writer.waitForFinished(5000));
            for (qint64 id : promisedIds(writer.readAllStandardOutput()))
                promised.insert(id);

            // THEN the file is sound, and every entry ever promised is in it
            const Survivors survivors = inspect(m_path);
            QCOMPARE(survivors.integrity, QStringLiteral("ok"));
            const QSet<qint64> lost = promised - survivors.ids;
            QVERIFY2(lost.isEmpty(),
                qPrintable(QStringLiteral("round %1: %2 committed entries lost")
                               .arg(round)
                               .arg(lost.size())));
        }
        QVERIFY2(!promised.isEmpty(), "the writer never committed: the test proved nothing");
        qInfo("%d rounds, %lld entries promised, %lld ms", rounds,
            static_cast<long long>(promised.size()), static_cast<long long>(clock.elapsed()));
    }

private:
    QTemporaryDir m_folder;
    QString m_path;
    QStringList m_arguments;
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "crashsafetytest.moc"
