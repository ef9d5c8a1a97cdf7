#ifndef UI_PARTNERSMODEL_H
#define UI_PARTNERSMODEL_H

#include "recordtablemodel.h"

#include <project.h>

#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The organisations the unit works with, by name. Reloads when partners change.
class PartnersModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, CountryColumn, ContactColumn, ColumnCount };

    explicit PartnersModel(Core::UnitStore &store, QObject *parent = nullptr);

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_partners.size()); }
    Core::Id recordId(int row) const override { return m_partners.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;

private:
    Core::UnitStore &m_store;
    QList<Core::Partner> m_partners;
};

} // namespace Ui

#endif
