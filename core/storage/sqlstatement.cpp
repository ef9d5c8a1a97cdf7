#include "sqlstatement.h"

#include "database.h"
#include "serverschema.h"
#include "statementcache.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Core {

namespace {

// What PostgreSQL's PREPARE accepts. A statement with a placeholder is always one of these.
bool preparableOnServer(const QString &sql)
{
    const QString start = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    return start == QLatin1String("SELECT") || start == QLatin1String("INSERT")
        || start == QLatin1String("UPDATE") || start == QLatin1String("DELETE")
        || start == QLatin1String("WITH") || start == QLatin1String("VALUES");
}

// Whether a statement may change rows of the unit, and so needs the write rules made first
// (Database::ensureWriteRules). Erring towards yes only makes them sooner. The person working
// is remembered in a temporary table of the connection, which the rules themselves read.
bool mayChangeRows(const QString &sql)
{
    static const QRegularExpression changing(QStringLiteral("\\b(INSERT|UPDATE|DELETE|REPLACE)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return sql.contains(changing) && !sql.contains(QLatin1String("temp.session_actor"));
}

QSqlQuery idleOrNew(const Database &database, const QString &sql)
{
    // Keyed by our own text: the translation is made once, when the statement is prepared.
    std::optional<QSqlQuery> idle = database.statements().take(sql);
    return idle ? std::move(*idle) : QSqlQuery(database.connection());
}

} // namespace

SqlStatement::SqlStatement(const Database &database, const QString &sql)
    : m_database(database)
    , m_cache(database.statements())
    , m_query(idleOrNew(database, sql))
    , m_sql(sql)
    , m_direct(database.isServer() && !preparableOnServer(sql))
{
    // A statement from the cache was prepared for this very text.
    if (m_query.lastQuery() == sql)
        return;
    m_query.setForwardOnly(true);
    if (m_direct)
        return;
    if (!m_query.prepare(database.isServer() ? ServerSchema::translate(sql) : sql))
        m_prepareError = database.statementFailure(
            QCoreApplication::translate("Core::SqlStatement", "Preparing \"%1\"").arg(sql.left(60)),
            m_query.lastError());
}

SqlStatement::~SqlStatement()
{
    if (!m_prepareError.isError())
        m_cache.giveBack(m_sql, std::move(m_query));
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    if (StatementRecorder::active())
        recordBinding(placeholder, value);
    return *this;
}

SqlStatement &SqlStatement::bindText(const QString &placeholder, const QString &value)
{
    // A null QString would be stored as NULL; our text columns are NOT NULL with '' for "none".
    return bind(placeholder, value.isNull() ? QStringLiteral("") : value);
}

SqlStatement &SqlStatement::bindDate(const QString &placeholder, const QDate &date)
{
    return bind(placeholder,
        date.isValid() ? QVariant(date.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>()));
}

SqlStatement &SqlStatement::bindId(const QString &placeholder, Id id)
{
    return bind(placeholder, id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
}

Status SqlStatement::exec()
{
    if (m_prepareError.isError())
        return m_prepareError;
    if (m_database.changesNeedPreparing() && mayChangeRows(m_sql)) {
        if (Status made = m_database.ensureWriteRules(); !made)
            return made;
    }
    if (!(m_direct ? m_query.exec(ServerSchema::translate(m_sql)) : m_query.exec()))
        return m_database.statementFailure(
            QCoreApplication::translate("Core::SqlStatement", "Running \"%1\"").arg(m_sql.left(60)),
            m_query.lastError());
    if (StatementRecorder *recorder = StatementRecorder::active())
        recorder->record({ m_sql, m_recordedBindings });
    return {};
}

// A statement run in a loop is bound again each time: the record keeps the latest value.
void SqlStatement::recordBinding(const QString &placeholder, const QVariant &value)
{
    for (auto &[name, bound] : m_recordedBindings) {
        if (name == placeholder) {
            bound = value;
            return;
        }
    }
    m_recordedBindings.append({ placeholder, value });
}

Id SqlStatement::insertedId()
{
    const Id id = m_query.next() ? m_query.value(0).toLongLong() : 0;
    m_query.finish();
    return id;
}

QDate SqlStatement::date(int column) const
{
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

QDateTime SqlStatement::instant(int column) const
{
    QDateTime value = QDateTime::fromString(m_query.value(column).toString(), Qt::ISODate);
    value.setTimeSpec(Qt::UTC);
    return value;
}

QString SqlStatement::instantText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Core
