#include "countrycombo.h"

#include <country.h>

namespace Ui {

CountryCombo::CountryCombo(bool optional, QWidget *parent) : QComboBox(parent)
{
    if (optional)
        addItem(tr("(none)"), QString());
    const QStringList codes = Core::Country::codes();
    for (const QString &code : codes)
        addItem(Core::Country::name(code), code);
    // A long list: let the popup scroll instead of covering the screen.
    setMaxVisibleItems(20);
    setCurrentIndex(optional ? 0 : -1);
}

QString CountryCombo::code() const
{
    return currentData().toString();
}

void CountryCombo::setCode(const QString &code)
{
    const int index = findData(code);
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace Ui
