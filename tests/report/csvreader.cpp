#include "csvreader.h"

CsvReader::CsvReader(const QByteArray &bytes)
{
    m_bom = bytes.startsWith("\xEF\xBB\xBF");
    parse(QString::fromUtf8(m_bom ? bytes.mid(3) : bytes));
}

void CsvReader::parse(const QString &text)
{
    const auto next
        = [&text](qsizetype i) { return i + 1 < text.size() ? text.at(i + 1) : QChar(); };
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && next(i) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted) {
                m_error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return;
            }
            quoted = fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') && next(i) == QLatin1Char('\n')) {
            record.append(field);
            m_records.append(record);
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            m_error = QStringLiteral("a line ends without CRLF at %1").arg(i);
            return;
        } else {
            field += c;
        }
    }
    if (quoted)
        m_error = QStringLiteral("a quoted field is not closed");
    else if (!field.isEmpty() || !record.isEmpty())
        m_error = QStringLiteral("the last record does not end with CRLF");
}
