#include "country.h"

#include <QLocale>

#include <algorithm>

namespace Core {

bool Country::isValidCode(const QString &code)
{
    return code.size() == 2 && code == code.toUpper()
        && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

QString Country::name(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QStringList Country::codes()
{
    QStringList all;
    for (int value = QLocale::AnyTerritory + 1; value <= QLocale::LastTerritory; ++value) {
        const QString code = QLocale::territoryToCode(static_cast<QLocale::Territory>(value));
        if (code.size() == 2 && !all.contains(code))
            all.append(code);
    }
    std::sort(all.begin(), all.end(),
        [](const QString &a, const QString &b) { return name(a) < name(b); });
    return all;
}

} // namespace Core
