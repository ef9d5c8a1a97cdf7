#include "assignment.h"

#include "enumtable.h"

namespace Core {

namespace {

constexpr EnumEntry<Assignment::Type> typeEntries[] = {
    { Assignment::Type::Jpo, "jpo", QT_TRANSLATE_NOOP("Core::Assignment", "JPO") },
    { Assignment::Type::Internship, "internship",
        QT_TRANSLATE_NOOP("Core::Assignment", "Internship") },
    { Assignment::Type::FixedTerm, "fixed_term",
        QT_TRANSLATE_NOOP("Core::Assignment", "Fixed-term") },
    { Assignment::Type::TechnicalCooperation, "technical_cooperation",
        QT_TRANSLATE_NOOP("Core::Assignment", "Technical cooperation") },
    { Assignment::Type::Consultancy, "consultancy",
        QT_TRANSLATE_NOOP("Core::Assignment", "Consultancy") },
};
constexpr EnumTable typeTable("Core::Assignment", typeEntries);

} // namespace

Error Assignment::validate() const
{
    if (personId == 0)
        return Error::validation(
            tr("An assignment belongs to a person; none was chosen."), QStringLiteral("person"));
    if (title.trimmed().isEmpty())
        return Error::validation(
            tr("An assignment needs a title, such as \"JPO - SSE statistics\"."),
            QStringLiteral("title"));
    if (!start.isValid())
        return Error::validation(tr("The assignment needs a start date."), QStringLiteral("start"));
    if (!end.isValid())
        return Error::validation(tr("The assignment needs an end date."), QStringLiteral("end"));
    if (end < start)
        return Error::validation(tr("The assignment ends (%1) before it starts (%2).")
                                     .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate)),
            QStringLiteral("end"));
    return {};
}

QString Assignment::typeKey(Type type)
{
    return typeTable.key(type);
}

std::optional<Assignment::Type> Assignment::typeFromKey(const QString &key)
{
    return typeTable.fromKey(key);
}

QString Assignment::typeName(Type type)
{
    return typeTable.name(type);
}

QList<Assignment::Type> Assignment::types()
{
    return typeTable.values();
}

bool operator==(const Assignment &a, const Assignment &b)
{
    return a.id == b.id && a.personId == b.personId && a.type == b.type && a.title == b.title
        && a.start == b.start && a.end == b.end && a.renewable == b.renewable
        && a.sponsor == b.sponsor && a.funding == b.funding;
}

QDebug operator<<(QDebug debug, const Assignment &assignment)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Assignment(" << assignment.id << ", person " << assignment.personId << ", "
                    << assignment.title << ", " << assignment.start << " - " << assignment.end
                    << ')';
    return debug;
}

} // namespace Core
