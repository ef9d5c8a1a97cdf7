#include "deliverable.h"

#include "country.h"
#include "enumtable.h"

#include <QRegularExpression>

namespace Core {

namespace {

constexpr EnumEntry<Deliverable::Type> typeEntries[] = {
    { Deliverable::Type::IclsPaper, "icls_paper",
        QT_TRANSLATE_NOOP("Core::Deliverable", "ICLS paper") },
    { Deliverable::Type::NationalReport, "national_report",
        QT_TRANSLATE_NOOP("Core::Deliverable", "National report") },
    { Deliverable::Type::GlobalReport, "global_report",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Global report") },
    { Deliverable::Type::Brief, "brief", QT_TRANSLATE_NOOP("Core::Deliverable", "Brief") },
    { Deliverable::Type::DonorReport, "donor_report",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Donor report") },
    { Deliverable::Type::EvaluationReport, "evaluation_report",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Evaluation report") },
    { Deliverable::Type::StrategyPaper, "strategy_paper",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Strategy paper") },
    { Deliverable::Type::ProjectProposal, "project_proposal",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Project proposal") },
    { Deliverable::Type::TermsOfReference, "terms_of_reference",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Terms of reference") },
    { Deliverable::Type::KnowledgeProduct, "knowledge_product",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Knowledge product") },
    { Deliverable::Type::TrainingMaterial, "training_material",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Training material") },
    { Deliverable::Type::Presentation, "presentation",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Presentation") },
    { Deliverable::Type::DatabaseUpdate, "database_update",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Database update") },
};
constexpr EnumTable typeTable("Core::Deliverable", typeEntries);

constexpr EnumEntry<Deliverable::Status> statusEntries[] = {
    { Deliverable::Status::Planned, "planned", QT_TRANSLATE_NOOP("Core::Deliverable", "Planned") },
    { Deliverable::Status::Drafting, "drafting",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Drafting") },
    { Deliverable::Status::InReview, "in_review",
        QT_TRANSLATE_NOOP("Core::Deliverable", "In review") },
    { Deliverable::Status::Revision, "revision",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Revision") },
    { Deliverable::Status::Cleared, "cleared", QT_TRANSLATE_NOOP("Core::Deliverable", "Cleared") },
    { Deliverable::Status::Delivered, "delivered",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Delivered") },
    { Deliverable::Status::Cancelled, "cancelled",
        QT_TRANSLATE_NOOP("Core::Deliverable", "Cancelled") },
};
constexpr EnumTable statusTable("Core::Deliverable", statusEntries);

constexpr EnumEntry<LanguageVersion::Status> versionEntries[] = {
    { LanguageVersion::Status::Planned, "planned",
        QT_TRANSLATE_NOOP("Core::LanguageVersion", "Planned") },
    { LanguageVersion::Status::InProgress, "in_progress",
        QT_TRANSLATE_NOOP("Core::LanguageVersion", "In progress") },
    { LanguageVersion::Status::InReview, "in_review",
        QT_TRANSLATE_NOOP("Core::LanguageVersion", "In review") },
    { LanguageVersion::Status::Cleared, "cleared",
        QT_TRANSLATE_NOOP("Core::LanguageVersion", "Cleared") },
    { LanguageVersion::Status::Delivered, "delivered",
        QT_TRANSLATE_NOOP("Core::LanguageVersion", "Delivered") },
};
constexpr EnumTable versionTable("Core::LanguageVersion", versionEntries);

Error checkVersions(const QList<LanguageVersion> &versions)
{
    static const QRegularExpression languageCode(QStringLiteral("^[A-Z]{2}$"));
    QStringList seen;
    for (const LanguageVersion &version : versions) {
        if (!languageCode.match(version.language).hasMatch())
            return Error::validation(
                Deliverable::tr("\"%1\" is not a language code (two capital letters, "
                                "such as FR).")
                    .arg(version.language),
                QStringLiteral("versions"));
        if (seen.contains(version.language))
            return Error::validation(
                Deliverable::tr("The %1 version is listed twice.").arg(version.language),
                QStringLiteral("versions"));
        seen.append(version.language);
    }
    return {};
}

} // namespace

QString LanguageVersion::statusKey(Status status)
{
    return versionTable.key(status);
}

std::optional<LanguageVersion::Status> LanguageVersion::statusFromKey(const QString &key)
{
    return versionTable.fromKey(key);
}

QString LanguageVersion::statusName(Status status)
{
    return versionTable.name(status);
}

QList<LanguageVersion::Status> LanguageVersion::statuses()
{
    return versionTable.values();
}

bool operator==(const LanguageVersion &a, const LanguageVersion &b)
{
    return a.id == b.id && a.language == b.language && a.required == b.required
        && a.status == b.status && a.dueDate == b.dueDate;
}

Error Deliverable::validate() const
{
    if (title.trimmed().isEmpty())
        return Error::validation(tr("A deliverable needs a title."), QStringLiteral("title"));
    if (ownerId == 0)
        return Error::validation(tr("A deliverable needs an owner."), QStringLiteral("owner"));
    if (!dueDate.isValid())
        return Error::validation(tr("A deliverable needs a due date."), QStringLiteral("dueDate"));
    if (!countryCode.isEmpty() && !Country::isValidCode(countryCode))
        return Error::validation(tr("\"%1\" is not an ISO 3166 country code.").arg(countryCode),
            QStringLiteral("country"));
    if (status == Status::Delivered && !requiredVersionsDelivered())
        return Error::validation(
            tr("Not every required language version is delivered yet."), QStringLiteral("status"));
    return checkVersions(versions);
}

bool Deliverable::requiredVersionsDelivered() const
{
    return std::all_of(versions.cbegin(), versions.cend(), [](const LanguageVersion &version) {
        return !version.required || version.status == LanguageVersion::Status::Delivered;
    });
}

bool Deliverable::canMove(Status from, Status to)
{
    if (from == to)
        return false;
    if (from == Status::InReview || isReviewStage(to))
        return false;
    if (to == Status::Cancelled)
        return from != Status::Delivered;
    switch (from) {
    case Status::Planned:
        return to == Status::Drafting;
    case Status::Drafting:
    case Status::InReview:
    case Status::Revision:
        return false;
    case Status::Cleared:
        return to == Status::Delivered;
    case Status::Delivered:
        return false;
    case Status::Cancelled:
        return to == Status::Planned;
    }
    return false;
}

bool Deliverable::isReviewStage(Status status)
{
    return status == Status::InReview || status == Status::Revision || status == Status::Cleared;
}

QString Deliverable::typeKey(Type type)
{
    return typeTable.key(type);
}

std::optional<Deliverable::Type> Deliverable::typeFromKey(const QString &key)
{
    return typeTable.fromKey(key);
}

QString Deliverable::typeName(Type type)
{
    return typeTable.name(type);
}

QList<Deliverable::Type> Deliverable::types()
{
    return typeTable.values();
}

QString Deliverable::statusKey(Status status)
{
    return statusTable.key(status);
}

std::optional<Deliverable::Status> Deliverable::statusFromKey(const QString &key)
{
    return statusTable.fromKey(key);
}

QString Deliverable::statusName(Status status)
{
    return statusTable.name(status);
}

QList<Deliverable::Status> Deliverable::statuses()
{
    return statusTable.values();
}

bool operator==(const Deliverable &a, const Deliverable &b)
{
    return a.id == b.id && a.title == b.title && a.type == b.type && a.ownerId == b.ownerId
        && a.contributorIds == b.contributorIds && a.dueDate == b.dueDate && a.status == b.status
        && a.objectiveIds == b.objectiveIds && a.countryCode == b.countryCode
        && a.projectId == b.projectId && a.assignmentId == b.assignmentId
        && a.description == b.description && a.versions == b.versions;
}

QDebug operator<<(QDebug debug, const Deliverable &deliverable)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Deliverable(" << deliverable.id << ", " << deliverable.title << ", due "
                    << deliverable.dueDate << ", " << Deliverable::statusKey(deliverable.status)
                    << ", " << deliverable.versions.size() << " versions)";
    return debug;
}

} // namespace Core
