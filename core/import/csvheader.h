#ifndef CORE_CSVHEADER_H
#define CORE_CSVHEADER_H

#include "importissue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Core {

// The first row of an import file: which of the columns an importer knows are where. Columns are
// found by name, in any order; names match ignoring case, surrounding spaces, and the difference
// between a space, '_' and '-' ("Supervisor_Email" is "supervisor email"). A column nobody asked
// for is refused rather than ignored: it is most often a typo, and its data would be lost.
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(Core::CsvHeader)
public:
    CsvHeader(const QStringList &header, const QStringList &known, const QStringList &required);

    // Problems with the header itself, all on row 1; the rows below cannot be read if any.
    QList<ImportIssue> issues() const { return m_issues; }
    bool has(const QString &column) const { return m_index.contains(column); }
    // The cell of `column` in `row`, trimmed; empty when the row stops short or the column is
    // absent.
    QString cell(const QStringList &row, const QString &column) const;
    // Cells with a value outside the named columns: under an empty header or past the last one.
    QList<ImportIssue> strayCells(const QStringList &row, int rowNumber) const;

    static QString normalized(const QString &name);
    static bool isBlank(const QStringList &row);

private:
    QHash<QString, int> m_index;
    QSet<int> m_unnamed;
    qsizetype m_width = 0;
    QList<ImportIssue> m_issues;
};

} // namespace Core

#endif
