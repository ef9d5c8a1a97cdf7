#include "peoplemodel.h"

#include "roles.h"

#include <storage/peoplerepository.h>
#include <unitstore.h>

namespace Ui {

PeopleModel::PeopleModel(Core::UnitStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    connect(&m_store.people(), &Core::PeopleRepository::changed, this, &PeopleModel::refresh);
    refresh();
}

void PeopleModel::refresh()
{
    const auto people = m_store.people().all();
    beginResetModel();
    m_people = people ? people.value() : QList<Core::Person>();
    m_names.clear();
    for (const Core::Person &person : std::as_const(m_people))
        m_names.insert(person.id, person.name);
    endResetModel();
    if (!people)
        Q_EMIT failed(people.error());
}

QModelIndex PeopleModel::indexOf(Core::Id personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return index(row, NameColumn);
    }
    return {};
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Core::Person &person = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(person, index.column());
    case Qt::ToolTipRole:
        return person.email;
    case FilterRole: {
        QStringList words;
        for (int column = 0; column < ColumnCount; ++column)
            words.append(display(person, column));
        return words.join(QLatin1Char(' '));
    }
    case IdRole:
    case PersonIdRole:
        return person.id;
    case ObjectRole:
        return QVariant::fromValue(person);
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount]
        = { QT_TR_NOOP("Name"), QT_TR_NOOP("Category"), QT_TR_NOOP("Position"), QT_TR_NOOP("Grade"),
              QT_TR_NOOP("Duty station"), QT_TR_NOOP("Supervisor"), QT_TR_NOOP("Languages") };
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QString PeopleModel::display(const Core::Person &person, int column) const
{
    switch (column) {
    case NameColumn:
        return person.name;
    case CategoryColumn:
        return Core::Person::categoryName(person.category);
    case PositionColumn:
        return person.positionTitle;
    case GradeColumn:
        return person.grade;
    case DutyStationColumn:
        return person.dutyStation;
    case SupervisorColumn:
        return m_names.value(person.supervisorId);
    case LanguagesColumn:
        return person.languages.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace Ui
