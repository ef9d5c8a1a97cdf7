#include "databasefiles.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/schemamigrations.h"
#include "unitfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace DatabaseFiles;

namespace {

Person someone(const QString &name)
{
    Person person;
    person.name = name;
    person.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@unit.test");
    return person;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

} // namespace

class ReadOnlyStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString pathOf(const QString &name) const { return m_dir.filePath(name); }

    // The demo unit in a file of its own folder, as the application leaves it (WAL mode).
    QString demoUnitIn(const QString &folder)
    {
        const QString path = pathOf(folder + QStringLiteral("/unit.ssedesk"));
        QDir().mkpath(pathOf(folder));
        writeDemoUnit(path);
        REQUIRE_OK(UnitStore::open(path));
        return path;
    }

private Q_SLOTS:
    void shouldReadAUnitWithoutChangingItsFile()
    {
        // GIVEN the demo unit in a file
        const QString path = demoUnitIn(QStringLiteral("read"));
        const QByteArray before = digestOf(path);
        const QStringList filesBefore = filesIn(pathOf(QStringLiteral("read")));

        // WHEN it is opened read-only and read
        qsizetype people = 0;
        {
            auto store = REQUIRE_OK(UnitStore::openReadOnly(path));
            QVERIFY(store->isReadOnly());
            people = REQUIRE_OK(store->people().all()).size();
        }

        // THEN the unit's people were all there, and the file is byte for byte as it was. Beside
        // it, SQLite leaves the companions it needs even to read a WAL file, with nothing in the
        // log: a reader may not delete them, another program may be using them.
        QCOMPARE(people, qsizetype(12));
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesBefore, QStringList { QStringLiteral("unit.ssedesk") });
        QCOMPARE(filesIn(pathOf(QStringLiteral("read"))),
            QStringList({ QStringLiteral("unit.ssedesk"), QStringLiteral("unit.ssedesk-shm"),
                QStringLiteral("unit.ssedesk-wal") }));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    void shouldRefuseEveryChangeWithAClearMessage()
    {
        // GIVEN the demo unit opened read-only
        const QString path = demoUnitIn(QStringLiteral("refuse"));
        const QByteArray before = digestOf(path);
        auto store = REQUIRE_OK(UnitStore::openReadOnly(path));

        // WHEN someone is added
        const auto added = store->people().add(someone(QStringLiteral("Ana Lima")));

        // THEN SQLite refused it, in words that say why, and the file did not change
        QVERIFY(!added);
        QVERIFY2(added.error().message().contains(
                     QStringLiteral("This database is open read-only: the change was not saved.")),
            qPrintable(added.error().message()));
        QCOMPARE(REQUIRE_OK(store->people().all()).size(), 12);
        store.reset();
        QCOMPARE(digestOf(path), before);
    }

    void shouldSeeWhatTheWriterCommits()
    {
        // GIVEN the demo unit open for writing, and read-only beside it, as a second window
        const QString path = demoUnitIn(QStringLiteral("beside"));
        auto writer = REQUIRE_OK(UnitStore::open(path));
        auto reader = REQUIRE_OK(UnitStore::openReadOnly(path));

        // WHEN the writer adds someone
        REQUIRE_OK(writer->people().add(someone(QStringLiteral("Ana Lima"))));

        // THEN the reader sees the new person at its next read
        QCOMPARE(REQUIRE_OK(reader->people().all()).size(), 13);
        QVERIFY(!writer->isReadOnly());
    }

    void shouldRefuseAFileItCannotRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing.ssedesk")
                                 << QStringLiteral("does not exist");
        QTest::newRow("older") << QStringLiteral("older.ssedesk")
                               << QStringLiteral("was written by an older version");
        QTest::newRow("empty") << QStringLiteral("empty.ssedesk")
                               << QStringLiteral("holds no unit yet");
    }

    void shouldRefuseAFileItCannotRead()
    {
        // GIVEN a missing file, a unit at the schema version before the newest, an empty file
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString folder
            = pathOf(QStringLiteral("refused-") + QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/') + name;
        if (name == QLatin1String("older.ssedesk"))
            REQUIRE_OK(Database::create(path, SchemaMigrations::latestVersion() - 1));
        if (name == QLatin1String("empty.ssedesk"))
            QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        const QByteArray before = digestOf(path);
        const QStringList filesBefore = filesIn(folder);

        // WHEN it is opened read-only
        const auto store = UnitStore::openReadOnly(path);

        // THEN it is refused with its reason, and nothing was written or created
        QVERIFY(!store);
        QVERIFY2(store.error().message().contains(message), qPrintable(store.error().message()));
        QCOMPARE(digestOf(path), before);
        QCOMPARE(filesIn(folder), filesBefore);
    }
};

QTEST_GUILESS_MAIN(ReadOnlyStoreTest)
#include "readonlystoretest.moc"
