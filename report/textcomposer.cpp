#include "textcomposer.h"

#include "pagebreaker.h"

#include <QColor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace Report {

namespace {

// Sizes in points for type, in 1/96 inch for spacing: the document is laid out at 96 dpi and
// scaled onto the page.
const QColor ink(0x1b, 0x1f, 0x24);
const QColor muted(0x5b, 0x65, 0x70);
const QColor accent(0x1f, 0x3a, 0x5f);
const QColor rule(0xc9, 0xd1, 0xda);
const QColor headerRule(0x8f, 0xa1, 0xb5);
const QColor headerFill(0xe9, 0xee, 0xf4);
constexpr qreal bodyPointSize = 9;
constexpr qreal cellPadding = 4;

// Typed line ends of any platform become paragraph breaks, as the user saw them.
QString normalised(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'))
        .trimmed();
}

QTextCharFormat fontFormat(qreal pointSize, QFont::Weight weight, const QColor &colour)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(weight);
    format.setForeground(colour);
    return format;
}

// The report's own words are English, left to right; a right-to-left name within them is set
// apart by ReportText::isolate().
QTextBlockFormat spacedBlock(qreal top, qreal bottom)
{
    QTextBlockFormat format;
    format.setLayoutDirection(Qt::LeftToRight);
    format.setTopMargin(top);
    format.setBottomMargin(bottom);
    return format;
}

QTextBlockFormat keptWithNext(QTextBlockFormat format)
{
    format.setProperty(PageBreaker::KeepWithNext, true);
    return format;
}

QTextTableFormat gridFormat(const QList<int> &widthPercents)
{
    QTextTableFormat format;
    format.setBorderCollapse(true);
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setTopMargin(2);
    format.setBottomMargin(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const int percent : widthPercents)
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    format.setColumnWidthConstraints(widths);
    return format;
}

QTextTableCellFormat cellFormat(qreal vertical = cellPadding, qreal horizontal = 6)
{
    QTextTableCellFormat format;
    format.setTopPadding(vertical);
    format.setBottomPadding(vertical);
    format.setLeftPadding(horizontal);
    format.setRightPadding(horizontal);
    return format;
}

QTextTableCellFormat ruledCell(qreal width, const QColor &colour)
{
    QTextTableCellFormat format = cellFormat();
    format.setBottomBorder(width);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBottomBorderBrush(colour);
    return format;
}

} // namespace

TextComposer::TextComposer(QTextDocument &document)
    : m_document(document), m_cursor(&document), m_language(ReportLanguage::of(document))
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(bodyPointSize);
    m_document.setDefaultFont(font);
    // Unhinted glyph advances: the layout is made at 96 dpi and scaled for print, where hinted
    // screen widths would space letters unevenly.
    QTextOption option = m_document.defaultTextOption();
    option.setUseDesignMetrics(true);
    m_document.setDefaultTextOption(option);
}

QTextCharFormat TextComposer::textFormat() const
{
    return fontFormat(bodyPointSize, QFont::Normal, ink);
}

QTextCharFormat TextComposer::mutedFormat() const
{
    return fontFormat(bodyPointSize - 0.5, QFont::Normal, muted);
}

void TextComposer::startBlock(QTextBlockFormat blockFormat, const QTextCharFormat &charFormat)
{
    if (m_keepWithNext)
        blockFormat.setProperty(PageBreaker::KeepWithNext, true);
    if (m_tableAbove) {
        QTextTableFormat format = m_tableAbove->format();
        format.setBottomMargin(std::max(format.bottomMargin(), blockFormat.topMargin()));
        m_tableAbove->setFormat(format);
        m_tableAbove = nullptr;
    }
    if (m_inEmptyBlock) {
        m_cursor.setBlockFormat(blockFormat);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_inEmptyBlock = false;
        return;
    }
    m_cursor.insertBlock(blockFormat, charFormat);
}

