#ifndef CORE_DELIVERABLEREPOSITORY_H
#define CORE_DELIVERABLEREPOSITORY_H

#include "../dashboardfigures.h"
#include "../deliverable.h"
#include "../result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QObject>

namespace Core {

class Database;

// Deliverables with contributors, linked objectives and language versions.
class DeliverableRepository : public QObject
{
    Q_OBJECT
public:
    explicit DeliverableRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Deliverable>> all() const; // by due date
    Result<QList<Deliverable>> forPerson(Id personId) const; // owned or contributed to
    Result<QList<Deliverable>> forObjective(Id objectiveId) const;
    Result<Deliverable> find(Id id) const;

    Result<Deliverable> add(const Deliverable &deliverable);
    // Everything, versions included. Moving to Delivered is refused while a required
    // version is not delivered.
    Status update(const Deliverable &deliverable);
    Status remove(Id id);
    Status setStatus(Id deliverableId, Deliverable::Status status);
    // Delivering the last required version delivers the deliverable itself.
    Status setVersionStatus(Id versionId, LanguageVersion::Status status);

    // Open deliverables due from today to today + days.
    Result<QList<DeliverableDue>> dueWithin(const QDate &today, int days) const;
    // Deliverables in review, the longest-waiting first.
    Result<QList<DeliverableDue>> waitingForReview() const;
    Result<QMap<Deliverable::Status, int>> countByStatus() const;

Q_SIGNALS:
    void changed();

private:
    // `enforceWorkflow` is false only when the last required language version delivers the
    // deliverable, whatever step it was at.
    Status write(const Deliverable &deliverable, bool enforceWorkflow);

    const Database &m_database;
};

} // namespace Core

#endif
