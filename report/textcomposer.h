#ifndef REPORT_TEXTCOMPOSER_H
#define REPORT_TEXTCOMPOSER_H

#include "reportlanguage.h"

#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>

#include <utility>

class QTextDocument;
class QTextTable;

namespace Report {

// Writes the house style of every report into a QTextDocument, one element after the other:
// titles, headings, paragraphs, fact grids, tables and signature lines. Text is inserted as
// plain text, never parsed as markup, so whatever a user typed is shown exactly as written.
// Headings are marked to stay with what follows them and small tables to stay whole; the
// marks are read by PageBreaker and ignored by the ODF and HTML writers.
class TextComposer
{
public:
    struct Column
    {
        QString title;
        int widthPercent = 0;
        bool numeric = false; // right-aligned
    };

    // One table cell: its text, and an optional second line in quieter type below it (the
    // blockers under what was done, the type under a title).
    struct Cell
    {
        Cell(QString text = {}, QString detail = {})
            : text(std::move(text)), detail(std::move(detail))
        {
        }
        QString text;
        QString detail;
    };
    using Row = QList<Cell>;
    using Fact = std::pair<QString, QString>;

    // What a table is, kept in its format under TableRoleProperty for writers that draw tables
    // their own way: an office suite shows data tables and signature boxes ruled, facts bare.
    enum class TableRole { Facts, Data, Signatures };
    static constexpr int TableRoleProperty = QTextFormat::UserProperty + 16;

    explicit TextComposer(QTextDocument &document);

    // While on, every paragraph written stays on the page of what follows it: an objective's
    // lines with the first row of its table. Headings always do.
    void setKeepWithNext(bool on) { m_keepWithNext = on; }

    void title(const QString &text);
    void subtitle(const QString &text);
    void heading(const QString &text);
    // A heading within a section (an objective); `aside` follows it in lighter type.
    void subheading(const QString &text, const QString &aside = {});
    // A paragraph of the report's own (left to right).
    void paragraph(const QString &text);
    // A paragraph as a user wrote it, right to left when written so.
    void writtenParagraph(const QString &text);
    // "Label: text" with the label in bold; nothing is written when `text` is empty.
    void labelled(const QString &label, const QString &text);
    // A remark in muted italics: "No missions in this cycle."
    void note(const QString &text);
    // Label and value pairs, two pairs to a line, kept together on one page.
    void facts(const QList<Fact> &facts);
    // A ruled table with a header row; each row stays whole on a page when it fits one. Cells
    // take the direction of their text.
    void table(const QList<Column> &columns, const QList<Row> &rows);
    // One column per signatory (role, name), with lines to sign and date on.
    void signatures(const QList<Fact> &signatories);

private:
    void startBlock(QTextBlockFormat blockFormat, const QTextCharFormat &charFormat);
    QTextTable *startTable(int rows, int columns, const QTextTableFormat &format);
    void fillCell(QTextTable *table, int row, int column, const Cell &cell,
        const QTextCharFormat &charFormat, Qt::Alignment alignment,
        Qt::LayoutDirection direction = Qt::LeftToRight);
    void leaveTable(QTextTable *table);
    QTextCharFormat textFormat() const;
    QTextCharFormat mutedFormat() const;

    QTextDocument &m_document;
    QTextCursor m_cursor;
    // The language the document was tagged with, for the few words the composer adds itself.
    ReportLanguage m_language;
    // The cursor sits in an empty block (the document's first, or the one after a table) that
    // the next element takes over instead of adding a blank line.
    bool m_inEmptyBlock = true;
    bool m_keepWithNext = false;
    // The table just written, while the cursor is in the block after it: Qt gives that block no
    // top margin, so its spacing goes onto the table's bottom margin instead.
    QTextTable *m_tableAbove = nullptr;
};

} // namespace Report

#endif
