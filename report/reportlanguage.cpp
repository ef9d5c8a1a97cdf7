#include "reportlanguage.h"

#include <QTextDocument>
#include <QTranslator>
#include <QVariant>

namespace Report {

namespace {

const QString english = QStringLiteral("en");
// A dynamic property rather than a field of ours: the document is Qt's, passed around as such.
const char *const languageProperty = "ssedeskReportLanguage";

QLocale localeOf(const QString &code)
{
    // British English: the house style of the ILO's English documents ("14 Mar 2026").
    return code == english ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
}

} // namespace

ReportLanguage::ReportLanguage() : m_code(english), m_locale(localeOf(english)) { }

ReportLanguage::ReportLanguage(QString code, std::shared_ptr<const QTranslator> translator)
    : m_code(std::move(code)), m_locale(localeOf(m_code)), m_translator(std::move(translator))
{
}

QStringList ReportLanguage::codes()
{
    return { english, QStringLiteral("fr"), QStringLiteral("es") };
}

QString ReportLanguage::translationFile(const QString &code)
{
    return QStringLiteral(":/i18n/ssedesk_%1.qm").arg(code);
}

std::optional<ReportLanguage> ReportLanguage::fromCode(const QString &code)
{
    const QString wanted = code.trimmed().toLower();
    if (!codes().contains(wanted))
        return std::nullopt;
    if (wanted == english)
        return ReportLanguage();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(translationFile(wanted)))
        return std::nullopt;
    return ReportLanguage(wanted, std::move(translator));
}

ReportLanguage ReportLanguage::of(const QTextDocument &document)
{
    return fromCode(document.property(languageProperty).toString()).value_or(ReportLanguage());
}

QString ReportLanguage::code() const
{
    return m_code;
}

QLocale ReportLanguage::locale() const
{
    return m_locale;
}

QString ReportLanguage::translate(const char *context, const char *source) const
{
    const QString text = m_translator ? m_translator->translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

Core::Wording::Scope ReportLanguage::wording() const
{
    return Core::Wording::Scope(m_translator, m_locale);
}

void ReportLanguage::tag(QTextDocument &document) const
{
    document.setProperty(languageProperty, m_code);
}

} // namespace Report
