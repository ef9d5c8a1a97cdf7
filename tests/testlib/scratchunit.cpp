#include "scratchunit.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString serverText()
{
    return qEnvironmentVariable("SSEDESK_TEST_SERVER");
}

QStringList &schemasMade()
{
    static QStringList schemas;
    return schemas;
}

void dropSchemasMade()
{
    const auto address = Core::ServerAddress::parse(serverText());
    if (!address || schemasMade().isEmpty())
        return;
    const QString name = QStringLiteral("scratch-cleanup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.value().host());
        db.setPort(address.value().port());
        db.setUserName(address.value().user());
        db.setPassword(address.value().password());
        db.setDatabaseName(address.value().databaseName());
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SET client_min_messages TO warning"));
            // Names made below from the process id and a counter: identifiers, not input.
            for (const QString &schema : std::as_const(schemasMade()))
                query.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

bool ScratchUnit::onServer()
{
    return !serverText().isEmpty();
}

Core::ServerAddress ScratchUnit::freshServerSchema()
{
    auto address = Core::ServerAddress::parse(serverText());
    if (!address)
        qFatal("SSEDESK_TEST_SERVER: %s", qPrintable(address.error().message()));
    if (schemasMade().isEmpty())
        qAddPostRoutine(dropSchemasMade);
    const QString schema = QStringLiteral("scratch_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(schemasMade().size());
    schemasMade().append(schema);
    return address.value().withSchema(schema);
}

std::unique_ptr<Core::UnitStore> ScratchUnit::openStore()
{
    auto store = onServer()
        ? Core::UnitStore::openServer(freshServerSchema(), Core::ServerSetUp::Create)
        : Core::UnitStore::openInMemory();
    if (!store)
        qFatal("Opening a scratch unit failed: %s", qPrintable(store.error().message()));
    return std::move(store.value());
}

std::unique_ptr<Core::Database> ScratchUnit::openDatabase()
{
    auto database = onServer()
        ? Core::Database::openServer(freshServerSchema(), Core::ServerSetUp::Create)
        : Core::Database::openInMemory();
    if (!database)
        qFatal("Opening a scratch database failed: %s", qPrintable(database.error().message()));
    return std::move(database.value());
}
