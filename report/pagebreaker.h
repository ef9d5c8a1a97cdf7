#ifndef REPORT_PAGEBREAKER_H
#define REPORT_PAGEBREAKER_H

#include <QList>
#include <QTextFormat>

class QTextBlock;
class QTextDocument;
class QTextTable;

namespace Report {

// Cuts a document laid out as one long page (no page height) into pages, choosing where each
// page ends instead of letting QTextDocument split wherever the page height falls. Qt's own
// paging moves single lines of a table cell onto the next page, which splits a table row in
// two; here a cut never falls inside a line of text, never inside a table row or a block
// marked to stay whole when that fits on a page, and never between a block marked to stay
// with what follows and the first line or row of it. A page that continues a table repeats
// its header row at the top.
class PageBreaker
{
public:
    // Format properties TextComposer sets and the cutting honours.
    enum Property {
        KeepWithNext = QTextFormat::UserProperty + 1, // on a block: a heading
        KeepTogether, // on a table: a small grid such as the signature lines
    };

    struct Page
    {
        qreal top = 0;
        qreal bottom = 0;
        // The header row of the table this page continues, shown above `top`; empty when the
        // page does not start inside a table.
        qreal headerTop = 0;
        qreal headerBottom = 0;

        qreal headerHeight() const { return headerBottom - headerTop; }
    };

    // Reads the document's current layout; lay it out at the page width first.
    explicit PageBreaker(const QTextDocument &document);

    // The pages, top to bottom, each at most `pageHeight` tall header included.
    QList<Page> pages(qreal pageHeight) const;

private:
    // A stretch of the document a cut must not fall inside: always for a line of text
    // (`mandatory`), otherwise only when it fits on a page.
    struct Span
    {
        qreal top = 0;
        qreal bottom = 0;
        bool mandatory = false;
    };
    struct TableSpan
    {
        qreal top = 0;
        qreal headerBottom = 0;
        qreal bottom = 0;
    };
    // One element of the document's top level: its top, where its first line or first body
    // row ends, and whether it stays with the next element.
    struct Element
    {
        qreal top = 0;
        qreal firstPartBottom = 0;
        qreal bottom = 0;
        bool keepWithNext = false;
    };

    Element addBlock(const QTextBlock &block);
    Element addTable(QTextTable *table);
    QList<qreal> addCells(QTextTable *table, qreal tableTop);
    void addLines(const QTextBlock &block, qreal &top, qreal &bottom);
    void addKeepWithNext(const QList<Element> &elements);
    TableSpan tableAt(qreal y) const;
    qreal cut(qreal top, qreal limit, qreal capacity) const;
    bool isAllowed(qreal y, qreal top, qreal limit, qreal capacity, bool keepSoftSpans) const;

    const QTextDocument &m_document;
    QList<Span> m_spans;
    QList<qreal> m_candidates; // the tops of lines and rows, where a page may start
    QList<TableSpan> m_tables;
    qreal m_height = 0;
};

} // namespace Report

#endif
