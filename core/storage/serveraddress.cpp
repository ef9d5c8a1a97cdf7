#include "serveraddress.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Core {

namespace {

// What we accept as a schema: it is written into SET search_path, which takes no bound value.
bool isPlainIdentifier(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return plain.match(name).hasMatch();
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString example = QStringLiteral("postgresql://USER@HOST:PORT/DATABASE");
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres")))
        return Error::validation(
            tr("\"%1\" is not a server address: write it as %2.").arg(text, example));
    ServerAddress address;
    address.m_user = url.userName();
    address.m_password = url.password();
    address.m_host = url.host();
    address.m_port = url.port(defaultPort);
    address.m_databaseName = url.path().mid(1);
    if (address.m_user.isEmpty())
        return Error::validation(
            tr("The server address %1 names no user: write it as %2.").arg(text, example));
    if (address.m_host.isEmpty())
        return Error::validation(
            tr("The server address %1 names no host: write it as %2.").arg(text, example));
    if (address.m_databaseName.isEmpty() || address.m_databaseName.contains(QLatin1Char('/')))
        return Error::validation(
            tr("The server address %1 names no database: write it as %2.").arg(text, example));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("schema"))
            return Error::validation(
                tr("The server address %1 has an option this version does not know: %2.")
                    .arg(text, key));
        if (!isPlainIdentifier(value))
            return Error::validation(tr("The schema \"%1\" must be lower-case letters, digits and "
                                        "underscores, starting with a letter.")
                                         .arg(value));
        address.m_schema = value;
    }
    return address;
}

ServerAddress ServerAddress::withPassword(const QString &password) const
{
    ServerAddress copy = *this;
    copy.m_password = password;
    return copy;
}

ServerAddress ServerAddress::withUser(const QString &user) const
{
    ServerAddress copy = *this;
    copy.m_user = user;
    return copy;
}

ServerAddress ServerAddress::withSchema(const QString &schema) const
{
    ServerAddress copy = *this;
    copy.m_schema = schema;
    return copy;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    if (!m_schema.isEmpty())
        url.setQuery(QStringLiteral("schema=") + m_schema);
    return url.toString();
}

QString ServerAddress::describe() const
{
    const QString database = m_schema.isEmpty()
        ? m_databaseName
        : QStringLiteral("%1 (%2)").arg(m_databaseName, m_schema);
    return tr("%1 on %2:%3, as %4").arg(database, m_host).arg(m_port).arg(m_user);
}

} // namespace Core
