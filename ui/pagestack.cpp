#include "pagestack.h"

#include <utility>

namespace Ui {

PageStack::PageStack(QWidget *parent) : QStackedWidget(parent) { }

void PageStack::addPage(Factory factory)
{
    m_factories.append(std::move(factory));
    addWidget(new QWidget(this));
}

QWidget *PageStack::page(int index)
{
    if (index < 0 || index >= m_factories.size())
        return nullptr;
    if (isBuilt(index))
        return widget(index);
    const Factory factory = std::exchange(m_factories[index], Factory());
    QWidget *placeholder = widget(index);
    const bool shown = currentIndex() == index;
    QWidget *built = factory(this);
    insertWidget(index, built);
    removeWidget(placeholder);
    delete placeholder;
    // Taking the shown placeholder out made its neighbour the current page.
    if (shown)
        setCurrentIndex(index);
    return built;
}

bool PageStack::isBuilt(int index) const
{
    return index >= 0 && index < m_factories.size() && !m_factories.at(index);
}

void PageStack::showPage(int index)
{
    if (page(index))
        setCurrentIndex(index);
}

} // namespace Ui
