#ifndef CORE_DELIVERABLE_H
#define CORE_DELIVERABLE_H

#include "error.h"
#include "id.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Core {

// One language version of a deliverable: a report "with translations" has one per language.
struct LanguageVersion
{
    enum class Status { Planned, InProgress, InReview, Cleared, Delivered };

    Id id = 0;
    QString language; // ISO 639-1, upper case: "EN", "FR", "ES", ...
    bool required = true;
    Status status = Status::Planned;
    QDate dueDate;

    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status);
    static QList<Status> statuses();
};

bool operator==(const LanguageVersion &a, const LanguageVersion &b);

// An output someone owns: a paper for the ICLS, a national report, a brief...
struct Deliverable
{
    Q_DECLARE_TR_FUNCTIONS(Core::Deliverable)

public:
    enum class Type {
        IclsPaper,
        NationalReport,
        GlobalReport,
        Brief,
        DonorReport,
        EvaluationReport,
        StrategyPaper,
        ProjectProposal,
        TermsOfReference,
        KnowledgeProduct,
        TrainingMaterial,
        Presentation,
        DatabaseUpdate
    };
    enum class Status { Planned, Drafting, InReview, Revision, Cleared, Delivered, Cancelled };

    Id id = 0;
    QString title;
    Type type = Type::Brief;
    Id ownerId = 0;
    QList<Id> contributorIds;
    QDate dueDate;
    Status status = Status::Planned;
    QList<Id> objectiveIds; // work-plan objectives it serves
    QString countryCode; // empty for a global output
    Id projectId = 0;
    Id assignmentId = 0; // the consultancy whose terms of reference require it
    QString description;
    QList<LanguageVersion> versions;

    Error validate() const;
    bool isOpen() const { return status != Status::Delivered && status != Status::Cancelled; }
    // Delivered may be reached only once every required language version is delivered.
    bool requiredVersionsDelivered() const;

    // The moves a person makes by hand. Into review, revision and clearance a draft goes only
    // through a review round, which records who reviewed what and when.
    static bool canMove(Status from, Status to);
    static bool isReviewStage(Status status);
    static QString typeKey(Type type);
    static std::optional<Type> typeFromKey(const QString &key);
    static QString typeName(Type type);
    static QList<Type> types();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status);
    static QList<Status> statuses();
};

bool operator==(const Deliverable &a, const Deliverable &b);
QDebug operator<<(QDebug debug, const Deliverable &deliverable);

} // namespace Core

Q_DECLARE_METATYPE(Core::Deliverable)
Q_DECLARE_METATYPE(Core::LanguageVersion)

#endif
