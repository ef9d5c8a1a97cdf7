#include "unitsettings.h"

#include "database.h"
#include "sqlstatement.h"
#include "transactionguard.h"

namespace Core {

namespace {

const QString btoKey = QStringLiteral("bto_working_days");
const QString unitNameKey = QStringLiteral("unit_name");
const QString backupDailyKey = QStringLiteral("backup_daily");
const QString backupWeeklyKey = QStringLiteral("backup_weekly");
const QString backupMonthlyKey = QStringLiteral("backup_monthly");
const QString automaticBackupsKey = QStringLiteral("automatic_backups");
constexpr int maxBackupsKept = 100;

} // namespace

UnitSettings::UnitSettings(const Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
}

int UnitSettings::btoWorkingDays() const
{
    return number(btoKey, defaultBtoWorkingDays);
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

BackupRotation::Policy UnitSettings::backupPolicy() const
{
    const BackupRotation::Policy defaults;
    return { number(backupDailyKey, defaults.daily), number(backupWeeklyKey, defaults.weekly),
        number(backupMonthlyKey, defaults.monthly) };
}

Status UnitSettings::setBackupPolicy(const BackupRotation::Policy &policy)
{
    if (policy.daily < 1 || policy.daily > maxBackupsKept)
        return Error::validation(
            tr("Keep the backups of 1 to %1 days, not %2.").arg(maxBackupsKept).arg(policy.daily),
            QStringLiteral("backupDaily"));
    if (policy.weekly < 0 || policy.weekly > maxBackupsKept)
        return Error::validation(
            tr("Keep the backups of 0 to %1 weeks, not %2.").arg(maxBackupsKept).arg(policy.weekly),
            QStringLiteral("backupWeekly"));
    if (policy.monthly < 0 || policy.monthly > maxBackupsKept)
        return Error::validation(tr("Keep the backups of 0 to %1 months, not %2.")
                                     .arg(maxBackupsKept)
                                     .arg(policy.monthly),
            QStringLiteral("backupMonthly"));
    return setValues({ { backupDailyKey, QString::number(policy.daily) },
        { backupWeeklyKey, QString::number(policy.weekly) },
        { backupMonthlyKey, QString::number(policy.monthly) } });
}

bool UnitSettings::automaticBackups() const
{
    return number(automaticBackupsKey, 1) != 0;
}

Status UnitSettings::setAutomaticBackups(bool on)
{
    return setValue(automaticBackupsKey, on ? QStringLiteral("1") : QStringLiteral("0"));
}

int UnitSettings::number(const QString &key, int fallback) const
{
    bool ok = false;
    const int stored = value(key).toInt(&ok);
    return ok ? stored : fallback;
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
    return setValues({ { key, value } });
}

Status UnitSettings::setValues(const QList<QPair<QString, QString>> &values)
{
    TransactionGuard transaction(m_database);
    if (!transaction.began())
        return transaction.began();
    for (const auto &[key, value] : values) {
        SqlStatement upsert(m_database,
            QStringLiteral("INSERT INTO unit_setting (key, value) VALUES (:key, :value) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        if (Status status = upsert.exec(); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

} // namespace Core
