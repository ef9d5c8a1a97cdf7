#ifndef CORE_DATABASE_H
#define CORE_DATABASE_H

#include "../result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <memory>

namespace Core {

// Owns one named Qt Sql connection to one SSE Unit Desk database and closes it when destroyed.
// Opening checks that the file is ours and not from a newer version before anything is written,
// sets the connection up for safe writes, and migrates the schema to the newest version.
class Database
{
public:
    // The SQLite header's application_id that marks a file as ours ("SSED").
    static constexpr qint32 applicationId = 0x53534544;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> openInMemory();
    // Where the unit's database lives unless --database names another file.
    static QString defaultPath();

    QString path() const { return m_path; }
    int schemaVersion() const;
    // True when no person has been recorded yet: the file may be filled with demo data.
    Result<bool> isEmpty() const;

    // For storage classes only: the UI never sees a connection.
    QSqlDatabase connection() const;
    // The one place driver errors become Errors: the context says what we were doing.
    static Error failure(const QString &context, const QSqlError &error);

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openConnection(const QString &path, bool inMemory);
    Status configure(bool inMemory);
    Status pragma(const QString &statement, const QVariant &expected = {});

    QString m_connectionName;
    QString m_path;
};

} // namespace Core

#endif
