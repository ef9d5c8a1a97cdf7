#ifndef CORE_COUNTRY_H
#define CORE_COUNTRY_H

#include <QString>
#include <QStringList>

namespace Core {

// Countries by ISO 3166-1 alpha-2 code ("SN", "PH"), named through QLocale's territory list so
// that no country table has to be kept by hand.
class Country
{
public:
    static bool isValidCode(const QString &code);
    static QString name(const QString &code); // English name, or the code when unknown
    static QStringList codes(); // every code QLocale knows, sorted by name
};

} // namespace Core

#endif
