#include "lookups.h"

#include "format.h"

#include <country.h>
#include <storage/peoplerepository.h>
#include <storage/projectrepository.h>
#include <unitstore.h>

#include <QStringList>

namespace Ui {

Core::Result<QHash<Core::Id, QString>> Lookups::personNames(const Core::UnitStore &store)
{
    const auto people = store.people().all();
    if (!people)
        return people.error();
    QHash<Core::Id, QString> names;
    for (const Core::Person &person : people.value())
        names.insert(person.id, person.name);
    return names;
}

Core::Result<QHash<Core::Id, QString>> Lookups::projectCodes(const Core::UnitStore &store)
{
    const auto projects = store.projects().projects();
    if (!projects)
        return projects.error();
    QHash<Core::Id, QString> codes;
    for (const Core::Project &project : projects.value())
        codes.insert(project.id, project.code);
    return codes;
}

QString Lookups::joined(const QHash<Core::Id, QString> &names, const QList<Core::Id> &ids)
{
    QStringList parts;
    for (const Core::Id id : ids) {
        if (names.contains(id))
            parts.append(names.value(id));
    }
    return parts.join(QStringLiteral(", "));
}

QString Lookups::place(const QString &city, const QString &countryCode)
{
    QStringList parts;
    if (!city.trimmed().isEmpty())
        parts.append(city.trimmed());
    if (!countryCode.isEmpty())
        parts.append(Core::Country::name(countryCode));
    return parts.join(QStringLiteral(", "));
}

QString Lookups::dateRange(const QDate &start, const QDate &end)
{
    if (!end.isValid() || start == end)
        return Format::date(start);
    const QString from
        = start.year() == end.year() ? Format::shortDate(start) : Format::date(start);
    return from + QStringLiteral(" – ") + Format::date(end);
}

} // namespace Ui
