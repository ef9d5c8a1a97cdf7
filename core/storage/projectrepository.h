#ifndef CORE_PROJECTREPOSITORY_H
#define CORE_PROJECTREPOSITORY_H

#include "../project.h"
#include "../result.h"

#include <QList>
#include <QObject>

namespace Core {

class Database;

// Development cooperation projects and partner organisations.
class ProjectRepository : public QObject
{
    Q_OBJECT
public:
    explicit ProjectRepository(const Database &database, QObject *parent = nullptr);

    Result<QList<Project>> projects() const; // by code
    Result<Project> findProject(Id id) const;
    Result<Project> addProject(const Project &project);
    Status updateProject(const Project &project);
    // Refused while missions, meetings or deliverables are linked to it.
    Status removeProject(Id id);

    Result<QList<Partner>> partners() const; // by name
    Result<Partner> addPartner(const Partner &partner);
    Status updatePartner(const Partner &partner);
    Status removePartner(Id id);

Q_SIGNALS:
    void changed();

private:
    const Database &m_database;
};

} // namespace Core

#endif
