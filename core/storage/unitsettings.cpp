#include "unitsettings.h"

#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

namespace Core {

namespace {

const QString btoKey = QStringLiteral("bto_working_days");
const QString unitNameKey = QStringLiteral("unit_name");

} // namespace

UnitSettings::UnitSettings(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

int UnitSettings::btoWorkingDays() const
{
    bool ok = false;
    const int days = value(btoKey).toInt(&ok);
    return ok ? days : defaultBtoWorkingDays;
}

Status UnitSettings::setBtoWorkingDays(int days)
{
    if (days < 1 || days > 60)
        return Error::validation(
            tr("A back-to-office report is due within 1 to 60 working days, not %1.").arg(days),
            QStringLiteral("btoWorkingDays"));
    return setValue(btoKey, QString::number(days));
}

QString UnitSettings::unitName() const
{
    return value(unitNameKey);
}

Status UnitSettings::setUnitName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > 200)
        return Error::validation(
            tr("The unit's name is at most 200 characters long."), QStringLiteral("unitName"));
    return setValue(unitNameKey, trimmed);
}

QString UnitSettings::value(const QString &key) const
{
    SqlStatement query(
        m_database, QStringLiteral("SELECT value FROM unit_setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return {};
    return query.text(0);
}

Status UnitSettings::setValue(const QString &key, const QString &value)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement upsert(m_database,
        QStringLiteral("INSERT INTO unit_setting (key, value) VALUES (:key, :value) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    if (Status status = upsert.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
