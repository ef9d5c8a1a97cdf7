#ifndef CORE_UNITSETTINGS_H
#define CORE_UNITSETTINGS_H

#include "../result.h"

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

Q_SIGNALS:
    void changed();

private:
    QString value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    const Database &m_database;
};

} // namespace Core

#endif
