#ifndef REPORT_SUMMARYCSV_H
#define REPORT_SUMMARYCSV_H

#include "performancesummary.h"

#include <QByteArray>
#include <QStringList>

namespace Report {

// The figures of a performance review summary as CSV (see CsvTable), one line per item, for a
// spreadsheet. Dates are YYYY-MM-DD; an empty field is a value the item does not have.
//
// Columns: person, section, item, parent, date, end_date, status, figure, unit, detail
//
//   section           item                 parent       date          end_date   status   figure
//   detail Objective         title                             target date progress (%)   indicator
//   Learning element  title                             target date                       progress
//   (%)   evidence Progress          activity, else the   objective    logged on percent (%) what
//   was done; blockers
//                     objective
//   Deliverable       title                type         status since  due date   status role;
//   language versions Mission           purpose              kind         start         end status
//   days (days)    destination; back-to-office report Mission days      "Total" period start period
//   end          days (days) Check-in          supervisor                        date actions done
//   agenda items, actions, decisions Review round      deliverable          version      submitted
//   reviewed   outcome  days waited    reviewer Appraisal         stage objectives    mid-term
//   Locked/
//                                                       set           review     Open
//   Rating            objective or         Objective/                            level comment
//                     competency           Competency
class SummaryCsv
{
public:
    static QStringList columns();
    static QByteArray toCsv(const Core::PerformanceSummary &summary);
};

} // namespace Report

#endif
