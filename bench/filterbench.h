#ifndef BENCH_FILTERBENCH_H
#define BENCH_FILTERBENCH_H

#include "benchtable.h"

#include <QList>
#include <QString>

class QLineEdit;

namespace Core {
class UnitStore;
}

namespace Bench {

// Filter as you type on the largest list, every progress entry of the unit: a word typed into
// the window's own filter (Ui::TableSetup::filtered: the proxy every page puts between its model
// and its table) one key at a time and erased again, each keystroke timed from the key press to
// the table repainted. Budget: under a 16 ms frame for every keystroke; there is no floor.
class FilterBench
{
public:
    explicit FilterBench(const Core::UnitStore &store);

    void measure(BenchTable &table, int runs) const;

private:
    static QList<double> typeAndErase(QLineEdit &filter, const QString &word);
    static double keystroke(QLineEdit &filter, int key, const QString &text);

    const Core::UnitStore &m_store;
};

} // namespace Bench

#endif
