#ifndef CORE_IMPORTISSUE_H
#define CORE_IMPORTISSUE_H

#include <QCoreApplication>
#include <QDebug>
#include <QString>

namespace Core {

// One problem an import found, placed where a person can find it in their spreadsheet: the row
// as a spreadsheet numbers it (the header is row 1) and the column by its header name. Row 0 is
// the file as a whole (it cannot be read, a column is missing, the target plan is closed).
struct ImportIssue
{
    int row = 0;
    QString column;
    QString message;

    // "Row 4, email: ..." for the command line and logs.
    QString text() const
    {
        if (row == 0)
            return message;
        if (column.isEmpty())
            return QCoreApplication::translate("Core::ImportIssue", "Row %1: %2")
                .arg(QString::number(row), message);
        return QCoreApplication::translate("Core::ImportIssue", "Row %1, %2: %3")
            .arg(QString::number(row), column, message);
    }
};

inline bool operator==(const ImportIssue &a, const ImportIssue &b)
{
    return a.row == b.row && a.column == b.column && a.message == b.message;
}

inline QDebug operator<<(QDebug debug, const ImportIssue &issue)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ImportIssue(" << issue.text() << ')';
    return debug;
}

} // namespace Core

#endif
