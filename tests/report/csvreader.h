#ifndef TESTS_CSVREADER_H
#define TESTS_CSVREADER_H

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// An RFC 4180 reader written from the RFC, independent of the writer: quoted fields, doubled
// quotes, line breaks inside quotes, records ended by CRLF. A bare LF ending a record, or a
// quote inside an unquoted field, is an error.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray &bytes);

    bool hasByteOrderMark() const { return m_bom; }
    QList<QStringList> records() const { return m_records; }
    QString error() const { return m_error; }

private:
    void parse(const QString &text);

    bool m_bom = false;
    QList<QStringList> m_records;
    QString m_error;
};

#endif
