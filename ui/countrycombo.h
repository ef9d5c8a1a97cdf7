#ifndef UI_COUNTRYCOMBO_H
#define UI_COUNTRYCOMBO_H

#include <QComboBox>

namespace Ui {

// Every country by name, holding its ISO 3166 code; "(none)" first when a country is optional.
// Typing a name's first letters jumps to it, as in any combo box.
class CountryCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryCombo(bool optional, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);
};

} // namespace Ui

#endif
