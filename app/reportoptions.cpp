#include "reportoptions.h"

#include "interfacelanguage.h"

#include <QCommandLineParser>

namespace App {

namespace {

// Years a unit's records can belong to; anything else is a typing slip.
constexpr int firstYear = 1950;
constexpr int lastYear = 2200;

} // namespace

ReportOptions::ReportOptions(QList<Report::OutputFormat::Kind> formats)
    : m_formats(std::move(formats))
{
}

void ReportOptions::add(QCommandLineParser &parser, const QString &outDescription) const
{
    const QString formats = Report::OutputFormat::names(m_formats).join(QLatin1Char('|'));
    parser.addOption({ QStringLiteral("database"), tr("The unit database to read."), tr("FILE") });
    parser.addOption({ QStringLiteral("cycle"),
        tr("The year of the cycle: the appraisal cycle starting that year, else the calendar "
           "year."),
        tr("YYYY") });
    parser.addOption(
        { QStringLiteral("format"), tr("The kind of file: %1.").arg(formats), tr("FORMAT") });
    parser.addOption({ QStringLiteral("out"), outDescription, tr("PATH") });
    parser.addOption({ QStringLiteral("page"), tr("Paper size of a PDF: a4 or letter."), tr("SIZE"),
        QStringLiteral("a4") });
    parser.addOption({ QStringLiteral("language"),
        tr("The language of the document: %1. Default: the language of the interface.")
            .arg(Report::ReportLanguage::codes().join(QLatin1Char('|'))),
        tr("LANGUAGE") });
}

QString ReportOptions::read(const QCommandLineParser &parser, Values &values) const
{
    values.database = parser.value(QStringLiteral("database"));
    values.out = parser.value(QStringLiteral("out"));
    for (const QString &option : { QStringLiteral("database"), QStringLiteral("cycle"),
             QStringLiteral("format"), QStringLiteral("out") }) {
        if (parser.value(option).trimmed().isEmpty())
            return tr("--%1 is needed.").arg(option);
    }
    if (const QString error = readYear(parser, values); !error.isEmpty())
        return error;
    const QString formatName = parser.value(QStringLiteral("format"));
    const auto format = Report::OutputFormat::fromName(formatName);
    if (!format || !m_formats.contains(*format))
        return tr("--format must be one of %1, not \"%2\".")
            .arg(Report::OutputFormat::names(m_formats).join(QStringLiteral(", ")), formatName);
    values.format = *format;
    const QString pageName = parser.value(QStringLiteral("page"));
    const auto paper = Report::DocumentFile::paperFromName(pageName);
    if (!paper)
        return tr("--page must be a4 or letter, not \"%1\".").arg(pageName);
    values.paper = *paper;
    return readLanguage(parser, values);
}

QString ReportOptions::readLanguage(const QCommandLineParser &parser, Values &values)
{
    const QString code = parser.value(QStringLiteral("language"));
    const auto language = Report::ReportLanguage::fromCode(
        parser.isSet(QStringLiteral("language")) ? code : InterfaceLanguage::choose());
    if (!language)
        return tr("--language must be one of %1, not \"%2\".")
            .arg(Report::ReportLanguage::codes().join(QStringLiteral(", ")), code);
    values.language = *language;
    return {};
}

QString ReportOptions::readYear(const QCommandLineParser &parser, Values &values) const
{
    const QString text = parser.value(QStringLiteral("cycle")).trimmed();
    bool isNumber = false;
    values.year = text.toInt(&isNumber);
    if (!isNumber || text.size() != 4 || values.year < firstYear || values.year > lastYear)
        return tr("--cycle must be a year written YYYY between %1 and %2, not \"%3\".")
            .arg(firstYear)
            .arg(lastYear)
            .arg(text);
    return {};
}

} // namespace App
