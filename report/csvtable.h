#ifndef REPORT_CSVTABLE_H
#define REPORT_CSVTABLE_H

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Report {

// A table written as CSV the way spreadsheet programs read it (RFC 4180): fields quoted when
// they hold a comma, a quote or a line break, lines ended by CRLF, UTF-8 with a byte order mark
// so that accents survive a double click. A field a spreadsheet would run as a formula (one
// starting with = + - @, a tab or a carriage return) is defused with a leading apostrophe.
class CsvTable
{
public:
    explicit CsvTable(QStringList header);

    void addRow(const QStringList &fields);
    QByteArray toUtf8() const;

    static QString field(const QString &value);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Report

#endif
