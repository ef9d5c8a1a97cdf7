#include "project.h"

#include "country.h"
#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Partner::Kind> kindEntries[] = {
    { Partner::Kind::Government, "government", QT_TRANSLATE_NOOP("Core::Partner", "Government") },
    { Partner::Kind::WorkersOrganization, "workers_organization",
        QT_TRANSLATE_NOOP("Core::Partner", "Workers' organization") },
    { Partner::Kind::EmployersOrganization, "employers_organization",
        QT_TRANSLATE_NOOP("Core::Partner", "Employers' organization") },
    { Partner::Kind::UnAgency, "un_agency", QT_TRANSLATE_NOOP("Core::Partner", "UN agency") },
    { Partner::Kind::SseOrganization, "sse_organization",
        QT_TRANSLATE_NOOP("Core::Partner", "SSE organization") },
    { Partner::Kind::Academia, "academia", QT_TRANSLATE_NOOP("Core::Partner", "Academia") },
    { Partner::Kind::Donor, "donor", QT_TRANSLATE_NOOP("Core::Partner", "Donor") },
    { Partner::Kind::Other, "other", QT_TRANSLATE_NOOP("Core::Partner", "Other") },
};
constexpr EnumTable kindTable("Core::Partner", kindEntries);

Error checkCountry(const QString &code)
{
    if (code.isEmpty() || Country::isValidCode(code))
        return {};
    return Error::validation(
        Project::tr("\"%1\" is not an ISO 3166 country code (two capital letters, such as SN).")
            .arg(code),
        QStringLiteral("country"));
}

} // namespace

Error Project::validate() const
{
    if (code.trimmed().isEmpty())
        return Error::validation(
            tr("A project needs its code, such as SEN/24/01/LUX."), QStringLiteral("code"));
    if (title.trimmed().isEmpty())
        return Error::validation(tr("A project needs a title."), QStringLiteral("title"));
    if (start.isValid() && end.isValid() && end < start)
        return Error::validation(tr("The project ends (%1) before it starts (%2).")
                                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)),
            QStringLiteral("end"));
    return checkCountry(countryCode);
}

bool operator==(const Project &a, const Project &b)
{
    return a.id == b.id && a.code == b.code && a.title == b.title && a.countryCode == b.countryCode
        && a.donor == b.donor && a.start == b.start && a.end == b.end;
}

Error Partner::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::validation(tr("A partner needs a name."), QStringLiteral("name"));
    return checkCountry(countryCode);
}

QString Partner::kindKey(Kind kind)
{
    return kindTable.key(kind);
}

std::optional<Partner::Kind> Partner::kindFromKey(const QString &key)
{
    return kindTable.fromKey(key);
}

QString Partner::kindName(Kind kind)
{
    return kindTable.name(kind);
}

QList<Partner::Kind> Partner::kinds()
{
    return kindTable.values();
}

bool operator==(const Partner &a, const Partner &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.countryCode == b.countryCode
        && a.contact == b.contact;
}

} // namespace Core
