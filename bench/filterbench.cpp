#include "filterbench.h"

#include "progressentriesmodel.h"
#include "timing.h"

#include <tablesetup.h>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Bench {

namespace {

constexpr double frameMs = 16;
// A word of the demo unit's progress notes ("Completed: draft the brief."): the list narrows
// as it is typed and widens again, the dearer way, as it is erased.
const QString typedWord = QStringLiteral("draft");

} // namespace

FilterBench::FilterBench(const Core::UnitStore &store) : m_store(store) { }

void FilterBench::measure(BenchTable &table, int runs) const
{
    ProgressEntriesModel model(m_store);
    QWidget page;
    auto *filter = new QLineEdit(&page);
    auto *view = new QTableView(&page);
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(filter);
    layout->addWidget(view);
    Ui::TableSetup::apply(view);
    view->setModel(Ui::TableSetup::filtered(&model, filter));
    page.resize(1400, 850);
    page.show();
    filter->setFocus();
    QApplication::processEvents();

    QList<QList<double>> keystrokes; // by position in the word typed and erased, one per run
    for (int run = 0; run < runs; ++run) {
        const QList<double> times = typeAndErase(*filter, typedWord);
        keystrokes.resize(times.size());
        for (int key = 0; key < times.size(); ++key)
            keystrokes[key].append(times.at(key));
    }
    QList<double> medians;
    for (const QList<double> &times : std::as_const(keystrokes))
        medians.append(Timing::median(times));
    const auto worst = std::max_element(medians.cbegin(), medians.cend());
    const int worstKey = int(worst - medians.cbegin());
    BenchTable::Row row;
    row.measure
        = QStringLiteral("filter as you type, all %1 progress entries").arg(model.rowCount());
    row.ours = *worst;
    row.maxValue = frameMs;
    // The filter after the worst keystroke: typing "d", "dr", ... then erasing back to "".
    const int letters
        = worstKey < typedWord.size() ? worstKey + 1 : 2 * int(typedWord.size()) - worstKey - 1;
    row.note = QStringLiteral("worst of %1 keystrokes typing \"%2\" and erasing it: %3 to "
                              "\"%4\"; median keystroke %5 ms")
                   .arg(medians.size())
                   .arg(typedWord,
                       worstKey < typedWord.size() ? QStringLiteral("typing")
                                                   : QStringLiteral("erasing"),
                       typedWord.left(letters))
                   .arg(Timing::median(medians), 0, 'f', 2);
    table.add(row);
}

QList<double> FilterBench::typeAndErase(QLineEdit &filter, const QString &word)
{
    QList<double> times;
    for (const QChar letter : word)
        times.append(keystroke(filter, Qt::Key_A + (letter.toLatin1() - 'a'), letter));
    for (int i = 0; i < word.size(); ++i)
        times.append(keystroke(filter, Qt::Key_Backspace, QString()));
    return times;
}

// From the key press to the table painted again: the line edit's textChanged refilters the
// proxy at once, and the repaint it asks for is done by the events processed after.
double FilterBench::keystroke(QLineEdit &filter, int key, const QString &text)
{
    return Timing::milliseconds([&] {
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(&filter, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(&filter, &release);
        QApplication::processEvents();
    });
}

} // namespace Bench
