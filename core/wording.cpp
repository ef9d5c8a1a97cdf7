#include "wording.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Core {

namespace {

thread_local const Wording::Scope *current = nullptr;

} // namespace

Wording::Scope::Scope(std::shared_ptr<const QTranslator> translator, QLocale locale)
    : m_previous(current), m_translator(std::move(translator)), m_locale(std::move(locale))
{
    current = this;
}

Wording::Scope::~Scope()
{
    current = m_previous;
}

QString Wording::translate(const char *context, const char *source)
{
    if (!current)
        return QCoreApplication::translate(context, source);
    const QString text
        = current->m_translator ? current->m_translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

QLocale Wording::locale()
{
    return current ? current->m_locale : QLocale();
}

} // namespace Core
