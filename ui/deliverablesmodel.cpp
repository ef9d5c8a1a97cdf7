#include "deliverablesmodel.h"

#include "format.h"
#include "lookups.h"

#include <country.h>
#include <storage/deliverablerepository.h>
#include <storage/peoplerepository.h>
#include <storage/projectrepository.h>
#include <unitstore.h>

namespace Ui {

DeliverablesModel::DeliverablesModel(Core::UnitStore &store, QObject *parent)
    : RecordTableModel({ tr("Title"), tr("Type"), tr("Owner"), tr("Due"), tr("Status"),
                           tr("Languages"), tr("Country"), tr("Project") },
        parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(&m_store.deliverables(), &Core::DeliverableRepository::changed, this,
        &DeliverablesModel::refresh);
    connect(&m_store.people(), &Core::PeopleRepository::changed, this, &DeliverablesModel::refresh);
    connect(
        &m_store.projects(), &Core::ProjectRepository::changed, this, &DeliverablesModel::refresh);
    refresh();
}

void DeliverablesModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    refresh();
}

QString DeliverablesModel::languages(const QList<Core::LanguageVersion> &versions)
{
    QStringList parts;
    for (const Core::LanguageVersion &version : versions) {
        const bool delivered = version.status == Core::LanguageVersion::Status::Delivered;
        const QString part = version.language + QLatin1Char(' ')
            + (delivered ? QStringLiteral("✓") : QStringLiteral("…"));
        parts.append(version.required ? part : QStringLiteral("(%1)").arg(part));
    }
    return parts.join(QLatin1Char(' '));
}

Core::Status DeliverablesModel::reload()
{
    m_deliverables.clear();
    const auto deliverables = m_store.deliverables().all();
    if (!deliverables)
        return deliverables.error();
    const auto names = Lookups::personNames(m_store);
    if (!names)
        return names.error();
    const auto projects = Lookups::projectCodes(m_store);
    if (!projects)
        return projects.error();
    m_deliverables = deliverables.value();
    m_names = names.value();
    m_projects = projects.value();
    return {};
}

QVariant DeliverablesModel::record(int row) const
{
    return QVariant::fromValue(m_deliverables.at(row));
}

QString DeliverablesModel::display(int row, int column) const
{
    const Core::Deliverable &deliverable = m_deliverables.at(row);
    switch (column) {
    case TitleColumn:
        return deliverable.title;
    case TypeColumn:
        return Core::Deliverable::typeName(deliverable.type);
    case OwnerColumn:
        return m_names.value(deliverable.ownerId);
    case DueColumn:
        return Format::date(deliverable.dueDate);
    case StatusColumn:
        return Core::Deliverable::statusName(deliverable.status);
    case LanguagesColumn:
        return languages(deliverable.versions);
    case CountryColumn:
        return deliverable.countryCode.isEmpty() ? QString()
                                                 : Core::Country::name(deliverable.countryCode);
    case ProjectColumn:
        return m_projects.value(deliverable.projectId);
    }
    return {};
}

QVariant DeliverablesModel::sortKey(int row, int column) const
{
    const Core::Deliverable &deliverable = m_deliverables.at(row);
    switch (column) {
    case DueColumn:
        return deliverable.dueDate;
    case StatusColumn:
        return int(deliverable.status);
    }
    return display(row, column);
}

QVariant DeliverablesModel::foreground(int row, int column) const
{
    const Core::Deliverable &deliverable = m_deliverables.at(row);
    if (column == DueColumn && isLate(deliverable))
        return Format::warning();
    if (deliverable.status == Core::Deliverable::Status::Cancelled)
        return Format::muted();
    return {};
}

QString DeliverablesModel::toolTip(int row, int column) const
{
    const Core::Deliverable &deliverable = m_deliverables.at(row);
    if (column == TitleColumn && !deliverable.description.isEmpty())
        return deliverable.title + QStringLiteral("\n\n") + deliverable.description;
    if (column != LanguagesColumn)
        return RecordTableModel::toolTip(row, column);
    QStringList lines;
    for (const Core::LanguageVersion &version : deliverable.versions) {
        QString line
            = tr("%1: %2").arg(version.language, Core::LanguageVersion::statusName(version.status));
        if (version.dueDate.isValid())
            line += tr(", due %1").arg(Format::date(version.dueDate));
        if (!version.required)
            line += tr(" (optional)");
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

bool DeliverablesModel::isLate(const Core::Deliverable &deliverable) const
{
    return deliverable.isOpen() && deliverable.dueDate.isValid() && deliverable.dueDate < m_today;
}

} // namespace Ui
