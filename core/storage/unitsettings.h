#ifndef CORE_UNITSETTINGS_H
#define CORE_UNITSETTINGS_H

#include "../result.h"
#include "backuprotation.h"

#include <QObject>

namespace Core {

class Database;

// Settings that belong to the unit and travel with its database, not with one user's desktop.
class UnitSettings : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultBtoWorkingDays = 10;

    explicit UnitSettings(const Database &database, QObject *parent = nullptr);

    // Working days after return within which a back-to-office report is due.
    int btoWorkingDays() const;
    Status setBtoWorkingDays(int days); // 1..60
    // The unit's name as its documents print it; empty until someone sets it.
    QString unitName() const;
    Status setUnitName(const QString &name); // at most 200 characters

    // How many backups the rotation keeps (see BackupRotation): a unit kept on a small disk
    // keeps fewer. Daily 1..100, weekly and monthly 0..100.
    BackupRotation::Policy backupPolicy() const;
    Status setBackupPolicy(const BackupRotation::Policy &policy);
    // Whether the window backs up by itself (daily, and after 30 minutes of changes). Backups
    // before a migration, an import and a restore are taken whatever this says.
    bool automaticBackups() const;
    Status setAutomaticBackups(bool on);

Q_SIGNALS:
    void changed();

private:
    QString value(const QString &key) const;
    int number(const QString &key, int fallback) const;
    Status setValue(const QString &key, const QString &value);
    Status setValues(const QList<QPair<QString, QString>> &values);

    const Database &m_database;
};

} // namespace Core

#endif
