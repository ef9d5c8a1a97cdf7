#ifndef UI_RECORDPICKERS_H
#define UI_RECORDPICKERS_H

#include <QCoreApplication>
#include <id.h>
#include <result.h>

#include <QList>

class QComboBox;

namespace Core {
class UnitStore;
}

namespace Ui {

class CheckList;

// Fills the combos and tick lists through which an editor links a record to others: projects,
// meetings, people, deliverables, consultancies. Each choice carries the record's id.
class RecordPickers
{
    Q_DECLARE_TR_FUNCTIONS(Ui::RecordPickers)

public:
    explicit RecordPickers(const Core::UnitStore &store) : m_store(store) { }

    Core::Status fillProjects(QComboBox *combo, Core::Id selected) const;
    Core::Status fillMeetings(QComboBox *combo, Core::Id selected) const;
    // The person's consultancy assignments, whose terms of reference may require an output.
    Core::Status fillConsultancies(QComboBox *combo, Core::Id personId, Core::Id selected) const;
    Core::Status fillPeople(CheckList *list, const QList<Core::Id> &checked) const;
    // Deliverables still open, plus those already `checked` whatever their status.
    Core::Status fillDeliverables(CheckList *list, const QList<Core::Id> &checked) const;
    // The objectives and learning elements of the person's current plan.
    Core::Status fillObjectives(
        CheckList *list, Core::Id personId, const QList<Core::Id> &checked) const;

private:
    const Core::UnitStore &m_store;
};

} // namespace Ui

#endif
