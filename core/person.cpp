#include "person.h"

#include "enumtable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Core {

namespace {

constexpr EnumEntry<Person::Category> categoryEntries[] = {
    { Person::Category::UnitHead, "unit_head", QT_TRANSLATE_NOOP("Core::Person", "Unit head") },
    { Person::Category::TechnicalOfficer, "technical_officer",
        QT_TRANSLATE_NOOP("Core::Person", "Technical officer") },
    { Person::Category::Jpo, "jpo", QT_TRANSLATE_NOOP("Core::Person", "JPO") },
    { Person::Category::Intern, "intern", QT_TRANSLATE_NOOP("Core::Person", "Intern") },
    { Person::Category::NationalConsultant, "national_consultant",
        QT_TRANSLATE_NOOP("Core::Person", "National consultant") },
    { Person::Category::OtherStaff, "other_staff",
        QT_TRANSLATE_NOOP("Core::Person", "Other staff") },
};
constexpr EnumTable categoryTable("Core::Person", categoryEntries);

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

} // namespace

Error Person::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::validation(
            QCoreApplication::translate("Core::Person", "A person needs a name."),
            QStringLiteral("name"));
    if (!isPlausibleEmail(email.trimmed()))
        return Error::validation(
            QCoreApplication::translate("Core::Person",
                "\"%1\" is not an e-mail address (expected something like name@ilo.org).")
                .arg(email),
            QStringLiteral("email"));
    if (id != 0 && supervisorId == id)
        return Error::validation(
            QCoreApplication::translate("Core::Person", "A person cannot supervise themselves."),
            QStringLiteral("supervisor"));
    return {};
}

QString Person::categoryKey(Category category)
{
    return categoryTable.key(category);
}

std::optional<Person::Category> Person::categoryFromKey(const QString &key)
{
    return categoryTable.fromKey(key);
}

QString Person::categoryName(Category category)
{
    return categoryTable.name(category);
}

QList<Person::Category> Person::categories()
{
    return categoryTable.values();
}

bool operator==(const Person &a, const Person &b)
{
    return a.id == b.id && a.name == b.name && a.email == b.email
        && a.positionTitle == b.positionTitle && a.category == b.category && a.grade == b.grade
        && a.dutyStation == b.dutyStation && a.languages == b.languages
        && a.supervisorId == b.supervisorId;
}

QDebug operator<<(QDebug debug, const Person &person)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Person(" << person.id << ", " << person.name << ", " << person.email << ", "
                    << Person::categoryKey(person.category) << ')';
    return debug;
}

} // namespace Core
