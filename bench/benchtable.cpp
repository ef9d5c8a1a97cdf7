#include "benchtable.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace Bench {

namespace {

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString budgetText(const BenchTable::Row &row)
{
    return row.hasBudget() ? QStringLiteral("<= %1x").arg(row.maxRatio, 0, 'g', 3)
                           : QStringLiteral("-");
}

QString verdictText(const BenchTable::Row &row)
{
    if (!row.hasBudget())
        return QStringLiteral("info");
    return row.isWithinBudget() ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
QString csvField(QString field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')))
        return field;
    field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

} // namespace

void BenchTable::add(const Row &row)
{
    m_rows.append(row);
}

bool BenchTable::allWithinBudget() const
{
    return std::all_of(
        m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.isWithinBudget(); });
}

void BenchTable::print(QTextStream &out) const
{
    int width = 7;
    for (const Row &row : m_rows)
        width = std::max(width, int(row.measure.size()));
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("measure"), -width)
               .arg(QStringLiteral("ours ms"), 10)
               .arg(QStringLiteral("floor ms"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("budget"), 8)
               .arg(QStringLiteral("verdict"));
    for (const Row &row : m_rows) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(row.measure, -width)
                   .arg(milliseconds(row.ours), 10)
                   .arg(milliseconds(row.floor), 10)
                   .arg(QString::number(row.ratio(), 'f', 3), 7)
                   .arg(budgetText(row), 8)
                   .arg(verdictText(row));
        if (!row.note.isEmpty())
            out << QStringLiteral("  (") << row.note << QLatin1Char(')');
        out << QLatin1Char('\n');
    }
}

bool BenchTable::writeCsv(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << "measure,ours_ms,floor_ms,ratio,budget,verdict,note\r\n";
    for (const Row &row : m_rows) {
        out << csvField(row.measure) << ',' << milliseconds(row.ours) << ','
            << milliseconds(row.floor) << ',' << QString::number(row.ratio(), 'f', 3) << ','
            << csvField(budgetText(row)) << ',' << verdictText(row) << ',' << csvField(row.note)
            << "\r\n";
    }
    return out.status() == QTextStream::Ok && file.flush();
}

} // namespace Bench
