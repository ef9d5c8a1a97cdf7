#include "outputformat.h"

namespace Report {

namespace {

const QList<OutputFormat::Kind> allKinds {
    OutputFormat::Pdf,
    OutputFormat::Odt,
    OutputFormat::Html,
    OutputFormat::Csv,
};

} // namespace

std::optional<OutputFormat::Kind> OutputFormat::fromName(const QString &name)
{
    for (const Kind kind : allKinds) {
        if (name.compare(OutputFormat::name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString OutputFormat::name(Kind kind)
{
    switch (kind) {
    case Pdf:
        return QStringLiteral("pdf");
    case Odt:
        return QStringLiteral("odt");
    case Html:
        return QStringLiteral("html");
    case Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QStringList OutputFormat::names(const QList<Kind> &kinds)
{
    QStringList names;
    for (const Kind kind : kinds)
        names.append(name(kind));
    return names;
}

} // namespace Report
