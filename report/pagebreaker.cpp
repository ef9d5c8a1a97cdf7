#include "pagebreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace Report {

namespace {

// Less than a hair's breadth in layout units (1/96 inch): positions that differ by less are one.
constexpr qreal epsilon = 0.01;
// A header row taller than this share of a page is not repeated: it would crowd out the rows.
constexpr qreal maximumHeaderShare = 0.25;

qreal padding(const QTextTable *table, const QTextTableCell &cell, QTextFormat::Property side)
{
    const QTextFormat format = cell.format();
    return format.hasProperty(side) ? format.doubleProperty(side) : table->format().cellPadding();
}

} // namespace

PageBreaker::PageBreaker(const QTextDocument &document) : m_document(document)
{
    m_height = document.documentLayout()->documentSize().height();
    QList<Element> elements;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame()))
            elements.append(addTable(table));
        else if (it.currentBlock().isValid())
            elements.append(addBlock(it.currentBlock()));
    }
    addKeepWithNext(elements);
    std::sort(m_candidates.begin(), m_candidates.end());
    m_candidates.erase(std::unique(m_candidates.begin(), m_candidates.end()), m_candidates.end());
    std::sort(
        m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) { return a.top < b.top; });
}

// Every line is a span no cut may enter, and its top a place where a page may start.
void PageBreaker::addLines(const QTextBlock &block, qreal &top, qreal &bottom)
{
    const QTextLayout *layout = block.layout();
    const QRectF rect = m_document.documentLayout()->blockBoundingRect(block);
    const qreal origin = rect.top() - layout->boundingRect().top();
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const Span span { origin + line.y(), origin + line.y() + line.height(), true };
        m_spans.append(span);
        m_candidates.append(span.top);
        top = std::min(top, span.top);
        bottom = std::max(bottom, span.bottom);
    }
}

PageBreaker::Element PageBreaker::addBlock(const QTextBlock &block)
{
    Element element;
    element.top = std::numeric_limits<qreal>::max();
    element.bottom = std::numeric_limits<qreal>::lowest();
    addLines(block, element.top, element.bottom);
    if (block.layout()->lineCount() == 0)
        element.top = element.bottom = m_document.documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *layout = block.layout();
    element.firstPartBottom
        = layout->lineCount() > 0 ? element.top + layout->lineAt(0).height() : element.bottom;
    element.keepWithNext = block.blockFormat().boolProperty(KeepWithNext);
    return element;
}

// Adds the lines of every cell. Returns where each row starts, and last where the table ends:
// below its last row, not at the bottom of its frame, which reaches into the margin where the
// next paragraph already starts.
QList<qreal> PageBreaker::addCells(QTextTable *table, qreal tableTop)
{
    const int rows = table->rows();
    QList<qreal> edges(rows, std::numeric_limits<qreal>::max());
    qreal tableBottom = tableTop;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue;
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = std::numeric_limits<qreal>::lowest();
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                if (it.currentBlock().isValid())
                    addLines(it.currentBlock(), top, bottom);
            }
            // Half the padding above the text: below the rule that closes the row before,
            // above the text of this one.
            edges[row] = std::min(
                edges[row], top - padding(table, cell, QTextFormat::TableCellTopPadding) / 2);
            tableBottom = std::max(
                tableBottom, bottom + padding(table, cell, QTextFormat::TableCellBottomPadding));
        }
    }
    edges[0] = tableTop;
    edges.append(tableBottom);
    return edges;
}

PageBreaker::Element PageBreaker::addTable(QTextTable *table)
{
    const qreal top = m_document.documentLayout()->frameBoundingRect(table).top();
    const QList<qreal> edges = addCells(table, top);
    const int rows = table->rows();
    for (int row = 0; row < rows; ++row) {
        m_spans.append({ edges[row], edges[row + 1], false });
        m_candidates.append(edges[row]);
    }

    Element element;
    element.top = top;
    element.bottom = edges.last();
    const int headerRows = table->format().headerRowCount();
    const bool hasBody = headerRows > 0 && rows > headerRows;
    element.firstPartBottom = edges[hasBody ? headerRows + 1 : 1];
    if (hasBody) {
        m_tables.append({ top, edges[headerRows], element.bottom });
        m_spans.append({ top, element.firstPartBottom, false });
    }
    if (table->format().boolProperty(KeepTogether))
        m_spans.append({ top, element.bottom, false });
    return element;
}

void PageBreaker::addKeepWithNext(const QList<Element> &elements)
{
    for (int i = 0; i < elements.size(); ++i) {
        if (!elements.at(i).keepWithNext)
            continue;
        int next = i + 1;
        while (next < elements.size() && elements.at(next).keepWithNext)
            ++next;
        if (next < elements.size())
            m_spans.append({ elements.at(i).top, elements.at(next).firstPartBottom, false });
    }
}

QList<PageBreaker::Page> PageBreaker::pages(qreal pageHeight) const
{
    QList<Page> pages;
    qreal top = 0;
    while (true) {
        Page page;
        page.top = top;
        const TableSpan table = tableAt(top);
        if (table.headerBottom - table.top <= pageHeight * maximumHeaderShare) {
            page.headerTop = table.top;
            page.headerBottom = table.headerBottom;
        }
        const qreal capacity = pageHeight - page.headerHeight();
        if (m_height - top <= capacity + epsilon) {
            page.bottom = m_height;
            pages.append(page);
            return pages;
        }
        page.bottom = cut(top, top + capacity, capacity);
        pages.append(page);
        top = page.bottom;
    }
}

// The table whose body `y` falls in, or an empty span.
PageBreaker::TableSpan PageBreaker::tableAt(qreal y) const
{
    for (const TableSpan &table : m_tables) {
        if (y >= table.headerBottom - epsilon && y < table.bottom - epsilon)
            return table;
    }
    return {};
}

// Where the page that starts at `top` ends: the lowest allowed place above `limit`, keeping
// rows and headings whole when possible, and failing that (a row taller than a page) at least
// every line.
qreal PageBreaker::cut(qreal top, qreal limit, qreal capacity) const
{
    const auto first = std::upper_bound(m_candidates.begin(), m_candidates.end(), top + epsilon);
    const auto last = std::upper_bound(m_candidates.begin(), m_candidates.end(), limit);
    for (const bool keepSoftSpans : { true, false }) {
        for (auto it = last; it != first;) {
            --it;
            if (isAllowed(*it, top, limit, capacity, keepSoftSpans))
                return *it;
        }
    }
    return limit;
}

bool PageBreaker::isAllowed(
    qreal y, qreal top, qreal limit, qreal capacity, bool keepSoftSpans) const
{
    for (const Span &span : m_spans) {
        if (span.top > limit)
            break;
        if (span.bottom < top || span.top >= y - epsilon || span.bottom <= y + epsilon)
            continue;
        if (span.mandatory || (keepSoftSpans && span.bottom - span.top <= capacity))
            return false;
    }
    return true;
}

} // namespace Report
