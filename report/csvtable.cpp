#include "csvtable.h"

namespace Report {

namespace {

bool startsAsFormula(const QString &value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && triggers.contains(value.front());
}

} // namespace

CsvTable::CsvTable(QStringList header) : m_header(std::move(header)) { }

void CsvTable::addRow(const QStringList &fields)
{
    m_rows.append(fields);
}

QString CsvTable::field(const QString &value)
{
    const QString guarded = startsAsFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = guarded.contains(QLatin1Char(','))
        || guarded.contains(QLatin1Char('"')) || guarded.contains(QLatin1Char('\n'))
        || guarded.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return guarded;
    QString quoted = guarded;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvTable::toUtf8() const
{
    QString text;
    for (const QStringList &row : QList<QStringList> { m_header } + m_rows) {
        QStringList fields;
        for (int i = 0; i < m_header.size(); ++i)
            fields.append(field(row.value(i)));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Report
