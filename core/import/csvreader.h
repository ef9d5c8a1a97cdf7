#ifndef CORE_CSVREADER_H
#define CORE_CSVREADER_H

#include "../result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Core {

// Reads comma-separated values as RFC 4180 writes them (quoted cells, doubled quotes, CRLF or LF,
// line breaks inside quotes) from UTF-8 text with or without a byte order mark. The input is
// whatever a person picked in a file dialog, so it is treated as hostile: one pass, no
// backtracking, and limits on size and counts, so that no file can hang the reader or exhaust
// memory. The first problem ends the reading, with its row and column named.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Core::CsvReader)
public:
    struct Limits
    {
        qsizetype maxBytes = 8 * 1024 * 1024;
        qsizetype maxCells = 200000; // in the whole file: bounds the memory the result takes
        qsizetype maxColumns = 64; // in one row
        qsizetype maxCellBytes = 64 * 1024;
    };

    // The rows in file order, the header first, each a list of cells. A line break at the very
    // end of the file starts no row; an empty line is a row of one empty cell.
    static Result<QList<QStringList>> parse(const QByteArray &bytes);
    static Result<QList<QStringList>> parse(const QByteArray &bytes, const Limits &limits);
    // Never loads more than maxBytes + 1 bytes: a huge file is refused without being read.
    static Result<QList<QStringList>> readFile(const QString &path);
    static Result<QList<QStringList>> readFile(const QString &path, const Limits &limits);
};

} // namespace Core

#endif
