#ifndef TESTS_ICSREADER_H
#define TESTS_ICSREADER_H

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reads an .ics file back with a parser that is not ours: Debian's python3-icalendar, so that
// what libical wrote is checked the way another calendar program would read it. Each event
// comes back as an object with uid, summary, start, end (ISO dates), allDay, location,
// description, categories, status, transp and stamp (ISO date-time in UTC).
class IcsReader
{
public:
    explicit IcsReader(const QString &path);

    bool isOk() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QJsonObject calendar() const { return m_calendar; } // PRODID, VERSION, METHOD, X-WR-CALNAME
    QJsonArray events() const { return m_events; }
    // The event with that UID, or an empty object.
    QJsonObject event(const QString &uid) const;

private:
    QString m_error;
    QJsonObject m_calendar;
    QJsonArray m_events;
};

#endif
