#ifndef CORE_PERFORMANCESUMMARY_H
#define CORE_PERFORMANCESUMMARY_H

#include "id.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Core {

// Everything a performance review summary shows for one person and one cycle, read in one go
// and resolved to display text (names, not ids), so that every way out (PDF, ODT, HTML, CSV,
// print) renders the same facts without touching the database. It never holds the
// supervisor's private check-in notes.
struct PerformanceSummary
{
    struct Header
    {
        Id personId = 0;
        QString name;
        QString email;
        QString positionTitle;
        QString category; // "JPO", "Intern", ... (Person::categoryName)
        QString grade;
        QString unit; // the unit's name from its settings
        QString dutyStation;
        QString supervisorName; // empty when the person has no supervisor
        QString assignment; // "JPO - SSE statistics, 1 Sep 2025 to 31 Aug 2027"; empty if none
        QDate periodStart;
        QDate periodEnd;
    };

    struct Achievement
    {
        QDate date;
        QString activity; // empty when logged on the objective itself
        int percent = 0;
        QString note; // what was done, as written
        QString blockers;
    };

    struct ObjectiveLine
    {
        Id objectiveId = 0;
        QString title;
        QString description;
        QString indicator;
        QDate targetDate;
        bool learning = false; // a learning element rather than a work objective
        QString evidence; // learning elements: certificates, seminars attended
        QString plan; // the work plan's title: a cycle may span two plans
        int percent = 0; // computed progress at the end of the period
        int activities = 0;
        int activitiesDone = 0;
        QList<Achievement> achievements; // logged within the period, oldest first
    };

    struct DeliverableLine
    {
        Id deliverableId = 0;
        QString title;
        QString type; // Deliverable::typeName
        QString status; // Deliverable::statusName: cleared or delivered
        QDate dueDate;
        QDate statusSince; // when it was cleared or delivered
        QString versions; // "EN delivered, FR delivered, ES cleared"; empty without versions
        QString role; // "Owner" or "Contributor"
    };

    struct MissionLine
    {
        Id missionId = 0;
        QString purpose;
        QString kind; // Mission::kindName
        QString destination; // "Dakar, Senegal"
        QDate start;
        QDate end;
        int days = 0; // days within the period
        QString status; // Mission::statusName
        QString
            btoStatus; // "Submitted 14 Mar 2026", "Due 20 Mar 2026", "Overdue since ...", "Not due"
    };

    struct CheckInLine
    {
        QDate date;
        QString supervisorName;
        int agendaItems = 0;
        int actions = 0;
        int actionsDone = 0;
        QString decisions; // shared decisions only, as written
    };

    struct ReviewLine
    {
        QString deliverableTitle;
        QString versionLabel;
        QDate submittedOn;
        QString reviewerName;
        QDate reviewedOn; // invalid while pending
        QString outcome; // ReviewRound::outcomeName
        int daysWaited = 0; // to the review, or to the end of the period while pending
    };

    struct Rating
    {
        QString subject; // the objective's title or the competency's name
        bool competency = false;
        QString level; // the scale item's title; empty when not rated
        QString comment;
    };

    struct AppraisalPart
    {
        QString stage; // Appraisal::stageName
        QDate objectivesSetOn;
        QDate midTermOn;
        QString midTermNotes;
        QList<Rating> ratings; // only once the end-of-cycle stage is reached
        QString supervisorComments;
        QString staffComments;
        QDate supervisorAcknowledgedOn;
        QDate staffAcknowledgedOn;
        bool locked = false;
    };

    Header header;
    QList<ObjectiveLine> objectives; // work objectives first, then learning elements
    QList<DeliverableLine> deliverables; // cleared or delivered within the period
    QList<MissionLine> missions; // overlapping the period, not cancelled
    int missionDays = 0;
    QList<CheckInLine> checkIns; // held within the period
    QList<ReviewLine> reviews; // rounds submitted within the period, by the person
    bool hasAppraisal = false;
    AppraisalPart appraisal;

    bool isEmpty() const
    {
        return objectives.isEmpty() && deliverables.isEmpty() && missions.isEmpty()
            && checkIns.isEmpty() && reviews.isEmpty() && !hasAppraisal;
    }
};

} // namespace Core

#endif
