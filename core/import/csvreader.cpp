#include "csvreader.h"

#include <QFile>
#include <QStringDecoder>

#include <cstring>
#include <optional>

namespace Core {

namespace {

enum class Encoding { Valid, Nul, Invalid };

// Strict RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF. Qt's decoder would
// replace bad bytes silently; an import must refuse them instead of storing U+FFFD.
Encoding checkUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        if (lead == 0)
            return Encoding::Nul;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t point = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            point = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            point = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            point = lead & 0x07;
            smallest = 0x10000;
        } else {
            return Encoding::Invalid;
        }
        if (size - i < length)
            return Encoding::Invalid;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return Encoding::Invalid;
            point = (point << 6) | (data[i + k] & 0x3F);
        }
        if (point < smallest || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
            return Encoding::Invalid;
        i += length;
    }
    return Encoding::Valid;
}

// Files people pick by mistake, recognised by their first bytes so that the message says what
// to do rather than where the first odd byte is.
std::optional<QString> foreignFormat(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvReader::tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" and import that.");
    if (bytes.startsWith("PK\x03\x04"))
        return CsvReader::tr(
            "The file is a workbook or an archive, not CSV. Save the sheet as \"CSV UTF-8\" "
            "and import that.");
    if (bytes.startsWith("SQLite format 3"))
        return CsvReader::tr("The file is a database, not CSV.");
    return std::nullopt;
}

// One pass over the bytes. Commas, quotes and line breaks are ASCII and never occur inside a
// UTF-8 sequence, so the cells are cut on bytes and each is checked and decoded on its own.
class Scanner
{
public:
    Scanner(const QByteArray &bytes, const CsvReader::Limits &limits)
        : m_data(bytes.constData()), m_size(bytes.size()), m_limits(limits)
    {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    Result<QList<QStringList>> rows()
    {
        if (m_pos == m_size)
            return m_rows;
        for (;;) {
            if (Status status = readCell(); !status)
                return status.error();
            if (Status status = keepCell(); !status)
                return status.error();
            if (m_pos < m_size && m_data[m_pos] == ',') {
                ++m_pos;
                ++m_column;
                continue;
            }
            if (m_pos < m_size)
                skipLineBreak();
            m_rows.append(m_row);
            m_row.clear();
            m_column = 1;
            if (m_pos >= m_size)
                return m_rows;
        }
    }

private:
    bool isCellEnd(char c) const { return c == ',' || c == '\r' || c == '\n'; }

    void skipLineBreak()
    {
        // CRLF, LF, or a lone CR as old Mac spreadsheets wrote it.
        if (m_data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_size && m_data[m_pos] == '\n')
            ++m_pos;
    }

    Error problem(const QString &what) const
    {
        return Error::validation(
            CsvReader::tr("Row %1, column %2: %3")
                .arg(QString::number(m_rows.size() + 1), QString::number(m_column), what));
    }

    Status append(const char *from, qsizetype length)
    {
        if (m_cell.size() + length > m_limits.maxCellBytes)
            return problem(CsvReader::tr("the cell is longer than the limit of %1 bytes.")
                               .arg(m_limits.maxCellBytes));
        m_cell.append(from, length);
        return {};
    }

    Status readCell()
    {
        m_cell.clear();
        if (m_pos < m_size && m_data[m_pos] == '"')
            return readQuotedCell();
        const qsizetype start = m_pos;
        while (m_pos < m_size && !isCellEnd(m_data[m_pos])) {
            if (m_data[m_pos] == '"')
                return problem(CsvReader::tr("a quote inside a cell that does not start with "
                                             "one. Quote the whole cell and double the quote "
                                             "(\"\")."));
            ++m_pos;
        }
        return append(m_data + start, m_pos - start);
    }

    Status readQuotedCell()
    {
        ++m_pos;
        for (;;) {
            const auto *quote
                = static_cast<const char *>(memchr(m_data + m_pos, '"', size_t(m_size - m_pos)));
            if (!quote)
                return problem(CsvReader::tr("the quoted cell never ends: a closing quote (\") is "
                                             "missing."));
            if (Status status = append(m_data + m_pos, quote - (m_data + m_pos)); !status)
                return status;
            m_pos = quote - m_data + 1;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                if (Status status = append(quote, 1); !status)
                    return status;
                ++m_pos;
                continue;
            }
            if (m_pos < m_size && !isCellEnd(m_data[m_pos]))
                return problem(CsvReader::tr("after a closing quote only a comma or the end of "
                                             "the line may follow."));
            return {};
        }
    }

    Status keepCell()
    {
        switch (checkUtf8(m_cell)) {
        case Encoding::Nul:
            return problem(CsvReader::tr("the cell contains a NUL byte; this is not a text file."));
        case Encoding::Invalid:
            return problem(CsvReader::tr("the cell is not valid UTF-8 text. Save the file as "
                                         "\"CSV UTF-8\" and import it again."));
        case Encoding::Valid:
            break;
        }
        if (m_row.size() >= m_limits.maxColumns)
            return problem(
                CsvReader::tr("the row has more than %1 columns.").arg(m_limits.maxColumns));
        if (++m_cells > m_limits.maxCells)
            return problem(
                CsvReader::tr("the file has more than %1 cells.").arg(m_limits.maxCells));
        m_row.append(m_toUtf16(m_cell));
        return {};
    }

    const char *m_data;
    qsizetype m_size;
    const CsvReader::Limits &m_limits;
    qsizetype m_pos = 0;
    qsizetype m_cells = 0;
    int m_column = 1;
    // QString::fromUtf8 would drop a U+FEFF that starts a cell: only the file's first one is a
    // byte order mark, the others are text and kept.
    QStringDecoder m_toUtf16 { QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom };
    QByteArray m_cell;
    QStringList m_row;
    QList<QStringList> m_rows;
};

Error tooLarge(const CsvReader::Limits &limits)
{
    return Error::validation(CsvReader::tr("The file is larger than the limit of %1 bytes; an "
                                           "import file is a table of people or of a plan, far "
                                           "smaller than that.")
                                 .arg(limits.maxBytes));
}

} // namespace

Result<QList<QStringList>> CsvReader::parse(const QByteArray &bytes)
{
    return parse(bytes, Limits());
}

Result<QList<QStringList>> CsvReader::parse(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits);
    if (auto foreign = foreignFormat(bytes))
        return Error::validation(*foreign);
    Scanner scanner(bytes, limits);
    return scanner.rows();
}

Result<QList<QStringList>> CsvReader::readFile(const QString &path)
{
    return readFile(path, Limits());
}

Result<QList<QStringList>> CsvReader::readFile(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    // The size a file reports is not trusted (a pipe reports none): read one byte past the limit.
    const QByteArray bytes = file.read(limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::validation(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    if (bytes.size() > limits.maxBytes)
        return tooLarge(limits);
    return parse(bytes, limits);
}

} // namespace Core
