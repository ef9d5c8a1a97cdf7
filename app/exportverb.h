#ifndef APP_EXPORTVERB_H
#define APP_EXPORTVERB_H

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace App {

// `ssedesk export SUBJECT ...`: writes what the unit holds into a file for other programs. The
// subject word says what ("calendar"); each subject has its own options and --help. A new
// subject is one more entry in the table in exportverb.cpp.
class ExportVerb
{
    Q_DECLARE_TR_FUNCTIONS(App::ExportVerb)

public:
    static QString name() { return QStringLiteral("export"); }
    static QString summary();
    // Whether the subject lays out documents, which needs Qt Gui (though no window).
    static bool rendersDocuments(const QString &subject);

    ExportVerb(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the verb.
    int run(const QStringList &arguments);

private:
    QString subjectsHelp() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
