#include "unitstore.h"

#include "storage/accountrepository.h"
#include "storage/activityrepository.h"
#include "storage/agendaqueries.h"
#include "storage/appraisalrepository.h"
#include "storage/assignmentrepository.h"
#include "storage/auditlog.h"
#include "storage/audittriggers.h"
#include "storage/backupservice.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/deliverablerepository.h"
#include "storage/meetingrepository.h"
#include "storage/missionrepository.h"
#include "storage/objectiverepository.h"
#include "storage/peoplerepository.h"
#include "storage/progressrepository.h"
#include "storage/projectrepository.h"
#include "storage/reviewrepository.h"
#include "storage/serverroles.h"
#include "storage/summaryqueries.h"
#include "storage/supervisionqueries.h"
#include "storage/transactionguard.h"
#include "storage/unitsettings.h"
#include "storage/workplanrepository.h"

#include <QSignalBlocker>

#include <vector>

namespace Core {

UnitStore::UnitStore(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_backups(std::make_unique<BackupService>(*m_database))
    , m_people(std::make_unique<PeopleRepository>(*m_database))
    , m_assignments(std::make_unique<AssignmentRepository>(*m_database))
    , m_workPlans(std::make_unique<WorkPlanRepository>(*m_database))
    , m_objectives(std::make_unique<ObjectiveRepository>(*m_database))
    , m_activities(std::make_unique<ActivityRepository>(*m_database))
    , m_progress(std::make_unique<ProgressRepository>(*m_database))
    , m_supervision(std::make_unique<SupervisionQueries>(*m_database))
    , m_missions(std::make_unique<MissionRepository>(*m_database))
    , m_deliverables(std::make_unique<DeliverableRepository>(*m_database))
    , m_meetings(std::make_unique<MeetingRepository>(*m_database))
    , m_projects(std::make_unique<ProjectRepository>(*m_database))
    , m_settings(std::make_unique<UnitSettings>(*m_database))
    , m_agenda(std::make_unique<AgendaQueries>(*m_database))
    , m_reviews(std::make_unique<ReviewRepository>(*m_database))
    , m_checkIns(std::make_unique<CheckInRepository>(*m_database))
    , m_appraisals(std::make_unique<AppraisalRepository>(*m_database))
    , m_summaries(std::make_unique<SummaryQueries>(*m_database))
    , m_accounts(std::make_unique<AccountRepository>(*m_database))
    , m_auditLog(std::make_unique<AuditLog>(*m_database))
{
    connect(this, &UnitStore::changed, this,
        [this] { m_backups->noteChange(QDateTime::currentDateTimeUtc()); });
    connect(m_people.get(), &PeopleRepository::changed, this, &UnitStore::changed);
    connect(m_assignments.get(), &AssignmentRepository::changed, this, &UnitStore::changed);
    connect(m_workPlans.get(), &WorkPlanRepository::changed, this, &UnitStore::changed);
    connect(m_objectives.get(), &ObjectiveRepository::changed, this, &UnitStore::changed);
    connect(m_activities.get(), &ActivityRepository::changed, this, &UnitStore::changed);
    connect(m_progress.get(), &ProgressRepository::changed, this, &UnitStore::changed);
    connect(m_missions.get(), &MissionRepository::changed, this, &UnitStore::changed);
    connect(m_deliverables.get(), &DeliverableRepository::changed, this, &UnitStore::changed);
    connect(m_meetings.get(), &MeetingRepository::changed, this, &UnitStore::changed);
    connect(m_projects.get(), &ProjectRepository::changed, this, &UnitStore::changed);
    connect(m_settings.get(), &UnitSettings::changed, this, &UnitStore::changed);
    // The unit's own rotation, for the command line's backups as for the window's.
    m_backups->setPolicy(m_settings->backupPolicy());
    connect(m_settings.get(), &UnitSettings::changed, this,
        [this] { m_backups->setPolicy(m_settings->backupPolicy()); });
    connect(m_reviews.get(), &ReviewRepository::changed, this, &UnitStore::changed);
    connect(m_checkIns.get(), &CheckInRepository::changed, this, &UnitStore::changed);
    connect(m_appraisals.get(), &AppraisalRepository::changed, this, &UnitStore::changed);
}

UnitStore::~UnitStore()
{
    // Repositories hold no queries between calls, but go first all the same: the connection
    // they point at must outlive them.
    m_auditLog.reset();
    m_accounts.reset();
    m_summaries.reset();
    m_appraisals.reset();
    m_checkIns.reset();
    m_reviews.reset();
    m_agenda.reset();
    m_settings.reset();
    m_projects.reset();
    m_meetings.reset();
    m_deliverables.reset();
    m_missions.reset();
    m_supervision.reset();
    m_progress.reset();
    m_activities.reset();
    m_objectives.reset();
    m_workPlans.reset();
    m_assignments.reset();
    m_people.reset();
}

Result<std::unique_ptr<UnitStore>> UnitStore::recording(Result<std::unique_ptr<Database>> database)
{
    if (!database)
        return database.error();
    // A server's trail and guards are its own, installed with its schema.
    if (!database.value()->isServer()) {
        if (Status status = AuditTriggers::prepareSession(*database.value()); !status)
            return status.error();
        database.value()->deferWriteRules(&AuditTriggers::install);
    }
    return std::unique_ptr<UnitStore>(new UnitStore(std::move(database.value())));
}

Result<std::unique_ptr<UnitStore>> UnitStore::openServer(
    const ServerAddress &address, ServerSetUp setUp)
{
    auto store = recording(Database::openServer(address, setUp));
    if (!store)
        return store;
    auto actor = store.value()->accounts().serverActor();
    if (!actor)
        return actor.error();
    if (actor.value()) {
        if (Status status = store.value()->m_database->setActor(*actor.value(), true); !status)
            return status.error();
    }
    return store;
}

Result<std::unique_ptr<UnitStore>> UnitStore::open(const QString &path, Verification verification)
{
    return recording(Database::open(path, verification));
}

Status UnitStore::awaitVerification() const
{
    return m_database->awaitVerification();
}

Result<std::unique_ptr<UnitStore>> UnitStore::openReadOnly(const QString &path)
{
    auto database = Database::openReadOnly(path);
    if (!database)
        return database.error();
    return std::unique_ptr<UnitStore>(new UnitStore(std::move(database.value())));
}

Result<std::unique_ptr<UnitStore>> UnitStore::openInMemory()
{
    return recording(Database::openInMemory());
}

QString UnitStore::defaultPath()
{
    return Database::defaultPath();
}

QString UnitStore::path() const
{
    return m_database->path();
}

Status UnitStore::signIn(const QString &email, const QString &password)
{
    auto actor = m_accounts->authenticate(email, password);
    if (!actor)
        return actor.error();
    return m_database->setActor(actor.value(), true);
}

Status UnitStore::attributeChangesTo(Id personId)
{
    auto hasAccounts = m_accounts->any();
    if (!hasAccounts)
        return hasAccounts.error();
    if (hasAccounts.value())
        return Error(Error::Code::Forbidden,
            tr("This unit has accounts: sign in with your e-mail address and password."));
    Actor actor;
    actor.personId = personId;
    return m_database->setActor(actor, false);
}

const std::optional<Actor> &UnitStore::signedIn() const
{
    return m_database->actor();
}

Status UnitStore::prepareServerRoles()
{
    return ServerRoles::initialise(*m_database);
}

Status UnitStore::addServerUser(const QString &email, Actor::Role role, const QString &password)
{
    if (Status status = ServerRoles::addUser(*m_database, email, role, password); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<QList<ServerMigration::TableCopy>> UnitStore::copyToServer(
    const ServerAddress &destination, const ServerMigration::Progress &progress) const
{
    return ServerMigration::toServer(*m_database, destination, progress);
}

bool UnitStore::isServer() const
{
    return m_database->isServer();
}

bool UnitStore::isReadOnly() const
{
    return m_database->isReadOnly();
}

Result<bool> UnitStore::isEmpty() const
{
    return m_database->isEmpty();
}

Status UnitStore::transaction(const std::function<Status()> &work, TransactionEnd end)
{
    Status status;
    {
        std::vector<QSignalBlocker> silence;
        const QList<QObject *> sources = writers();
        silence.reserve(sources.size() + 1);
        silence.emplace_back(this);
        for (QObject *source : sources)
            silence.emplace_back(source);
        TransactionGuard guard(*m_database);
        if (!guard.began())
            return guard.began();
        status = work();
        if (status && end == TransactionEnd::Commit)
            status = guard.commit();
    }
    if (status && end == TransactionEnd::Commit)
        announceCommit();
    return status;
}

QList<QObject *> UnitStore::writers() const
{
    return { m_people.get(), m_assignments.get(), m_workPlans.get(), m_objectives.get(),
        m_activities.get(), m_progress.get(), m_missions.get(), m_deliverables.get(),
        m_meetings.get(), m_projects.get(), m_settings.get(), m_reviews.get(), m_checkIns.get(),
        m_appraisals.get() };
}

// What the transaction touched is not tracked, so every repository speaks once; the store's own
// changed() is sent once, not once per repository.
void UnitStore::announceCommit()
{
    {
        const QSignalBlocker once(this);
        Q_EMIT m_people->changed();
        Q_EMIT m_assignments->changed();
        Q_EMIT m_workPlans->changed();
        Q_EMIT m_objectives->changed();
        Q_EMIT m_activities->changed();
        Q_EMIT m_progress->changed();
        Q_EMIT m_missions->changed();
        Q_EMIT m_deliverables->changed();
        Q_EMIT m_meetings->changed();
        Q_EMIT m_projects->changed();
        Q_EMIT m_settings->changed();
        Q_EMIT m_reviews->changed();
        Q_EMIT m_checkIns->changed();
        Q_EMIT m_appraisals->changed();
    }
    Q_EMIT changed();
}

} // namespace Core
