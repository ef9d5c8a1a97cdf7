#ifndef UI_PAGESTACK_H
#define UI_PAGESTACK_H

#include <QList>
#include <QStackedWidget>

#include <functional>

namespace Ui {

// A stack of pages each built the first time it is shown or asked for. Every page loads its
// data when built, so building all of them before the first paint made a cold start several
// times slower than the page it opens on. A slot holds an empty placeholder until then, so
// indexes never move.
class PageStack : public QStackedWidget
{
    Q_OBJECT
public:
    // Builds a page parented to the stack; called at most once.
    using Factory = std::function<QWidget *(QWidget *parent)>;

    explicit PageStack(QWidget *parent = nullptr);

    // A slot at the end, for the page `factory` builds.
    void addPage(Factory factory);
    // The slot's page, built now if it was not yet.
    QWidget *page(int index);
    bool isBuilt(int index) const;
    // Makes the slot's page the one shown, building it first.
    void showPage(int index);

private:
    // One per slot; emptied once its page is built.
    QList<Factory> m_factories;
};

} // namespace Ui

#endif
