#ifndef CORE_REFERENCEITEM_H
#define CORE_REFERENCEITEM_H

#include "id.h"

#include <QMetaType>
#include <QString>

namespace Core {

// An entry of one of the unit's reference lists: a strategy objective ("Outcome 2: ...") or a
// thematic area ("Care economy"). The lists are seeded with defaults and belong to the unit.
struct ReferenceItem
{
    Id id = 0;
    QString code; // short stable code, e.g. "SO2" or "care"
    QString title;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ReferenceItem)

#endif
