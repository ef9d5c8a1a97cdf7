#ifndef CORE_PROJECT_H
#define CORE_PROJECT_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// A development cooperation project the unit runs with a country and a donor.
struct Project
{
    Q_DECLARE_TR_FUNCTIONS(Core::Project)

public:
    Id id = 0;
    QString code; // e.g. "SEN/24/01/LUX"
    QString title;
    QString countryCode; // ISO 3166 alpha-2; empty for a global project
    QString donor;
    QDate start;
    QDate end;

    Error validate() const;
};

bool operator==(const Project &a, const Project &b);

// An organisation the unit works with.
struct Partner
{
    Q_DECLARE_TR_FUNCTIONS(Core::Partner)

public:
    enum class Kind {
        Government,
        WorkersOrganization,
        EmployersOrganization,
        UnAgency,
        SseOrganization,
        Academia,
        Donor,
        Other
    };

    Id id = 0;
    QString name;
    Kind kind = Kind::Other;
    QString countryCode; // empty for an international organisation
    QString contact;

    Error validate() const;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindName(Kind kind);
    static QList<Kind> kinds();
};

bool operator==(const Partner &a, const Partner &b);

} // namespace Core

Q_DECLARE_METATYPE(Core::Project)
Q_DECLARE_METATYPE(Core::Partner)

#endif
