#include "personfilter.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

namespace Ui {

PersonFilter::PersonFilter(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    setAccessibleName(tr("Whose items"));
    addItem(tr("Whole unit"), Core::Id(0));
    connect(
        this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT personChanged(personId()); });
}

Core::Status PersonFilter::reload(const Core::UnitStore &store)
{
    const auto people = store.people().all();
    if (!people)
        return people.error();
    const Core::Id current = personId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Whole unit"), Core::Id(0));
    for (const Core::Person &person : people.value())
        addItem(person.name, person.id);
    setCurrentIndex(qMax(0, findData(current)));
    if (personId() != current)
        Q_EMIT personChanged(personId());
    return {};
}

Core::Id PersonFilter::personId() const
{
    return currentData().value<Core::Id>();
}

} // namespace Ui
