#include "csvheader.h"

namespace Core {

CsvHeader::CsvHeader(
    const QStringList &header, const QStringList &known, const QStringList &required)
    : m_width(header.size())
{
    for (int column = 0; column < header.size(); ++column) {
        const QString name = normalized(header.at(column));
        if (name.isEmpty()) {
            // Trailing commas that spreadsheets add are harmless as long as nothing is under them.
            m_unnamed.insert(column);
        } else if (!known.contains(name)) {
            m_issues.append({ 1, header.at(column).trimmed(),
                tr("Unknown column. The columns are: %1.").arg(known.join(QStringLiteral(", "))) });
        } else if (m_index.contains(name)) {
            m_issues.append({ 1, name, tr("The column appears twice.") });
        } else {
            m_index.insert(name, column);
        }
    }
    for (const QString &name : required) {
        if (!m_index.contains(name))
            m_issues.append({ 1, name, tr("This column is missing; it is required.") });
    }
}

QString CsvHeader::cell(const QStringList &row, const QString &column) const
{
    const int index = m_index.value(column, -1);
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
}

QList<ImportIssue> CsvHeader::strayCells(const QStringList &row, int rowNumber) const
{
    QList<ImportIssue> stray;
    for (int column = 0; column < row.size(); ++column) {
        if ((column >= m_width || m_unnamed.contains(column))
            && !row.at(column).trimmed().isEmpty())
            stray.append({ rowNumber, tr("column %1").arg(column + 1),
                tr("A value in a column with no name in the header: \"%1\".")
                    .arg(row.at(column).trimmed().left(40)) });
    }
    return stray;
}

QString CsvHeader::normalized(const QString &name)
{
    QString folded = name.toCaseFolded();
    folded.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return folded.simplified();
}

bool CsvHeader::isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace Core
