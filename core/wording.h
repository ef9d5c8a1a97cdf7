#ifndef CORE_WORDING_H
#define CORE_WORDING_H

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Core {

// The words core puts into the data it composes (the names of categories, kinds and statuses,
// dates inside a sentence) come from the application's translation and default locale, unless
// a Scope on the current thread asks for another language: a summary read for a Spanish
// document while the window speaks French. A Scope holds for its own thread only and only while
// it lives, so that other threads and the window keep their language; messages meant for the
// user (errors, progress) are never worded through it.
class Wording
{
public:
    class Scope
    {
    public:
        // A null translator words everything in the source texts, English.
        Scope(std::shared_ptr<const QTranslator> translator, QLocale locale);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        friend class Wording;

        const Scope *m_previous;
        std::shared_ptr<const QTranslator> m_translator;
        QLocale m_locale;
    };

    static QString translate(const char *context, const char *source);
    static QLocale locale();
};

} // namespace Core

#endif
