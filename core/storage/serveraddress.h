#ifndef CORE_SERVERADDRESS_H
#define CORE_SERVERADDRESS_H

#include "../result.h"

#include <QCoreApplication>
#include <QString>

namespace Core {

// What opening a server may do to a database that holds no unit yet: only `ssedesk server init`
// (and the tests' scratch schemas) create one.
enum class ServerSetUp { Refuse, Create };

// Where a unit's shared PostgreSQL database is, as a person types it:
// postgresql://USER@HOST:PORT/DATABASE (the password never goes in the address a window shows or
// a settings file keeps; see withPassword). An optional ?schema=NAME puts the unit in a schema
// of its own, so that several units (or tests) can share one database.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(Core::ServerAddress)

public:
    static constexpr int defaultPort = 5432;

    static Result<ServerAddress> parse(const QString &text);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString schema() const { return m_schema; }
    QString password() const { return m_password; }

    ServerAddress withPassword(const QString &password) const;
    ServerAddress withUser(const QString &user) const;
    ServerAddress withSchema(const QString &schema) const;
    // The address without its password, as one that can be given back to ssedesk.
    QString display() const;
    // For a person to read (a status bar, a message): database, server and login in words,
    // without the percent-encoding an e-mail login takes in an address.
    QString describe() const;

private:
    QString m_user;
    QString m_host;
    int m_port = defaultPort;
    QString m_databaseName;
    QString m_schema;
    QString m_password;
};

} // namespace Core

#endif
