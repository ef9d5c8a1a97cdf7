#include "superviseepicker.h"

#include "session.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QSignalBlocker>

namespace Ui {

namespace {

// Check-ins and appraisals are between a person and their supervisor: without one, nothing.
Core::Result<QList<Core::Person>> supervisedOnly(Core::Result<QList<Core::Person>> people)
{
    if (people)
        people.value().removeIf(
            [](const Core::Person &person) { return person.supervisorId == 0; });
    return people;
}

} // namespace

SuperviseePicker::SuperviseePicker(Session &session, QWidget *parent)
    : QComboBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("superviseeCombo"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumWidth(240);
}

Core::Status SuperviseePicker::reload()
{
    const Core::Id kept = personId();
    const auto people = visiblePeople();
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Core::Person &person : people ? people.value() : QList<Core::Person>())
            addItem(person.name, QVariant::fromValue(person));
    }
    if (!selectPerson(kept) && count() > 0) {
        setCurrentIndex(-1);
        setCurrentIndex(0);
    }
    return people ? Core::Status() : Core::Status(people.error());
}

Core::Id SuperviseePicker::personId() const
{
    return person().id;
}

Core::Person SuperviseePicker::person() const
{
    return currentData().value<Core::Person>();
}

bool SuperviseePicker::selectPerson(Core::Id personId)
{
    for (int index = 0; index < count(); ++index) {
        if (itemData(index).value<Core::Person>().id == personId && personId != 0) {
            setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

Core::Result<QList<Core::Person>> SuperviseePicker::visiblePeople() const
{
    const Core::PeopleRepository &people = m_session.store().people();
    const auto me = people.find(m_session.currentPersonId());
    if (!me)
        return QList<Core::Person>();
    if (me.value().category == Core::Person::Category::UnitHead)
        return supervisedOnly(people.all());
    auto supervisees = people.supervisees(me.value().id);
    if (!supervisees)
        return supervisees.error();
    // One's own check-ins and appraisals come first: everyone is someone's supervisee.
    if (me.value().supervisorId != 0)
        supervisees.value().prepend(me.value());
    return supervisees;
}

} // namespace Ui
