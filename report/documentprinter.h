#ifndef REPORT_DOCUMENTPRINTER_H
#define REPORT_DOCUMENTPRINTER_H

#include "reportlanguage.h"

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Report {

// Paints a report onto pages: a QPdfWriter, or the QPrinter of a print preview. The document is
// laid out at 96 dpi on a copy, cut into pages by PageBreaker so that no table row is split,
// and scaled onto each page, whose foot carries the title and "Page N of M".
class DocumentPrinter
{
public:
    explicit DocumentPrinter(const QTextDocument &document);

    // Paints every page, using the device's page layout (size and margins) as it is; returns
    // the number of pages.
    int print(QPagedPaintDevice &device) const;

private:
    void paintFooter(QPainter &painter, const QSizeF &area, int page, int pageCount) const;
    static qreal footerHeight(QPagedPaintDevice &device);

    const QTextDocument &m_document;
    ReportLanguage m_language;
};

} // namespace Report

#endif
