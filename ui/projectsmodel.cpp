#include "projectsmodel.h"

#include "lookups.h"

#include <country.h>
#include <storage/projectrepository.h>
#include <unitstore.h>

namespace Ui {

ProjectsModel::ProjectsModel(Core::UnitStore &store, QObject *parent)
    : RecordTableModel(
        { tr("Code"), tr("Title"), tr("Country"), tr("Donor"), tr("Period") }, parent)
    , m_store(store)
{
    connect(&m_store.projects(), &Core::ProjectRepository::changed, this, &ProjectsModel::refresh);
    refresh();
}

Core::Status ProjectsModel::reload()
{
    m_projects.clear();
    const auto projects = m_store.projects().projects();
    if (!projects)
        return projects.error();
    m_projects = projects.value();
    return {};
}

QVariant ProjectsModel::record(int row) const
{
    return QVariant::fromValue(m_projects.at(row));
}

QString ProjectsModel::display(int row, int column) const
{
    const Core::Project &project = m_projects.at(row);
    switch (column) {
    case CodeColumn:
        return project.code;
    case TitleColumn:
        return project.title;
    case CountryColumn:
        return project.countryCode.isEmpty() ? tr("Global")
                                             : Core::Country::name(project.countryCode);
    case DonorColumn:
        return project.donor;
    case PeriodColumn:
        return Lookups::dateRange(project.start, project.end);
    }
    return {};
}

QVariant ProjectsModel::sortKey(int row, int column) const
{
    if (column == PeriodColumn)
        return m_projects.at(row).start;
    return display(row, column);
}

} // namespace Ui
