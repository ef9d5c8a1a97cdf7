#ifndef TESTS_DOCUMENTREADER_H
#define TESTS_DOCUMENTREADER_H

#include <QString>
#include <QStringList>

// Reads written documents back with the tools a user's system has: poppler's pdftotext and
// pdfinfo for PDF, unzip for OpenDocument. A tool that is missing or fails is reported in
// error(), never taken for an empty document.
class DocumentReader
{
public:
    explicit DocumentReader(QString path);

    // The text of the whole PDF, or of one page (counted from 1), in Unicode form NFKC.
    QString pdfText();
    QString pdfPageText(int page);
    int pdfPageCount();
    // One field of pdfinfo: "Title", "Creator", "Page size".
    QString pdfInfo(const QString &field);
    // content.xml of an OpenDocument file.
    QString odtContent();
    // Every table cell of content.xml, its text run together.
    QStringList odtCells();

    QString error() const { return m_error; }

private:
    QString run(const QString &program, const QStringList &arguments);

    QString m_path;
    QString m_error;
};

#endif
