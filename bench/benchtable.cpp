#include "benchtable.h"

#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace Bench {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString withUnit(double value, const QString &unit)
{
    return number(value) + QLatin1Char(' ') + unit;
}

QString floorText(const BenchTable::Row &row)
{
    return row.floor > 0 ? withUnit(row.floor, row.unit) : QStringLiteral("-");
}

QString ratioText(const BenchTable::Row &row)
{
    return row.floor > 0 ? QString::number(row.ratio(), 'f', 3) : QStringLiteral("-");
}

QString budgetText(const BenchTable::Row &row)
{
    QStringList parts;
    if (row.maxRatio > 0)
        parts.append(QStringLiteral("<= %1x").arg(row.maxRatio, 0, 'g', 3));
    if (row.maxValue > 0)
        parts.append(QStringLiteral("< %1 %2").arg(row.maxValue, 0, 'g', 3).arg(row.unit));
    if (row.maxAboveFloor > 0)
        parts.append(
            QStringLiteral("<= floor + %1 %2").arg(row.maxAboveFloor, 0, 'g', 3).arg(row.unit));
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QLatin1String(", "));
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
    int budgetWidth = 6;
    for (const Row &row : m_rows) {
        width = std::max(width, int(row.measure.size()));
        budgetWidth = std::max(budgetWidth, int(budgetText(row).size()));
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
               .arg(QStringLiteral("measure"), -width)
               .arg(QStringLiteral("ours"), 12)
               .arg(QStringLiteral("floor"), 12)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("budget"), -budgetWidth)
               .arg(QStringLiteral("verdict"));
    for (const Row &row : m_rows) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(row.measure, -width)
                   .arg(withUnit(row.ours, row.unit), 12)
                   .arg(floorText(row), 12)
                   .arg(ratioText(row), 7)
                   .arg(budgetText(row), -budgetWidth)
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
    out << "measure,ours,floor,unit,ratio,budget,verdict,note\r\n";
    for (const Row &row : m_rows) {
        out << csvField(row.measure) << ',' << number(row.ours) << ','
            << (row.floor > 0 ? number(row.floor) : QString()) << ',' << row.unit << ','
            << (row.floor > 0 ? ratioText(row) : QString()) << ',' << csvField(budgetText(row))
            << ',' << verdictText(row) << ',' << csvField(row.note) << "\r\n";
    }
    return out.status() == QTextStream::Ok && file.flush();
}

} // namespace Bench
