#include "partnersmodel.h"

#include <country.h>
#include <storage/projectrepository.h>
#include <unitstore.h>

namespace Ui {

PartnersModel::PartnersModel(Core::UnitStore &store, QObject *parent)
    : RecordTableModel({ tr("Name"), tr("Kind"), tr("Country"), tr("Contact") }, parent)
    , m_store(store)
{
    connect(&m_store.projects(), &Core::ProjectRepository::changed, this, &PartnersModel::refresh);
    refresh();
}

Core::Status PartnersModel::reload()
{
    m_partners.clear();
    const auto partners = m_store.projects().partners();
    if (!partners)
        return partners.error();
    m_partners = partners.value();
    return {};
}

QVariant PartnersModel::record(int row) const
{
    return QVariant::fromValue(m_partners.at(row));
}

QString PartnersModel::display(int row, int column) const
{
    const Core::Partner &partner = m_partners.at(row);
    switch (column) {
    case NameColumn:
        return partner.name;
    case KindColumn:
        return Core::Partner::kindName(partner.kind);
    case CountryColumn:
        return partner.countryCode.isEmpty() ? tr("International")
                                             : Core::Country::name(partner.countryCode);
    case ContactColumn:
        return partner.contact;
    }
    return {};
}

} // namespace Ui
