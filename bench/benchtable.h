#ifndef BENCH_BENCHTABLE_H
#define BENCH_BENCHTABLE_H

#include <QList>
#include <QString>

class QTextStream;

namespace Bench {

// The benchmark's verdicts: each measure against its floor measured in the same run, with the
// budget it must keep. Printed as a table for people and written as CSV for tools.
class BenchTable
{
public:
    struct Row
    {
        QString measure;
        double ours = 0;
        double floor = 0; // 0 when the measure has no floor
        // The largest ours/floor ratio allowed; 0 when there is no such budget.
        double maxRatio = 0;
        QString note;
        QString unit = QStringLiteral("ms");
        // Ours must stay below this whatever the floor (a 16 ms frame); 0 when there is none.
        double maxValue = 0;
        // Ours may exceed the floor by this much at most (memory); 0 when there is no such
        // budget.
        double maxAboveFloor = 0;

        double ratio() const { return floor > 0 ? ours / floor : 0; }
        bool hasBudget() const { return maxRatio > 0 || maxValue > 0 || maxAboveFloor > 0; }
        bool isWithinBudget() const
        {
            return (maxRatio <= 0 || ratio() <= maxRatio) && (maxValue <= 0 || ours < maxValue)
                && (maxAboveFloor <= 0 || ours - floor <= maxAboveFloor);
        }
    };

    void add(const Row &row);
    bool allWithinBudget() const;
    void print(QTextStream &out) const;
    bool writeCsv(const QString &path) const;

private:
    QList<Row> m_rows;
};

} // namespace Bench

#endif
