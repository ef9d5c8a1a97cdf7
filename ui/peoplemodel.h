#ifndef UI_PEOPLEMODEL_H
#define UI_PEOPLEMODEL_H

#include <error.h>
#include <person.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// Everyone in the unit, by name. Reloads when the people change.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CategoryColumn,
        PositionColumn,
        GradeColumn,
        DutyStationColumn,
        SupervisorColumn,
        LanguagesColumn,
        ColumnCount
    };

    explicit PeopleModel(Core::UnitStore &store, QObject *parent = nullptr);

    void refresh();
    QModelIndex indexOf(Core::Id personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void failed(const Core::Error &error);

private:
    QString display(const Core::Person &person, int column) const;

    Core::UnitStore &m_store;
    QList<Core::Person> m_people;
    QHash<Core::Id, QString> m_names;
};

} // namespace Ui

#endif