void TextComposer::title(const QString &text)
{
    const QTextCharFormat format = fontFormat(17, QFont::Bold, accent);
    startBlock(keptWithNext(spacedBlock(0, 2)), format);
    m_cursor.insertText(normalised(text), format);
}

void TextComposer::subtitle(const QString &text)
{
    const QTextCharFormat format = fontFormat(10.5, QFont::Normal, muted);
    startBlock(keptWithNext(spacedBlock(0, 10)), format);
    m_cursor.insertText(normalised(text), format);
}

void TextComposer::heading(const QString &text)
{
    const QTextCharFormat format = fontFormat(12, QFont::Bold, accent);
    startBlock(keptWithNext(spacedBlock(16, 5)), format);
    m_cursor.insertText(normalised(text), format);
}

void TextComposer::subheading(const QString &text, const QString &aside)
{
    const QTextCharFormat format = fontFormat(10, QFont::Bold, ink);
    startBlock(keptWithNext(spacedBlock(10, 3)), format);
    m_cursor.insertText(normalised(text), format);
    if (!aside.isEmpty())
        m_cursor.insertText(QStringLiteral("   ") + aside, fontFormat(10, QFont::Normal, muted));
}

void TextComposer::paragraph(const QString &text)
{
    startBlock(spacedBlock(0, 4), textFormat());
    m_cursor.insertText(normalised(text), textFormat());
}

void TextComposer::writtenParagraph(const QString &text)
{
    QTextBlockFormat format = spacedBlock(0, 4);
    format.setLayoutDirection(Qt::LayoutDirectionAuto);
    startBlock(format, textFormat());
    m_cursor.insertText(normalised(text), textFormat());
}

void TextComposer::labelled(const QString &label, const QString &text)
{
    if (normalised(text).isEmpty())
        return;
    QTextCharFormat bold = textFormat();
    bold.setFontWeight(QFont::Bold);
    startBlock(spacedBlock(0, 3), textFormat());
    // Translated: French sets a space before the colon.
    m_cursor.insertText(m_language.translate("Report::TextComposer", "%1: ").arg(label), bold);
    m_cursor.insertText(normalised(text), textFormat());
}

void TextComposer::note(const QString &text)
{
    QTextCharFormat format = mutedFormat();
    format.setFontItalic(true);
    startBlock(spacedBlock(0, 4), format);
    m_cursor.insertText(text, format);
}

QTextTable *TextComposer::startTable(int rows, int columns, const QTextTableFormat &format)
{
    m_inEmptyBlock = false;
    m_tableAbove = nullptr;
    return m_cursor.insertTable(rows, columns, format);
}

// The cursor moves to the empty block Qt keeps after every table, for the next element to use.
void TextComposer::leaveTable(QTextTable *table)
{
    m_tableAbove = table;
    m_cursor.movePosition(QTextCursor::End);
    m_cursor.setBlockFormat(QTextBlockFormat());
    m_cursor.setBlockCharFormat(textFormat());
    m_inEmptyBlock = true;
}

void TextComposer::fillCell(QTextTable *table, int row, int column, const Cell &cell,
    const QTextCharFormat &charFormat, Qt::Alignment alignment, Qt::LayoutDirection direction)
{
    // One paragraph a cell, lines broken inside it: Qt's ODF writer turns every paragraph of a
    // cell into a cell of its own.
    const auto inCell = [](const QString &text) {
        return normalised(text).replace(QLatin1Char('\n'), QChar::LineSeparator);
    };
    QTextCursor cursor = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat blockFormat;
    blockFormat.setAlignment(alignment);
    blockFormat.setLayoutDirection(direction);
    cursor.setBlockFormat(blockFormat);
    cursor.insertText(inCell(cell.text), charFormat);
    if (!normalised(cell.detail).isEmpty())
        cursor.insertText(QChar::LineSeparator + inCell(cell.detail), mutedFormat());
}

