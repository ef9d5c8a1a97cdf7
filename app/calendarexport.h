#ifndef APP_CALENDAREXPORT_H
#define APP_CALENDAREXPORT_H

#include "agendaitem.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace App {

// Turns agenda items into an iCalendar (RFC 5545) document that calendar applications import or
// subscribe to: one all-day event per mission, meeting and deadline. Deadlines are events, not
// to-dos, because many calendar applications ignore VTODO; a category tells them apart. Each
// event keeps its UID across exports, so re-importing updates events instead of duplicating
// them. libical does the escaping and the line folding; it stays out of this header.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(App::CalendarExport)

public:
    // `stamp` is the moment of the export (DTSTAMP); tests fix it to compare documents.
    explicit CalendarExport(
        QString calendarName, QDateTime stamp = QDateTime::currentDateTimeUtc());

    QByteArray toIcs(const QList<Core::AgendaItem> &items) const;
    // Writes through a temporary file moved into place, so `path` is never left half-written.
    Core::Status write(const QList<Core::AgendaItem> &items, const QString &path) const;

    static QString uid(const Core::AgendaItem &item);
    static QString category(Core::AgendaItem::Kind kind);
    // The range exported unless another is asked for: a year back, two years ahead.
    static QDate defaultFrom(const QDate &today) { return today.addYears(-1); }
    static QDate defaultTo(const QDate &today) { return today.addYears(2); }

private:
    QString m_calendarName;
    QDateTime m_stamp;
};

} // namespace App

#endif
