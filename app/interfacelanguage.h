#ifndef APP_INTERFACELANGUAGE_H
#define APP_INTERFACELANGUAGE_H

#include <QString>
#include <QStringList>

namespace App {

// The language of the interface, chosen once at start-up before any widget is built: the one
// asked for on the command line, else the one chosen in the settings ("interface/language":
// "system", "en", "fr" or "es"), else the first of the system's preferred languages that the
// application speaks, else English. Installing it loads our translation and Qt's own (the
// texts of standard dialogs and buttons) and makes its locale the default, so that dates and
// numbers follow the language too.
class InterfaceLanguage
{
public:
    static QString settingsKey();
    // The value of the setting that follows the system.
    static QString systemChoice();

    // A code of Report::ReportLanguage::codes(): `requested` when it is one (an empty string
    // asks nothing), else the setting, else the system's preferred languages.
    static QString choose(const QString &requested = QString());
    // The first of `uiLanguages` (as QLocale::uiLanguages() gives them: "fr-CH", "fr", ...)
    // that the application speaks; English when none is.
    static QString fromPreferred(const QStringList &uiLanguages);
    // Replaces the translators a previous install() put in place, so that a test can switch
    // languages. Returns false when our translation for `code` cannot be loaded (the
    // interface then stays in English); Qt's own translation is optional, as it is a separate
    // Debian package (qt6-translations-l10n).
    static bool install(const QString &code);
};

} // namespace App

#endif
