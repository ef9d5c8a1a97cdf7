#include "integritycheck.h"

#include "database.h"
#include "databasefile.h"
#include "fileconnection.h"
#include "schemamigrations.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

namespace Core {

namespace {

const QString ok = QStringLiteral("ok");

// A damaged page can make the check itself fail with "database disk image is malformed":
// that is a finding, not a reason to give no verdict. Busy and other failures stay errors.
Result<QStringList> findings(const QSqlDatabase &connection, const QString &pragma)
{
    auto lines = FileConnection::linesOf(connection, pragma);
    if (!lines && lines.error().code() == Error::Code::Corrupt)
        return QStringList { lines.error().message() };
    return lines;
}

Result<IntegrityCheck::Verdict> verdictOf(const QSqlDatabase &connection)
{
    IntegrityCheck::Verdict verdict;
    auto pages = findings(connection, QStringLiteral("PRAGMA integrity_check"));
    if (!pages)
        return pages.error();
    if (pages.value() != QStringList { ok })
        verdict.problems += pages.value();

    // foreign_key_check answers (table, rowid, parent, fkid): spelt out for a person to read.
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        if (const Error error
            = Database::failure(IntegrityCheck::tr("Checking foreign keys"), query.lastError());
            error.code() != Error::Code::Corrupt)
            return error;
        verdict.problems += query.lastError().text();
    }
    while (query.next())
        verdict.problems
            += IntegrityCheck::tr("Row %1 of table %2 refers to a missing row of table %3.")
                   .arg(query.value(1).toString(), query.value(0).toString(),
                       query.value(2).toString());
    verdict.healthy = verdict.problems.isEmpty();
    return verdict;
}

Result<std::unique_ptr<FileConnection>> openOurs(const QString &path, int newestAccepted)
{
    auto header = DatabaseFile::inspect(path, newestAccepted);
    if (!header)
        return header.error();
    if (header.value().kind != DatabaseFile::Kind::Ours)
        return Error(Error::Code::NotOurs,
            IntegrityCheck::tr("%1 is not an SSE Unit Desk database (it is empty or missing).")
                .arg(path));
    auto file = FileConnection::open(path, FileConnection::Mode::ReadOnly);
    if (!file && file.error().code() == Error::Code::Busy)
        return Database::busy(path);
    return file;
}

Status quickCheck(const FileConnection &file)
{
    auto lines = file.lines(QStringLiteral("PRAGMA quick_check"));
    if (!lines) {
        switch (lines.error().code()) {
        case Error::Code::Busy:
            return Database::busy(file.path());
        case Error::Code::Corrupt:
            return Database::corrupt(file.path(), IntegrityCheck::tr("a page cannot be read"));
        default:
            return lines.error();
        }
    }
    // The first few findings say enough; a badly damaged file can list thousands.
    if (lines.value() != QStringList { ok })
        return Database::corrupt(file.path(), lines.value().mid(0, 3).join(QStringLiteral("; ")));
    return {};
}

} // namespace

Result<IntegrityCheck::Verdict> IntegrityCheck::run(const Database &database)
{
    return verdictOf(database.connection());
}

Result<IntegrityCheck::Verdict> IntegrityCheck::runOnFile(const QString &path)
{
    auto file = openOurs(path, std::numeric_limits<int>::max());
    if (!file)
        return file.error();
    auto verdict = verdictOf(file.value()->connection());
    if (!verdict && verdict.error().code() == Error::Code::Busy)
        return Database::busy(path);
    return verdict;
}

Status IntegrityCheck::quickCheckFile(const QString &path)
{
    auto file = FileConnection::open(path, FileConnection::Mode::ReadOnly);
    if (!file)
        return file.error().code() == Error::Code::Busy ? Database::busy(path) : file.error();
    return quickCheck(*file.value());
}

Result<int> IntegrityCheck::verifyCopy(const QString &path)
{
    auto file = openOurs(path, SchemaMigrations::latestVersion());
    if (!file)
        return file.error();
    if (Status healthy = quickCheck(*file.value()); !healthy)
        return healthy.error();
    auto version = file.value()->lines(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    return version.value().value(0).toInt();
}

} // namespace Core
