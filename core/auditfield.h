#ifndef CORE_AUDITFIELD_H
#define CORE_AUDITFIELD_H

#include <QCoreApplication>
#include <QString>

namespace Core {

// What people call a field of an audited record in the change log ("Password changed at",
// "Traveller"), translated: the trail keeps the stored column names. Every column of every
// audited table has its words; a column this table does not know (a newer schema's) is made
// readable from its name.
class AuditField
{
    Q_DECLARE_TR_FUNCTIONS(Core::AuditField)

public:
    static QString name(const QString &table, const QString &column);
    static bool isNamed(const QString &table, const QString &column);
};

} // namespace Core

#endif
