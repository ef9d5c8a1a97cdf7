#include "unitsettings.h"

#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

namespace Core {

namespace {

const QString btoKey = QStringLiteral("bto_working_days");

} // namespace

UnitSettings::UnitSettings(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

int UnitSettings::btoWorkingDays() const
{
    SqlStatement query(
        m_database, QStringLiteral("SELECT value FROM unit_setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), btoKey);
    if (!query.exec() || !query.next())
        return defaultBtoWorkingDays;
    bool ok = false;
    const int days = query.text(0).toInt(&ok);
    return ok ? days : defaultBtoWorkingDays;
}

Status UnitSettings::setBtoWorkingDays(int days)
{
    if (days < 1 || days > 60)
        return Error::validation(
            tr("A back-to-office report is due within 1 to 60 working days, not %1.").arg(days),
            QStringLiteral("btoWorkingDays"));
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    SqlStatement upsert(m_database,
        QStringLiteral("INSERT INTO unit_setting (key, value) VALUES (:key, :value) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), btoKey)
        .bind(QStringLiteral(":value"), QString::number(days));
    if (Status status = upsert.exec(); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
