#include "objective.h"

#include "enumtable.h"

#include <QCoreApplication>

namespace Core {

namespace {

constexpr EnumEntry<Objective::Kind> kindEntries[] = {
    { Objective::Kind::Work, "work", QT_TRANSLATE_NOOP("Core::Objective", "Objective") },
    { Objective::Kind::Learning, "learning",
        QT_TRANSLATE_NOOP("Core::Objective", "Learning element") },
};
constexpr EnumTable kindTable("Core::Objective", kindEntries);

} // namespace

Error Objective::validate() const
{
    if (planId == 0)
        return Error::validation(QCoreApplication::translate("Core::Objective",
                                     "An objective belongs to a work plan; none was chosen."),
            QStringLiteral("plan"));
    if (title.trimmed().isEmpty())
        return Error::validation(
            QCoreApplication::translate("Core::Objective", "An objective needs a title."),
            QStringLiteral("title"));
    return {};
}

QString Objective::kindKey(Kind kind)
{
    return kindTable.key(kind);
}

std::optional<Objective::Kind> Objective::kindFromKey(const QString &key)
{
    return kindTable.fromKey(key);
}

QString Objective::kindName(Kind kind)
{
    return kindTable.name(kind);
}

bool operator==(const Objective &a, const Objective &b)
{
    return a.id == b.id && a.planId == b.planId && a.kind == b.kind && a.title == b.title
        && a.description == b.description && a.indicator == b.indicator
        && a.targetDate == b.targetDate && a.strategyObjectiveId == b.strategyObjectiveId
        && a.thematicAreaIds == b.thematicAreaIds && a.evidence == b.evidence
        && a.position == b.position;
}

QDebug operator<<(QDebug debug, const Objective &objective)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Objective(" << objective.id << ", plan " << objective.planId << ", "
                    << objective.title << ')';
    return debug;
}

} // namespace Core
