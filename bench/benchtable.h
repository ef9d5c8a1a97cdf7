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
        double ours = 0; // milliseconds
        double floor = 0; // milliseconds
        // The largest ours/floor ratio allowed; 0 when the row is informative only.
        double maxRatio = 0;
        QString note;

        double ratio() const { return floor > 0 ? ours / floor : 0; }
        bool hasBudget() const { return maxRatio > 0; }
        bool isWithinBudget() const { return !hasBudget() || ratio() <= maxRatio; }
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
