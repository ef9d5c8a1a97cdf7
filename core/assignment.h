#ifndef CORE_ASSIGNMENT_H
#define CORE_ASSIGNMENT_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QDebug>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// A person's time in the unit: a JPO posting, an internship, a contract.
struct Assignment
{
    Q_DECLARE_TR_FUNCTIONS(Core::Assignment)

public:
    enum class Type { Jpo, Internship, FixedTerm, TechnicalCooperation, Consultancy };

    Id id = 0;
    Id personId = 0;
    Type type = Type::FixedTerm;
    QString title; // "JPO - SSE statistics"
    QDate start;
    QDate end;
    bool renewable = false;
    QString sponsor; // the donor government sponsoring a JPO
    QString funding;

    Error validate() const;
    int daysLeft(const QDate &today) const { return int(today.daysTo(end)); }

    static QString typeKey(Type type);
    static std::optional<Type> typeFromKey(const QString &key);
    static QString typeName(Type type);
    static QList<Type> types();
};

bool operator==(const Assignment &a, const Assignment &b);
QDebug operator<<(QDebug debug, const Assignment &assignment);

} // namespace Core

Q_DECLARE_METATYPE(Core::Assignment)

#endif
