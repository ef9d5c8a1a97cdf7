#include "interfacelanguage.h"

#include "reportlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace App {

namespace {

// Object names of the translators we install, so that a later install() finds and replaces
// them among the application's children.
const QString ownTranslatorName = QStringLiteral("ssedeskTranslator");
const QString qtTranslatorName = QStringLiteral("qtbaseTranslator");

void removeInstalled()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (translator->objectName() == ownTranslatorName
            || translator->objectName() == qtTranslatorName) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

bool installTranslator(const QString &name, const QString &file)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(name);
    if (!translator->load(file)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

// The system's own locale when it speaks the chosen language, so that a Swiss French or
// Argentine user keeps their region's date and number formats; the language's default
// region otherwise.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    return QLocale::languageToCode(system.language()) == code ? system : QLocale(code);
}

} // namespace

QString InterfaceLanguage::settingsKey()
{
    return QStringLiteral("interface/language");
}

QString InterfaceLanguage::systemChoice()
{
    return QStringLiteral("system");
}

QString InterfaceLanguage::fromPreferred(const QStringList &uiLanguages)
{
    const QStringList spoken = Report::ReportLanguage::codes();
    for (const QString &language : uiLanguages) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).toLower();
        if (spoken.contains(code))
            return code;
    }
    return spoken.first();
}

QString InterfaceLanguage::choose(const QString &requested)
{
    const QStringList spoken = Report::ReportLanguage::codes();
    if (spoken.contains(requested))
        return requested;
    const QString setting = QSettings().value(settingsKey(), systemChoice()).toString();
    if (spoken.contains(setting))
        return setting;
    return fromPreferred(QLocale::system().uiLanguages());
}

bool InterfaceLanguage::install(const QString &code)
{
    removeInstalled();
    QLocale::setDefault(localeFor(code));
    // English is the language of the sources: nothing to load, and Qt's own texts are English.
    if (code == Report::ReportLanguage::codes().first())
        return true;
    installTranslator(qtTranslatorName,
        QLibraryInfo::path(QLibraryInfo::TranslationsPath)
            + QStringLiteral("/qtbase_%1.qm").arg(code));
    return installTranslator(ownTranslatorName, Report::ReportLanguage::translationFile(code));
}

} // namespace App
