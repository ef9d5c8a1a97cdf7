#include "supervisionsummary.h"

#include "format.h"

#include <storage/appraisalrepository.h>
#include <storage/checkinrepository.h>
#include <storage/deliverablerepository.h>
#include <storage/peoplerepository.h>
#include <storage/reviewrepository.h>
#include <unitstore.h>

#include <QCoreApplication>

namespace Ui {

using Core::Appraisal;
using Target = DashboardListModel::Target;

namespace {

const QString separator = QStringLiteral("  ·  ");

} // namespace

SupervisionSummary::SupervisionSummary(const Core::UnitStore &store, const QDate &today)
    : m_store(store), m_today(today)
{
}

QString SupervisionSummary::days(qint64 count) const
{
    return count == 1 ? tr("1 day") : tr("%1 days").arg(count);
}

// One read of the unit's people per summary, not one per line.
QString SupervisionSummary::nameOf(Core::Id personId) const
{
    if (!m_namesRead) {
        m_namesRead = true;
        if (const auto people = m_store.people().all(); people) {
            for (const Core::Person &person : people.value())
                m_names.insert(person.id, person.name);
        }
    }
    return m_names.value(personId);
}

SupervisionSummary::Lines SupervisionSummary::checkInsDue(Core::Id supervisorId) const
{
    const auto due = m_store.checkIns().due(m_today, checkInInterval, supervisorId);
    if (!due)
        return due.error();
    // Translated once, not once per line: a unit's first year lists nearly everyone.
    const QString lastCheckIn = tr("last check-in %1 with %2");
    const QString noCheckIn = tr("no check-in yet with %1");
    const QString never = tr("never");
    const QString ago = tr("%1 ago");
    QList<Line> lines;
    lines.reserve(due.value().size());
    for (const Core::CheckInDue &entry : due.value()) {
        Line line;
        line.title = entry.superviseeName;
        line.detail = entry.lastCheckIn.isValid()
            ? lastCheckIn.arg(Format::date(entry.lastCheckIn), entry.supervisorName)
            : noCheckIn.arg(entry.supervisorName);
        line.badge = entry.daysSince < 0 ? never : ago.arg(days(entry.daysSince));
        line.target = Target::CheckIns;
        line.id = entry.superviseeId;
        line.urgent = entry.daysSince < 0 || entry.daysSince > 2 * checkInInterval;
        lines.append(line);
    }
    return lines;
}

SupervisionSummary::Line SupervisionSummary::reviewLine(
    const Core::ReviewRound &round, bool forAuthor) const
{
    const auto deliverable = m_store.deliverables().find(round.deliverableId);
    const int waited = round.daysWaiting(m_today);
    Line line;
    line.title = deliverable ? deliverable.value().title : QString();
    line.detail = tr("round %1").arg(round.round)
        + (round.versionLabel.isEmpty() ? QString() : separator + round.versionLabel) + separator
        + (forAuthor ? tr("with %1").arg(nameOf(round.reviewerId))
                     : tr("from %1").arg(nameOf(round.submittedById)));
    line.badge = tr("%1 waiting").arg(days(waited));
    line.toolTip = tr("Submitted %1").arg(Format::date(round.submittedOn));
    line.target = Target::Deliverable;
    line.id = round.deliverableId;
    line.urgent = waited > urgentWait;
    return line;
}

SupervisionSummary::Lines SupervisionSummary::reviewsWaiting(Core::Id reviewerId) const
{
    const auto pending = m_store.reviews().pending();
    if (!pending)
        return pending.error();
    QList<Line> lines;
    for (const Core::ReviewRound &round : pending.value()) {
        if (reviewerId == 0 || round.reviewerId == reviewerId)
            lines.append(reviewLine(round, reviewerId == 0));
    }
    return lines;
}

SupervisionSummary::Lines SupervisionSummary::appraisalsDue(Core::Id supervisorId) const
{
    const auto due = m_store.appraisals().due(m_today);
    if (!due)
        return due.error();
    QList<Line> lines;
    for (const Core::AppraisalDue &entry : due.value()) {
        if (supervisorId != 0 && entry.supervisorId != supervisorId)
            continue;
        Line line;
        line.title = entry.personName;
        line.detail
            = tr("%1 due %2").arg(Appraisal::stageName(entry.stage), Format::date(entry.dueDate));
        line.badge = Format::daysFrom(m_today, entry.dueDate);
        line.target = Target::Appraisal;
        line.id = entry.appraisalId;
        line.urgent = entry.dueDate < m_today;
        lines.append(line);
    }
    return lines;
}

SupervisionSummary::Lines SupervisionSummary::myCheckIns(Core::Id personId) const
{
    const auto checkIns = m_store.checkIns().forSupervisee(personId, personId);
    if (!checkIns)
        return checkIns.error();
    QList<Line> lines;
    // Newest first: the last future one is the next, the first past one the last held.
    const Core::CheckIn *next = nullptr;
    const Core::CheckIn *last = nullptr;
    for (const Core::CheckIn &checkIn : checkIns.value()) {
        if (checkIn.date >= m_today)
            next = &checkIn;
        else if (!last)
            last = &checkIn;
    }
    for (const Core::CheckIn *checkIn : { next, last }) {
        if (!checkIn)
            continue;
        Line line;
        line.title = checkIn == next ? tr("Next check-in %1").arg(Format::date(checkIn->date))
                                     : tr("Last check-in %1").arg(Format::date(checkIn->date));
        line.detail = tr("with %1").arg(nameOf(checkIn->supervisorId));
        line.badge = Format::daysFrom(m_today, checkIn->date);
        line.target = Target::CheckIn;
        line.id = checkIn->id;
        lines.append(line);
    }
    for (const Core::CheckIn &checkIn : checkIns.value()) {
        for (const Core::CheckIn::ActionItem &action : checkIn.actions) {
            if (action.done)
                continue;
            Line line;
            line.title = action.text;
            line.detail
                = tr("open action from the check-in of %1").arg(Format::shortDate(checkIn.date))
                + (action.ownerId != 0 ? separator + nameOf(action.ownerId) : QString());
            line.badge
                = action.dueDate.isValid() ? Format::daysFrom(m_today, action.dueDate) : QString();
            line.target = Target::CheckIn;
            line.id = checkIn.id;
            line.urgent = action.dueDate.isValid() && action.dueDate < m_today;
            lines.append(line);
        }
    }
    return lines;
}

SupervisionSummary::Lines SupervisionSummary::myDrafts(Core::Id personId) const
{
    const auto pending = m_store.reviews().pending();
    if (!pending)
        return pending.error();
    QList<Line> lines;
    for (const Core::ReviewRound &round : pending.value()) {
        const auto deliverable = m_store.deliverables().find(round.deliverableId);
        if (round.submittedById == personId
            || (deliverable && deliverable.value().ownerId == personId))
            lines.append(reviewLine(round, true));
    }
    return lines;
}

SupervisionSummary::Lines SupervisionSummary::myAppraisals(Core::Id personId) const
{
    const auto appraisals = m_store.appraisals().forPerson(personId);
    if (!appraisals)
        return appraisals.error();
    QList<Line> lines;
    for (const Appraisal &appraisal : appraisals.value()) {
        if (appraisal.isLocked())
            continue;
        Line line;
        line.title
            = tr("Appraisal %1 to %2")
                  .arg(Format::date(appraisal.periodStart), Format::date(appraisal.periodEnd));
        line.target = Target::Appraisal;
        line.id = appraisal.id;
        const bool supervisorSigned = appraisal.supervisorAcknowledgedOn.isValid();
        if (appraisal.stage == Appraisal::Stage::ObjectivesSet) {
            line.detail = tr("Objectives set; mid-term review due %1")
                              .arg(Format::date(appraisal.midPoint()));
        } else if (appraisal.stage == Appraisal::Stage::MidTerm) {
            line.detail
                = tr("Mid-term review held %1; end of cycle %2")
                      .arg(Format::date(appraisal.midTermOn), Format::date(appraisal.periodEnd));
        } else if (supervisorSigned) {
            line.detail = tr("Acknowledge your appraisal");
            line.badge = tr("your turn");
            line.urgent = true;
        } else {
            line.detail = appraisal.staffComments.isEmpty()
                ? tr("Your comments are awaited")
                : tr("Waiting for your supervisor's ratings and acknowledgement");
            line.badge = appraisal.staffComments.isEmpty() ? tr("your turn") : QString();
        }
        lines.append(line);
    }
    return lines;
}

} // namespace Ui
