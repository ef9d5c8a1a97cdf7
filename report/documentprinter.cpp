#include "documentprinter.h"

#include "pagebreaker.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include <memory>

namespace Report {

namespace {

constexpr qreal layoutDpi = 96;
constexpr qreal footerPointSize = 7.5;
const QColor footerInk(0x5b, 0x65, 0x70);
const QColor footerRule(0xc9, 0xd1, 0xda);

// Fonts are measured as on a 96 dpi screen whatever the screen (or none) the application has,
// so that a document breaks into the same pages everywhere.
QImage metricsDevice()
{
    QImage image(1, 1, QImage::Format_Mono);
    const int dotsPerMeter = qRound(layoutDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

QFont footerFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(footerPointSize);
    return font;
}

// Paints the band [top, bottom) of the laid-out document at height `at` of the page.
void paintSlice(QPainter &painter, const QTextDocument &document, qreal top, qreal bottom, qreal at)
{
    if (bottom <= top)
        return;
    painter.save();
    // Some room either side for italic overhangs; above and below, not a hair more.
    const QRectF slice(-8, top, document.textWidth() + 16, bottom - top);
    painter.translate(0, at - top);
    painter.setClipRect(slice, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws every line touching its clip, and PDF keeps text the painter clips
    // away: a line starting right at the cut would be copied, searched and read aloud on the
    // page before too. A hair inside the cut keeps each line on its own page.
    context.clip = slice.adjusted(0, 0.5, 0, -0.5);
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

DocumentPrinter::DocumentPrinter(const QTextDocument &document)
    : m_document(document), m_language(ReportLanguage::of(document))
{
}

qreal DocumentPrinter::footerHeight(QPagedPaintDevice &device)
{
    return QFontMetricsF(footerFont(), &device).height() * 2.5;
}

int DocumentPrinter::print(QPagedPaintDevice &device) const
{
    QImage metrics = metricsDevice();
    const std::unique_ptr<QTextDocument> document(m_document.clone());
    document->documentLayout()->setPaintDevice(&metrics);
    document->setDocumentMargin(0);

    const QSizeF area = device.pageLayout().paintRectPixels(device.logicalDpiX()).size();
    const qreal scaleX = device.logicalDpiX() / layoutDpi;
    const qreal scaleY = device.logicalDpiY() / layoutDpi;
    document->setTextWidth(area.width() / scaleX);
    const qreal pageHeight = (area.height() - footerHeight(device)) / scaleY;
    const QList<PageBreaker::Page> pages = PageBreaker(*document).pages(pageHeight);

    QPainter painter(&device);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        const PageBreaker::Page &page = pages.at(i);
        painter.save();
        painter.scale(scaleX, scaleY);
        paintSlice(painter, *document, page.headerTop, page.headerBottom, 0);
        paintSlice(painter, *document, page.top, page.bottom, page.headerHeight());
        painter.restore();
        paintFooter(painter, area, i + 1, int(pages.size()));
    }
    return int(pages.size());
}

void DocumentPrinter::paintFooter(
    QPainter &painter, const QSizeF &area, int page, int pageCount) const
{
    painter.save();
    const QFont font = footerFont();
    const QFontMetricsF metrics(font, painter.device());
    const QRectF band(0, area.height() - metrics.height(), area.width(), metrics.height());
    const qreal ruleY = band.top() - metrics.height() * 0.6;
    painter.setPen(QPen(footerRule, metrics.height() / 16));
    painter.drawLine(QPointF(0, ruleY), QPointF(area.width(), ruleY));

    painter.setFont(font);
    painter.setPen(footerInk);
    const QString number
        = m_language.translate("Report::DocumentPrinter", "Page %1 of %2").arg(page).arg(pageCount);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, number);
    const qreal titleWidth
        = band.width() - metrics.horizontalAdvance(number) - metrics.height() * 2;
    const QString title = metrics.elidedText(
        m_document.metaInformation(QTextDocument::DocumentTitle), Qt::ElideRight, titleWidth);
    painter.drawText(QRectF(band.topLeft(), QSizeF(titleWidth, band.height())),
        Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.restore();
}

} // namespace Report
