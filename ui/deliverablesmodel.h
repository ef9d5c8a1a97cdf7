#ifndef UI_DELIVERABLESMODEL_H
#define UI_DELIVERABLESMODEL_H

#include "recordtablemodel.h"

#include <deliverable.h>

#include <QDate>
#include <QHash>
#include <QList>

namespace Core {
class UnitStore;
}

namespace Ui {

// The unit's deliverables by due date, with their language versions at a glance. Reloads when
// deliverables, people or projects change.
class DeliverablesModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        TypeColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        LanguagesColumn,
        CountryColumn,
        ProjectColumn,
        ColumnCount
    };

    explicit DeliverablesModel(Core::UnitStore &store, QObject *parent = nullptr);

    // The day lateness is judged on; today unless a test pins it.
    void setToday(const QDate &today);
    // "EN ✓ FR … ES …": a tick for a delivered version; optional ones in brackets.
    static QString languages(const QList<Core::LanguageVersion> &versions);

protected:
    Core::Status reload() override;
    int recordCount() const override { return int(m_deliverables.size()); }
    Core::Id recordId(int row) const override { return m_deliverables.at(row).id; }
    QVariant record(int row) const override;
    QString display(int row, int column) const override;
    QVariant sortKey(int row, int column) const override;
    QVariant foreground(int row, int column) const override;
    QString toolTip(int row, int column) const override;

private:
    bool isLate(const Core::Deliverable &deliverable) const;

    Core::UnitStore &m_store;
    QList<Core::Deliverable> m_deliverables;
    QHash<Core::Id, QString> m_names;
    QHash<Core::Id, QString> m_projects;
    QDate m_today;
};

} // namespace Ui

#endif
