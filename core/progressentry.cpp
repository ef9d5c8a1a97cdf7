#include "progressentry.h"

#include <QCoreApplication>

namespace Core {

Error ProgressEntry::validate(const QDate &today) const
{
    if (objectiveId == 0)
        return Error::validation(tr("Choose the objective or activity this progress is about."),
            QStringLiteral("target"));
    if (authorId == 0)
        return Error::validation(tr("A progress entry needs an author."), QStringLiteral("author"));
    if (!date.isValid())
        return Error::validation(tr("A progress entry needs a date."), QStringLiteral("date"));
    if (date > today)
        return Error::validation(tr("The date %1 is in the future; progress is logged once done.")
                                     .arg(date.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (percent < 0 || percent > 100)
        return Error::validation(
            tr("Percent complete must be between 0 and 100, not %1.").arg(percent),
            QStringLiteral("percent"));
    if (text.trimmed().isEmpty())
        return Error::validation(tr("Say in a few words what was done."), QStringLiteral("text"));
    return {};
}

bool operator==(const ProgressEntry &a, const ProgressEntry &b)
{
    return a.id == b.id && a.objectiveId == b.objectiveId && a.activityId == b.activityId
        && a.authorId == b.authorId && a.date == b.date && a.percent == b.percent
        && a.text == b.text && a.blockers == b.blockers;
}

QDebug operator<<(QDebug debug, const ProgressEntry &entry)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ProgressEntry(" << entry.id << ", objective " << entry.objectiveId
                    << ", activity " << entry.activityId << ", " << entry.date << ", "
                    << entry.percent << "%)";
    return debug;
}

} // namespace Core
