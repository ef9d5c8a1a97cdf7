#ifndef UI_LOOKUPS_H
#define UI_LOOKUPS_H

#include <id.h>
#include <result.h>

#include <QHash>
#include <QList>
#include <QString>

namespace Core {
class UnitStore;
}

namespace Ui {

// Names of the records other records link to, read once per model refresh so that a table of
// missions or deliverables shows people and projects by name without a query per cell.
class Lookups
{
public:
    static Core::Result<QHash<Core::Id, QString>> personNames(const Core::UnitStore &store);
    static Core::Result<QHash<Core::Id, QString>> projectCodes(const Core::UnitStore &store);
    // "Kofi Mensah, Lea Rossi" in the order of `ids`; unknown ids are skipped.
    static QString joined(const QHash<Core::Id, QString> &names, const QList<Core::Id> &ids);
    // "Dakar, Senegal"; either part may be missing.
    static QString place(const QString &city, const QString &countryCode);
    // "3 Dec – 7 Dec 2026", or one date when both are the same day.
    static QString dateRange(const QDate &start, const QDate &end);
};

} // namespace Ui

#endif
