#ifndef CORE_UNITSTORE_H
#define CORE_UNITSTORE_H

#include "actor.h"
#include "result.h"
#include "storage/serveraddress.h"
#include "storage/servermigration.h"
#include "storage/verification.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Core {

class Database;
class BackupService;
class PeopleRepository;
class AssignmentRepository;
class WorkPlanRepository;
class ObjectiveRepository;
class ActivityRepository;
class ProgressRepository;
class SupervisionQueries;
class MissionRepository;
class DeliverableRepository;
class MeetingRepository;
class ProjectRepository;
class UnitSettings;
class AgendaQueries;
class ReviewRepository;
class CheckInRepository;
class AppraisalRepository;
class SummaryQueries;
class AccountRepository;
class AuditLog;

// One open unit database and everything that reads or writes it: the single door through which
// the GUI, the command line and the tests reach the data.
class UnitStore : public QObject
{
    Q_OBJECT
public:
    ~UnitStore() override;

    static Result<std::unique_ptr<UnitStore>> open(
        const QString &path, Verification verification = Verification::First);
    // The verdict of a check made alongside the opening (Error::Code::Corrupt for a damaged
    // file, which then refuses every change); healthy otherwise.
    Status awaitVerification() const;
    // Reads the unit without ever writing to its file: every change is refused with an Error
    // saying so. For a second program while another holds the DatabaseLock (the GUI offers
    // it), and for verbs that only read. The file must exist, be healthy and be at the newest
    // schema version (see Database::openReadOnly).
    static Result<std::unique_ptr<UnitStore>> openReadOnly(const QString &path);
    static Result<std::unique_ptr<UnitStore>> openInMemory();
    // A unit on a PostgreSQL server (see Database::openServer). A person logged in as their own
    // role is signed in at once: the server has checked their password, and its rules follow
    // them whatever program they use.
    static Result<std::unique_ptr<UnitStore>> openServer(
        const ServerAddress &address, ServerSetUp setUp = ServerSetUp::Refuse);
    // Where the unit's database lives unless another file is named.
    static QString defaultPath();

    QString path() const;
    bool isReadOnly() const;
    bool isServer() const;
    Result<bool> isEmpty() const;

    // Signs a person in with their account: from then on the rules of their role bound what
    // this store may read and change, and the audit trail names them.
    Status signIn(const QString &email, const QString &password);
    // In a unit without accounts, whom changes are recorded against (the person the window
    // was told it is used by); no rule follows from it. Refused once the unit has accounts.
    Status attributeChangesTo(Id personId);
    const std::optional<Actor> &signedIn() const;

    // For the owner of a unit on a server (ServerRoles): its group roles, privileges and
    // row-level security; a person's account and login.
    Status prepareServerRoles();
    Status addServerUser(const QString &email, Actor::Role role, const QString &password);

    // Copies this unit, whole, to a PostgreSQL server that holds none yet (ServerMigration). For
    // a file opened read-only, which stays as it was; on a unit with accounts, by its unit head.
    Result<QList<ServerMigration::TableCopy>> copyToServer(
        const ServerAddress &destination, const ServerMigration::Progress &progress = {}) const;

    enum class TransactionEnd { Commit, RollBack };
    // Runs `work` as one transaction that every repository call inside it joins: a call that
    // fails undoes its own part and the work goes on, so it can report every problem at once.
    // Nothing stays unless `work` succeeds and the end is Commit; RollBack is a dry run that
    // checks against the stored data exactly as the real run would. Listeners hear nothing
    // while the work runs (they would read rows that may yet vanish) and one changed() after a
    // commit.
    Status transaction(const std::function<Status()> &work, TransactionEnd end);

    // Backups of this database; told of every committed change, for the backups taken while
    // working.
    BackupService &backups() const { return *m_backups; }
    PeopleRepository &people() const { return *m_people; }
    AssignmentRepository &assignments() const { return *m_assignments; }
    WorkPlanRepository &workPlans() const { return *m_workPlans; }
    ObjectiveRepository &objectives() const { return *m_objectives; }
    ActivityRepository &activities() const { return *m_activities; }
    ProgressRepository &progress() const { return *m_progress; }
    const SupervisionQueries &supervision() const { return *m_supervision; }
    MissionRepository &missions() const { return *m_missions; }
    DeliverableRepository &deliverables() const { return *m_deliverables; }
    MeetingRepository &meetings() const { return *m_meetings; }
    ProjectRepository &projects() const { return *m_projects; }
    UnitSettings &settings() const { return *m_settings; }
    const AgendaQueries &agenda() const { return *m_agenda; }
    ReviewRepository &reviews() const { return *m_reviews; }
    CheckInRepository &checkIns() const { return *m_checkIns; }
    AppraisalRepository &appraisals() const { return *m_appraisals; }
    const SummaryQueries &summaries() const { return *m_summaries; }
    AccountRepository &accounts() const { return *m_accounts; }
    const AuditLog &auditLog() const { return *m_auditLog; }

Q_SIGNALS:
    // Any committed change, whichever repository made it: views that summarise across
    // entities (the overview) refresh on this.
    void changed();

private:
    explicit UnitStore(std::unique_ptr<Database> database);
    // A writable store records its changes in the audit trail from its first one on.
    static Result<std::unique_ptr<UnitStore>> recording(Result<std::unique_ptr<Database>> database);
    QList<QObject *> writers() const;
    void announceCommit();

    // Declared first so that it is destroyed last, after every repository that uses it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<PeopleRepository> m_people;
    std::unique_ptr<AssignmentRepository> m_assignments;
    std::unique_ptr<WorkPlanRepository> m_workPlans;
    std::unique_ptr<ObjectiveRepository> m_objectives;
    std::unique_ptr<ActivityRepository> m_activities;
    std::unique_ptr<ProgressRepository> m_progress;
    std::unique_ptr<SupervisionQueries> m_supervision;
    std::unique_ptr<MissionRepository> m_missions;
    std::unique_ptr<DeliverableRepository> m_deliverables;
    std::unique_ptr<MeetingRepository> m_meetings;
    std::unique_ptr<ProjectRepository> m_projects;
    std::unique_ptr<UnitSettings> m_settings;
    std::unique_ptr<AgendaQueries> m_agenda;
    std::unique_ptr<ReviewRepository> m_reviews;
    std::unique_ptr<CheckInRepository> m_checkIns;
    std::unique_ptr<AppraisalRepository> m_appraisals;
    std::unique_ptr<SummaryQueries> m_summaries;
    std::unique_ptr<AccountRepository> m_accounts;
    std::unique_ptr<AuditLog> m_auditLog;
};

} // namespace Core

#endif
