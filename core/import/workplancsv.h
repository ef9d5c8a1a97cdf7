#ifndef CORE_WORKPLANCSV_H
#define CORE_WORKPLANCSV_H

#include "workplancandidate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Core {

// Reads a work-plan file for one person's plan: a row per objective, learning element or
// activity, columns found by their header name. The kind column says which a row is. An
// activity belongs to the objective its "objective title" names, anywhere in the file or
// already in the plan; left empty, to the nearest objective above it. Dates are YYYY-MM-DD: an
// objective's target date, an activity's due date. A pure function of the file's bytes, like
// PeopleCsv; CsvImport checks the result against the plan (its period, its state).
class WorkPlanCsv
{
    Q_DECLARE_TR_FUNCTIONS(Core::WorkPlanCsv)
public:
    static WorkPlanCandidate parse(const QByteArray &bytes);
    static WorkPlanCandidate fromRows(const QList<QStringList> &rows);

    // The header names, in the order a template file lists them; kind and objective title are
    // required.
    static QStringList columns();
    static QString columnOfObjectiveField(const QString &field);
    static QString columnOfActivityField(const QString &field);
};

} // namespace Core

#endif
