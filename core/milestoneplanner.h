#ifndef CORE_MILESTONEPLANNER_H
#define CORE_MILESTONEPLANNER_H

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Core {

// Plans a deliverable backwards from a fixed event (an ICLS session, a GAC meeting, a donor
// deadline): documents go out some weeks before the event; before that come translation,
// clearance, review and the first draft. Durations are in calendar days and every proposed date
// is moved back to a working day.
class MilestonePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Core::MilestonePlanner)

public:
    struct Durations
    {
        int circulateBeforeEvent = 14; // documents in participants' hands
        int translation = 21; // per batch of languages, in parallel
        int clearance = 7;
        int review = 14;
        int drafting = 30;
    };

    struct Milestone
    {
        QString key; // "draft", "review", "clearance", "translation", "delivery"
        QString name; // shown to people
        QDate date;
    };

    // Earliest first. `withTranslations` adds the translation step.
    static QList<Milestone> plan(
        const QDate &eventDate, bool withTranslations, const Durations &durations);
    static QList<Milestone> plan(const QDate &eventDate, bool withTranslations);
    static QDate previousWorkingDay(const QDate &date);
};

} // namespace Core

#endif
