#ifndef BENCH_BAREINSERT_H
#define BENCH_BAREINSERT_H

#include <id.h>
#include <storage/statementrecorder.h>

#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace Bench {

// The floor of logging progress: a connection of its own on the unit's file, set up as core
// sets up its own (Database::configure: foreign keys on, synchronous=FULL; WAL is the file's
// own), the insert core ran prepared once, then for each row the transaction begun as core begins
// it, the row inserted with core's values, the transaction committed.
class BareInsert
{
public:
    using Statement = Core::StatementRecorder::Statement;

    // `recorded`: what one ProgressRepository::log ran, its BEGIN, INSERT and COMMIT among them.
    BareInsert(const QString &path, const QList<Statement> &recorded);
    ~BareInsert();
    BareInsert(const BareInsert &) = delete;
    BareInsert &operator=(const BareInsert &) = delete;

    Core::Id insert();

private:
    static Statement statementStarting(const QList<Statement> &recorded, const QString &keyword);
    static std::unique_ptr<QSqlQuery> prepared(
        const QSqlDatabase &connection, const Statement &statement);
    static void run(QSqlQuery &query);

    std::unique_ptr<QSqlQuery> m_begin;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_commit;
};

} // namespace Bench

#endif