void TextComposer::facts(const QList<Fact> &facts)
{
    const int rows = int(facts.size() + 1) / 2;
    if (rows == 0)
        return;
    QTextTableFormat format = gridFormat({ 15, 35, 15, 35 });
    format.setProperty(PageBreaker::KeepTogether, true);
    format.setProperty(TableRoleProperty, int(TableRole::Facts));
    QTextTable *table = startTable(rows, 4, format);
    for (int i = 0; i < facts.size(); ++i) {
        const int row = i / 2;
        const int column = (i % 2) * 2;
        table->cellAt(row, column).setFormat(cellFormat(2, 0));
        table->cellAt(row, column + 1).setFormat(cellFormat(2, 6));
        fillCell(table, row, column, facts.at(i).first, mutedFormat(), Qt::AlignLeft);
        fillCell(table, row, column + 1, facts.at(i).second, textFormat(), Qt::AlignLeft);
    }
    leaveTable(table);
}

void TextComposer::table(const QList<Column> &columns, const QList<Row> &rows)
{
    QList<int> widths;
    for (const Column &column : columns)
        widths.append(column.widthPercent);
    QTextTableFormat format = gridFormat(widths);
    format.setHeaderRowCount(1);
    format.setProperty(TableRoleProperty, int(TableRole::Data));
    QTextTable *table = startTable(int(rows.size()) + 1, int(columns.size()), format);

    QTextTableCellFormat header = ruledCell(1, headerRule);
    header.setBackground(headerFill);
    QTextCharFormat headerText = textFormat();
    headerText.setFontWeight(QFont::Bold);
    headerText.setFontPointSize(bodyPointSize - 0.5);
    for (int column = 0; column < columns.size(); ++column) {
        const Qt::Alignment alignment = columns.at(column).numeric ? Qt::AlignRight : Qt::AlignLeft;
        table->cellAt(0, column).setFormat(header);
        fillCell(table, 0, column, columns.at(column).title, headerText, alignment);
        for (int row = 0; row < rows.size(); ++row) {
            table->cellAt(row + 1, column).setFormat(ruledCell(0.75, rule));
            fillCell(table, row + 1, column, rows.at(row).value(column), textFormat(), alignment,
                Qt::LayoutDirectionAuto);
        }
    }
    leaveTable(table);
}

void TextComposer::signatures(const QList<Fact> &signatories)
{
    // A narrow empty column between signatories keeps their lines apart.
    QList<int> widths;
    const int count = int(signatories.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            widths.append(10 / (count - 1));
        widths.append(count > 1 ? 90 / count : 100);
    }
    QTextTableFormat format = gridFormat(widths);
    format.setTopMargin(12);
    format.setProperty(PageBreaker::KeepTogether, true);
    format.setProperty(TableRoleProperty, int(TableRole::Signatures));
    QTextTable *table = startTable(4, int(widths.size()), format);

    // Room to sign above each line, the caption at its start.
    QTextTableCellFormat line = cellFormat(2, 4);
    line.setTopPadding(8);
    line.setBottomPadding(30);
    line.setBottomBorder(0.75);
    line.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    line.setBottomBorderBrush(ink);
    QTextCharFormat bold = textFormat();
    bold.setFontWeight(QFont::Bold);
    for (int i = 0; i < count; ++i) {
        const int column = i * 2;
        for (int row = 0; row < 4; ++row)
            table->cellAt(row, column).setFormat(row < 2 ? cellFormat(2, 4) : line);
        fillCell(table, 0, column, signatories.at(i).first, bold, Qt::AlignLeft);
        fillCell(table, 1, column, signatories.at(i).second, textFormat(), Qt::AlignLeft);
        fillCell(table, 2, column, m_language.translate("Report::TextComposer", "Signature"),
            mutedFormat(), Qt::AlignLeft);
        fillCell(table, 3, column, m_language.translate("Report::TextComposer", "Date"),
            mutedFormat(), Qt::AlignLeft);
    }
    leaveTable(table);
}

} // namespace Report
