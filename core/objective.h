#ifndef CORE_OBJECTIVE_H
#define CORE_OBJECTIVE_H

#include "error.h"
#include "id.h"

#include <QDate>
#include <QDebug>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// What a work plan sets out to achieve. A learning element ("enhance skills in project cycle
// management") is an objective of kind Learning: tracked the same way, with evidence.
struct Objective
{
    enum class Kind { Work, Learning };

    Id id = 0;
    Id planId = 0;
    Kind kind = Kind::Work;
    QString title;
    QString description;
    QString indicator; // how achievement is measured
    QDate targetDate;
    Id strategyObjectiveId = 0; // the unit strategy outcome it serves; optional
    QList<Id> thematicAreaIds;
    QString evidence; // for learning elements: certificates, seminars attended, products
    int position = 0; // order within the plan

    Error validate() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
};

bool operator==(const Objective &a, const Objective &b);
QDebug operator<<(QDebug debug, const Objective &objective);

} // namespace Core

Q_DECLARE_METATYPE(Core::Objective)

#endif
