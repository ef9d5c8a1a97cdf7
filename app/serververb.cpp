#include "serververb.h"

#include "commandlinesignin.h"
#include "exitcode.h"
#include "serverlogin.h"
#include "storage/serverroles.h"
#include "unitstore.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace App {

QString ServerVerb::summary()
{
    return tr("Prepare a unit's PostgreSQL server (init) and give people their logins "
              "(add-user).");
}

ServerVerb::ServerVerb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

void ServerVerb::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(summary() + QLatin1Char('\n')
        + tr("  ssedesk server init --server postgresql://OWNER@HOST:PORT/DATABASE\n"
             "  ssedesk server add-user --server postgresql://OWNER@HOST:PORT/DATABASE "
             "--email EMAIL --role ROLE\n"
             "Run as the role that owns the database. The owner's password comes from the "
             "address, SSEDESK_SERVER_PASSWORD, or the terminal; the new person's from "
             "SSEDESK_NEW_PASSWORD or the terminal."));
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("server"), tr("The unit's database on its server."), tr("URL") });
    parser.addOption({ QStringLiteral("email"),
        tr("add-user: the e-mail address of a person of the unit; it becomes their login."),
        tr("EMAIL") });
    parser.addOption({ QStringLiteral("role"),
        tr("add-user: unit_head, supervisor, staff or observer."), tr("ROLE") });
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("init or add-user"), QStringLiteral("init|add-user"));
}

int ServerVerb::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(arguments.value(0), QStringLiteral("ssedesk server"));
        return Success;
    }
    const QStringList actions = parser.positionalArguments();
    const QString server = parser.value(QStringLiteral("server"));
    if (actions.size() != 1)
        return fail(tr("server needs one action: init or add-user."), Usage);
    if (server.isEmpty())
        return fail(tr("server needs --server postgresql://OWNER@HOST:PORT/DATABASE."), Usage);
    if (actions.first() == QLatin1String("init"))
        return init(server);
    if (actions.first() == QLatin1String("add-user"))
        return addUser(
            server, parser.value(QStringLiteral("email")), parser.value(QStringLiteral("role")));
    return fail(
        tr("\"%1\" is not a server action: use init or add-user.").arg(actions.first()), Usage);
}

int ServerVerb::init(const QString &server)
{
    auto address = ServerLogin::resolve(server);
    if (!address)
        return fail(address.error().message(), Usage);
    auto owner = Core::UnitStore::openServer(address.value(), Core::ServerSetUp::Create);
    if (!owner)
        return fail(owner.error().message(), Failure);
    if (Core::Status status = owner.value()->prepareServerRoles(); !status)
        return fail(status.error().message(), Failure);
    m_out << tr("%1 is ready, with its group roles (%2) and their rules. Add each person with "
                "\"ssedesk server add-user\".")
                 .arg(address.value().display(),
                     Core::ServerRoles::groupRole(Core::Actor::Role::UnitHead)
                         + QStringLiteral(", ")
                         + Core::ServerRoles::groupRole(Core::Actor::Role::Supervisor)
                         + QStringLiteral(", ")
                         + Core::ServerRoles::groupRole(Core::Actor::Role::Staff)
                         + QStringLiteral(", ")
                         + Core::ServerRoles::groupRole(Core::Actor::Role::Observer))
          << Qt::endl;
    return Success;
}

int ServerVerb::addUser(const QString &server, const QString &email, const QString &role)
{
    if (email.isEmpty())
        return fail(
            tr("add-user needs --email: the e-mail address of a person of the unit."), Usage);
    const auto actorRole = Core::Actor::roleFromKey(role);
    if (!actorRole)
        return fail(
            tr("--role must be unit_head, supervisor, staff or observer, not \"%1\".").arg(role),
            Usage);
    auto address = ServerLogin::resolve(server);
    if (!address)
        return fail(address.error().message(), Usage);
    const QString password = newPassword(email);
    if (password.isEmpty())
        return fail(tr("Set SSEDESK_NEW_PASSWORD to the new password of %1, or run this at a "
                       "terminal to type it.")
                        .arg(email),
            Usage);
    auto owner = Core::UnitStore::openServer(address.value());
    if (!owner)
        return fail(owner.error().message(), Failure);
    if (Core::Status status = owner.value()->addServerUser(email, *actorRole, password); !status)
        return fail(status.error().message(), Failure);
    m_out << tr("%1 may now log in to %2 as \"%3\" (role: %4).")
                 .arg(email, address.value().display(), email.trimmed().toLower(),
                     Core::Actor::roleName(*actorRole))
          << Qt::endl;
    return Success;
}

QString ServerVerb::newPassword(const QString &email)
{
    const QString fromEnvironment = qEnvironmentVariable("SSEDESK_NEW_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString typed = CommandLineSignIn::hiddenLine(tr("New password for %1: ").arg(email));
    if (typed.isEmpty())
        return {};
    if (CommandLineSignIn::hiddenLine(tr("The same again: ")) != typed) {
        m_err << tr("The two passwords differ.") << Qt::endl;
        return {};
    }
    return typed;
}

int ServerVerb::fail(const QString &message, int exitCode)
{
    m_err << message << Qt::endl;
    return exitCode;
}

} // namespace App
