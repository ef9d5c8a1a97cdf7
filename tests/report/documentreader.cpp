#include "documentreader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

DocumentReader::DocumentReader(QString path) : m_path(std::move(path)) { }

QString DocumentReader::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60 * 1000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                          QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Compatibility forms folded, as a reader sees them: pdftotext gives the ligatures ("ﬀ") and
// Arabic presentation forms the fonts drew.
QString DocumentReader::pdfText()
{
    return run(QStringLiteral(SSEDESK_PDFTOTEXT),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path, QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

QString DocumentReader::pdfPageText(int page)
{
    const QString number = QString::number(page);
    return run(QStringLiteral(SSEDESK_PDFTOTEXT),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"), number,
            QStringLiteral("-l"), number, m_path, QStringLiteral("-") })
        .normalized(QString::NormalizationForm_KC);
}

int DocumentReader::pdfPageCount()
{
    return pdfInfo(QStringLiteral("Pages")).toInt();
}

QString DocumentReader::pdfInfo(const QString &field)
{
    const QString info = run(QStringLiteral(SSEDESK_PDFINFO),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_path });
    const QRegularExpression line(
        QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(field)),
        QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

QString DocumentReader::odtContent()
{
    return run(QStringLiteral(SSEDESK_UNZIP),
        { QStringLiteral("-p"), m_path, QStringLiteral("content.xml") });
}

QStringList DocumentReader::odtCells()
{
    QXmlStreamReader xml(odtContent());
    QStringList cells;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table-cell") && depth++ == 0)
            cells.append(QString());
        else if (xml.isEndElement() && xml.name() == QLatin1String("table-cell"))
            --depth;
        else if (xml.isCharacters() && depth > 0)
            cells.last() += xml.text().toString().trimmed();
    }
    if (xml.hasError())
        m_error = xml.errorString();
    return cells;
}
