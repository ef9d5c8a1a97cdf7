#ifndef REPORT_REPORTLANGUAGE_H
#define REPORT_REPORTLANGUAGE_H

#include "wording.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QTextDocument;
class QTranslator;

namespace Report {

// The language a document is written in, chosen per export and independent of the language of
// the window: a unit head working in French still files an English summary for an English
// speaking donor. It holds its own translator, queried directly rather than installed on the
// application, so that documents in several languages can be built at once on any threads
// while the window keeps its own language. English is the language of the sources: no
// translator. Copies share the translator.
class ReportLanguage
{
public:
    // English, the language of the sources.
    ReportLanguage();

    // "en", "fr", "es": the languages the application ships translations for.
    static QStringList codes();
    // The language of a code from codes() (case-insensitive), or nothing for any other code
    // or when the translation cannot be loaded.
    static std::optional<ReportLanguage> fromCode(const QString &code);
    // The language a document was built in (see tag()), English when it was never tagged.
    static ReportLanguage of(const QTextDocument &document);
    // Where the compiled translation of a code is, in the application's resources.
    static QString translationFile(const QString &code);

    QString code() const;
    // Dates, numbers and month names follow this locale in the document.
    QLocale locale() const;
    // The source text translated in `context`; the source itself where there is no
    // translation. Counts are worded by ReportText::count(), never with "%n".
    QString translate(const char *context, const char *source) const;
    // While the returned scope lives, what core words itself on this thread (the names of
    // categories and statuses, dates inside sentences, as the summaries are read) is in this
    // language too.
    Core::Wording::Scope wording() const;
    // Marks a document as written in this language, for what is painted later from it (the
    // page footers of a PDF or a print).
    void tag(QTextDocument &document) const;

private:
    ReportLanguage(QString code, std::shared_ptr<const QTranslator> translator);

    QString m_code;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace Report

#endif
