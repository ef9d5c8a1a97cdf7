#include "documentfile.h"

#include "documentprinter.h"
#include "textcomposer.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextTable>

#include <memory>

namespace Report {

namespace {

// Generous enough for the rings of a binder, the same on A4 and Letter.
const QMarginsF pageMargins(18, 15, 18, 12);

// The text width an office suite gives A4 and Letter alike with its default margins, in points.
constexpr qreal officeTextWidth = 170 / 25.4 * 72;
const QColor officeGrid(0xa8, 0xb3, 0xc0);

QList<QTextLength> officeColumns(const QTextTable *table, TextComposer::TableRole role)
{
    const QList<QTextLength> constraints = table->format().columnWidthConstraints();
    QList<QTextLength> columns;
    for (int i = 0; i < table->columns(); ++i) {
        const qreal share = role == TextComposer::TableRole::Signatures
            ? 1.0 / table->columns()
            : constraints.value(i).rawValue() / 100;
        columns.append(QTextLength(QTextLength::FixedLength, officeTextWidth * share));
    }
    return columns;
}

// Qt's ODF writer (6.4) writes column percentages where ODF wants lengths, which office suites
// ignore, and gives every cell the border of its table, so that rules under rows cannot be
// written. The copy it writes has fixed column widths, a light grid on data tables and
// signature boxes, and no spacer columns between the boxes.
std::unique_ptr<QTextDocument> officeCopy(const QTextDocument &document)
{
    std::unique_ptr<QTextDocument> copy(document.clone());
    for (QTextFrame *frame : copy->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const auto role
            = TextComposer::TableRole(table->format().intProperty(TextComposer::TableRoleProperty));
        if (role == TextComposer::TableRole::Signatures) {
            for (int column = table->columns() - 2; column > 0; column -= 2)
                table->removeColumns(column, 1);
        }
        QTextTableFormat format = table->format();
        format.setColumnWidthConstraints(officeColumns(table, role));
        format.setWidth(QTextLength(QTextLength::FixedLength, officeTextWidth));
        format.setAlignment(Qt::AlignLeft);
        if (role == TextComposer::TableRole::Facts) {
            format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        } else {
            format.setBorder(1);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(officeGrid);
        }
        table->setFormat(format);
    }
    return copy;
}

QString creator()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("SSE Unit Desk")
                             : QStringLiteral("SSE Unit Desk %1").arg(version);
}

} // namespace

std::optional<DocumentFile::Paper> DocumentFile::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

QByteArray DocumentFile::pdf(const QTextDocument &document, Paper paper)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                QPageLayout::Portrait, pageMargins, QPageLayout::Millimeter));
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(creator());
        DocumentPrinter(document).print(writer);
    }
    return bytes;
}

QByteArray DocumentFile::odt(const QTextDocument &document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    writer.write(officeCopy(document).get());
    return bytes;
}

QByteArray DocumentFile::html(const QTextDocument &document)
{
    QString html = document.toHtml();
    // Qt declares the encoding in its own way; a browser opening the file from disk needs the
    // standard declaration first in the head.
    if (!html.contains(QLatin1String("<meta charset=\"utf-8\""), Qt::CaseInsensitive))
        html.replace(QStringLiteral("<head>"), QStringLiteral("<head><meta charset=\"utf-8\" />"));
    // Qt (6.4) writes cell paddings without a unit, which browsers ignore, and leaves cells
    // vertically centred. Only style attributes are touched: text a user wrote has its quotes
    // escaped, so it cannot hold one.
    static const QRegularExpression styleAttribute(QStringLiteral("style=\"[^\"]*\""));
    static const QRegularExpression unitlessPadding(
        QStringLiteral("(padding-(?:left|right|top|bottom):)(\\d+(?:\\.\\d+)?);"));
    QString fixed;
    qsizetype done = 0;
    for (auto it = styleAttribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        fixed += html.mid(done, match.capturedStart() - done);
        fixed += match.captured().replace(unitlessPadding, QStringLiteral("\\1\\2px;"));
        done = match.capturedEnd();
    }
    fixed += html.mid(done);
    const qsizetype styleEnd = fixed.indexOf(QLatin1String("</style>"));
    if (styleEnd >= 0)
        fixed.insert(styleEnd,
            QStringLiteral("td { vertical-align: top; }\nbody { max-width: 60em; margin: 2em auto; "
                           "}\n"));
    return fixed.toUtf8();
}

Core::Status DocumentFile::write(
    const QTextDocument &document, const QString &path, OutputFormat::Kind format, Paper paper)
{
    switch (format) {
    case OutputFormat::Pdf:
        return save(pdf(document, paper), path);
    case OutputFormat::Odt:
        return save(odt(document), path);
    case OutputFormat::Html:
        return save(html(document), path);
    case OutputFormat::Csv:
        break;
    }
    return Core::Error::validation(tr("A document is written as PDF, ODT or HTML, not as %1.")
                                       .arg(OutputFormat::name(format)));
}

Core::Status DocumentFile::save(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Core::Error(Core::Error::Code::Storage,
            tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace Report
