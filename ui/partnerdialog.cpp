#include "partnerdialog.h"

#include "countrycombo.h"
#include "recordedits.h"
#include "session.h"

#include <storage/projectrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QLineEdit>

namespace Ui {

PartnerDialog::PartnerDialog(Session &session, const Core::Partner &partner, QWidget *parent)
    : EditorDialog(session, parent)
    , m_partner(partner)
    , m_name(new QLineEdit(partner.name, this))
    , m_kind(new QComboBox(this))
    , m_country(new CountryCombo(true, this))
    , m_contact(new QLineEdit(partner.contact, this))
{
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(partner.id == 0 ? tr("New partner") : tr("Edit %1").arg(partner.name));
    for (const auto kind : Core::Partner::kinds())
        m_kind->addItem(Core::Partner::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(partner.kind)));
    m_country->setCode(partner.countryCode);
    m_contact->setPlaceholderText(tr("Name, e-mail or phone of the focal point"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("country"), tr("&Country:"), m_country);
    addField(QStringLiteral("contact"), tr("C&ontact:"), m_contact);
    m_name->setFocus();
}

Core::Partner PartnerDialog::edited() const
{
    Core::Partner partner = m_partner;
    partner.name = m_name->text().trimmed();
    partner.kind = Core::Partner::Kind(m_kind->currentData().toInt());
    partner.countryCode = m_country->code();
    partner.contact = m_contact->text().trimmed();
    return partner;
}

Core::Status PartnerDialog::save()
{
    const Core::Partner partner = edited();
    if (partner.id != 0) {
        const Core::Status updated = session().records().updatePartner(partner);
        if (updated)
            m_partner = partner;
        return updated;
    }
    const auto added = session().store().projects().addPartner(partner);
    if (!added)
        return added.error();
    m_partner = added.value();
    return {};
}

} // namespace Ui
