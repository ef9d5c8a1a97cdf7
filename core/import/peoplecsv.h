#ifndef CORE_PEOPLECSV_H
#define CORE_PEOPLECSV_H

#include "peoplecandidate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Core {

// Reads a people file: one person a row, columns found by their header name. A pure function of
// the file's bytes: no database, so it can be fuzzed, and so a preview costs nothing. Checks
// what the file alone can show: Person::validate(), a known category, language codes, an e-mail
// given twice in the file, a person named as their own supervisor. CsvImport checks the rest
// against the unit.
class PeopleCsv
{
    Q_DECLARE_TR_FUNCTIONS(Core::PeopleCsv)
public:
    static PeopleCandidate parse(const QByteArray &bytes);
    static PeopleCandidate fromRows(const QList<QStringList> &rows);

    // The header names, in the order a template file lists them; name and email are required.
    static QStringList columns();
    static QString columnOfField(const QString &field);
};

} // namespace Core

#endif
