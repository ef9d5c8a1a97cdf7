#include "storage/salvage.h"
#include "databasefiles.h"
#include "storage/database.h"
#include "storage/schemamigrations.h"
#include "unitfixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

const Salvage::Table *tableIn(const Salvage::Report &report, const QString &name)
{
    for (const Salvage::Table &table : report.tables)
        if (table.name == name)
            return &table;
    return nullptr;
}

} // namespace

class SalvageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void shouldSaveEveryRowThatCanStillBeRead()
    {
        // GIVEN the demo unit with one leaf page of the progress log overwritten
        const QString damaged = pathOf(QStringLiteral("page/damaged.ssedesk"));
        writeDemoUnit(damaged);
        const Contents original = contentsOf(damaged);
        const int lost = damageLeafPage(damaged, QStringLiteral("progress_entry"));
        const QByteArray before = digestOf(damaged);

        // WHEN it is salvaged into a new file
        const QString rescued = pathOf(QStringLiteral("page/rescued.ssedesk"));
        const auto report = REQUIRE_OK(Salvage::run(damaged, rescued));

        // THEN the progress log lost exactly the rows of that page, those behind it included ...
        const Salvage::Table *log = tableIn(report, QStringLiteral("progress_entry"));
        QVERIFY(log);
        const int total = int(original.value(QStringLiteral("progress_entry")).size());
        QCOMPARE(log->saved, total - lost);
        QCOMPARE(log->gaps.size(), 1);
        QVERIFY(log->gaps.first().after.has_value() && log->gaps.first().before.has_value());
        QVERIFY(!report.isComplete());
        QVERIFY2(report.lines().join(u'\n').contains(QStringLiteral("could not be read")),
            qPrintable(report.lines().join(u'\n')));
        // ... and every other table came over whole, row for row
        const Contents saved = contentsOf(rescued);
        for (auto table = original.cbegin(); table != original.cend(); ++table) {
            if (table.key() != QLatin1String("progress_entry"))
                QVERIFY2(saved.value(table.key()) == table.value(), qPrintable(table.key()));
        }
        // AND the new file opens as a healthy unit; the damaged one was only read
        QCOMPARE(
            pragmaOf(rescued, QStringLiteral("integrity_check")).toString(), QStringLiteral("ok"));
        REQUIRE_OK(UnitStore::open(rescued));
        QCOMPARE(digestOf(damaged), before);
    }

    void shouldSettleRowsWhoseParentWasLostAsTheSchemaSays()
    {
        // GIVEN the demo unit where a work plan and an assignment a plan refers to were lost
        const QString damaged = pathOf(QStringLiteral("orphans/damaged.ssedesk"));
        writeDemoUnit(damaged);
        execute(damaged,
            QStringLiteral("DELETE FROM assignment WHERE id = "
                           "(SELECT min(assignment_id) FROM work_plan)"));
        execute(damaged,
            QStringLiteral(
                "DELETE FROM work_plan WHERE id = (SELECT min(plan_id) FROM objective)"));

        // WHEN it is salvaged
        const QString rescued = pathOf(QStringLiteral("orphans/rescued.ssedesk"));
        const auto report = REQUIRE_OK(Salvage::run(damaged, rescued));

        // THEN the plan's objectives (ON DELETE CASCADE) are dropped, the plan that named the
        // assignment (ON DELETE SET NULL) is kept with the reference cleared
        QVERIFY(tableIn(report, QStringLiteral("objective"))->dropped > 0);
        QVERIFY(tableIn(report, QStringLiteral("activity"))->dropped > 0);
        QCOMPARE(tableIn(report, QStringLiteral("work_plan"))->cleared, 1);
        QCOMPARE(tableIn(report, QStringLiteral("work_plan"))->dropped, 0);
        // AND the new file has no dangling reference left
        QCOMPARE(pragmaOf(rescued, QStringLiteral("foreign_key_check")), QVariant());
    }

    void shouldClimbAnOlderFileToTheNewestSchema()
    {
        // GIVEN a file at schema version 4 with one person
        const QString damaged = pathOf(QStringLiteral("older/damaged.ssedesk"));
        REQUIRE_OK(Database::create(damaged, 4));
        execute(damaged,
            QStringLiteral("INSERT INTO person (name, email, category) "
                           "VALUES ('Awa Diop', 'awa@unit.test', 'jpo')"));

        // WHEN it is salvaged
        const QString rescued = pathOf(QStringLiteral("older/rescued.ssedesk"));
        const auto report = REQUIRE_OK(Salvage::run(damaged, rescued));

        // THEN the rows landed in the old schema, which then climbed to the newest
        QCOMPARE(report.fromSchemaVersion, 4);
        QVERIFY(report.isComplete());
        QCOMPARE(pragmaOf(rescued, QStringLiteral("user_version")).toInt(),
            SchemaMigrations::latestVersion());
        QCOMPARE(contentsOf(rescued).value(QStringLiteral("person")).size(), 1);
    }

    void shouldNeverOverwriteAFile()
    {
        // GIVEN a file to salvage and a file already at the new path
        const QString damaged = pathOf(QStringLiteral("occupied/damaged.ssedesk"));
        writeDemoUnit(damaged);
        const QString taken = pathOf(QStringLiteral("occupied/taken.ssedesk"));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();

        // WHEN the salvage is asked to write there
        const auto refused = Salvage::run(damaged, taken);

        // THEN it is refused, and the file is left as it was
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Conflict);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("mine"));
    }
};

QTEST_GUILESS_MAIN(SalvageTest)
#include "salvagetest.moc"
