#ifndef CORE_PERSON_H
#define CORE_PERSON_H

#include "error.h"
#include "id.h"

#include <QDebug>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Core {

// Someone who works in or for the unit.
struct Person
{
    enum class Category { UnitHead, TechnicalOfficer, Jpo, Intern, NationalConsultant, OtherStaff };

    Id id = 0;
    QString name;
    QString email;
    QString positionTitle;
    Category category = Category::OtherStaff;
    QString grade; // P2, P3, ... or empty for interns and consultants
    QString dutyStation; // "HQ Geneva" or a field office
    QStringList languages; // ISO 639-1 codes; EN, FR and ES are the working languages
    Id supervisorId = 0;

    // Rules that need nothing but the record itself; the repository adds those that need the
    // database (a supervisor who exists, an e-mail nobody else has).
    Error validate() const;

    static QString categoryKey(Category category);
    static std::optional<Category> categoryFromKey(const QString &key);
    static QString categoryName(Category category);
    static QList<Category> categories();
};

bool operator==(const Person &a, const Person &b);
QDebug operator<<(QDebug debug, const Person &person);

} // namespace Core

Q_DECLARE_METATYPE(Core::Person)

#endif
