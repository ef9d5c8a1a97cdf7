#ifndef APP_EXPORTCALENDAR_H
#define APP_EXPORTCALENDAR_H

#include "agendaitem.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace Core {
class UnitStore;
}

namespace App {

// `ssedesk export calendar --database FILE [--person EMAIL] --out FILE.ics`: the unit's
// missions, meetings and deadlines (or one person's) as an iCalendar file, without a window.
class ExportCalendar
{
    Q_DECLARE_TR_FUNCTIONS(App::ExportCalendar)

public:
    static QString name() { return QStringLiteral("calendar"); }
    static QString summary();

    ExportCalendar(QTextStream &out, QTextStream &err);
    // `arguments` start with the program, followed by what came after the subject.
    int run(const QStringList &arguments);

private:
    struct Request
    {
        QString database;
        QString person; // an e-mail address; empty for the whole unit
        QString out;
        QDate from;
        QDate to;
        bool helpShown = false;
    };

    static void addOptions(QCommandLineParser &parser);
    int parse(const QStringList &arguments, Request &request);
    int parseRange(const QCommandLineParser &parser, Request &request);
    int readDate(const QCommandLineParser &parser, const QString &option, QDate &date);
    int write(const Request &request);
    Core::Result<QList<Core::AgendaItem>> agendaFor(
        const Core::UnitStore &store, const Request &request, QString &calendarName) const;
    int fail(const QString &message, int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace App

#endif
