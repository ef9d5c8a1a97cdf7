#ifndef APP_SERVERVERB_H
#define APP_SERVERVERB_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace App {

// `ssedesk server init|add-user --server URL ...`: what a unit's IT does on its PostgreSQL
// server, logged in as the role that owns the unit's database. `init` creates the unit's schema
// (or upgrades it), the group roles and their privileges, and the row-level security; again
// after every upgrade of SSE Unit Desk. `add-user --email EMAIL --role ROLE` gives a person of
// the unit an account and a login of their own, named after their e-mail address, whose
// password comes from SSEDESK_NEW_PASSWORD or is typed twice at the terminal. Exits 0 when done,
// 1 when refused, 2 on a usage error.
class ServerVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::ServerVerb)

public:
    static QString name() { return QStringLiteral("server"); }
    static QString summary();

    ServerVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    static void addOptions(QCommandLineParser &parser);
    int init(const QString &server);
    int addUser(const QString &server, const QString &email, const QString &role);
    QString newPassword(const QString &email);
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
