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

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
