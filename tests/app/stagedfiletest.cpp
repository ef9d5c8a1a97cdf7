#include "stagedfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace App;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("%s cannot be written", qPrintable(path));
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path())
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class StagedFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReplaceTheTargetOnlyOnCommit()
    {
        // GIVEN a target and a staged file written beside it
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("unit.ssedesk"));
        writeFile(target, QByteArrayLiteral("old"));
        StagedFile staged(target);
        QVERIFY(staged.stage(false));
        writeFile(staged.path(), QByteArrayLiteral("new"));
        QCOMPARE(contentsOf(target), QByteArrayLiteral("old"));

        // WHEN it is committed
        const Core::Status status = staged.commit();

        // THEN the target holds the new bytes, and the staging file is gone
        QVERIFY(status);
        QCOMPARE(contentsOf(target), QByteArrayLiteral("new"));
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("unit.ssedesk") });
    }

    void shouldLeaveTheTargetAndNoTraceWhenNotCommitted()
    {
        // GIVEN a target
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("unit.ssedesk"));
        writeFile(target, QByteArrayLiteral("old"));

        // WHEN a copy is staged, half rewritten, and abandoned with its SQLite side files
        {
            StagedFile staged(target);
            QVERIFY(staged.stage(true));
            QCOMPARE(contentsOf(staged.path()), QByteArrayLiteral("old"));
            writeFile(staged.path(), QByteArrayLiteral("half"));
            writeFile(staged.path() + QStringLiteral("-wal"), QByteArrayLiteral("wal"));
        }

        // THEN the target is as it was, with nothing beside it
        QCOMPARE(contentsOf(target), QByteArrayLiteral("old"));
        QCOMPARE(filesIn(dir), QStringList { QStringLiteral("unit.ssedesk") });
    }

    void shouldCreateATargetThatDidNotExist()
    {
        // GIVEN a target in a folder that does not exist yet
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("units/unit.ssedesk"));

        // WHEN a file is staged, written and committed
        StagedFile staged(target);
        QVERIFY(staged.stage(false));
        writeFile(staged.path(), QByteArrayLiteral("new"));
        const Core::Status status = staged.commit();

        // THEN the target exists with those bytes
        QVERIFY(status);
        QCOMPARE(contentsOf(target), QByteArrayLiteral("new"));
    }

    void shouldRefuseToCommitWhileTheStagedDatabaseIsOpen()
    {
        // GIVEN a staged file with a live WAL beside it
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("unit.ssedesk"));
        writeFile(target, QByteArrayLiteral("old"));
        StagedFile staged(target);
        QVERIFY(staged.stage(false));
        writeFile(staged.path() + QStringLiteral("-wal"), QByteArrayLiteral("wal"));

        // WHEN it is committed
        const Core::Status status = staged.commit();

        // THEN it refuses, and the target is untouched
        QVERIFY(!status);
        QCOMPARE(status.error().code(), Core::Error::Code::Storage);
        QCOMPARE(contentsOf(target), QByteArrayLiteral("old"));
    }
};

QTEST_GUILESS_MAIN(StagedFileTest)

#include "stagedfiletest.moc"
