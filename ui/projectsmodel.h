#ifndef UI_PROJECTSMODEL_H
#define UI_PROJECTSMODEL_H

#include "recordtablemodel.h"

#include <project.h>

#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The unit's development cooperation projects, by code. Reloads when projects change.
class ProjectsModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, CountryColumn, DonorColumn, PeriodColumn, ColumnCount };

    explicit ProjectsModel(Core::UnitStore &store, QObject *parent = nullptr);

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_projects.size()); }
    Core::Id recordId(int row) const override { return m_projects.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;

private:
    Core::UnitStore &m_store;
    QList<Core::Project> m_projects;
};

} // namespace Ui

#endif
