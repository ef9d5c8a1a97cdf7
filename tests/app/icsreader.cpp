#include "icsreader.h"

#include <QJsonDocument>
#include <QProcess>

namespace {

constexpr int finishTimeoutMs = 60 * 1000;

// Prints the calendar as JSON; kept to what the tests compare.
const char *const parserScript = R"(
import json, sys, datetime, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    categories = event.get('CATEGORIES')
    events.append({
        'uid': str(event.get('UID')),
        'summary': str(event.get('SUMMARY', '')),
        'start': start.isoformat(),
        'end': event.decoded('DTEND').isoformat(),
        'allDay': not isinstance(start, datetime.datetime),
        'location': str(event.get('LOCATION', '')),
        'description': str(event.get('DESCRIPTION', '')),
        'categories': [str(c) for c in categories.cats] if categories else [],
        'status': str(event.get('STATUS', '')),
        'transp': str(event.get('TRANSP', '')),
        'stamp': event.decoded('DTSTAMP').astimezone(datetime.timezone.utc).isoformat(),
    })
print(json.dumps({
    'calendar': {key: str(calendar.get(key, '')) for key in
                 ('PRODID', 'VERSION', 'METHOD', 'X-WR-CALNAME')},
    'events': events,
}))
)";

} // namespace

IcsReader::IcsReader(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral(SSEDESK_SYSTEM_PYTHON),
        { QStringLiteral("-c"), QString::fromUtf8(parserScript), path });
    if (!python.waitForFinished(finishTimeoutMs) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        m_error = QStringLiteral("%1 could not parse %2 (is python3-icalendar installed?): %3 %4")
                      .arg(QStringLiteral(SSEDESK_SYSTEM_PYTHON), path, python.errorString(),
                          QString::fromUtf8(python.readAllStandardError()));
        return;
    }
    const QJsonObject parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    m_calendar = parsed.value(QStringLiteral("calendar")).toObject();
    m_events = parsed.value(QStringLiteral("events")).toArray();
}

QJsonObject IcsReader::event(const QString &uid) const
{
    for (const QJsonValue &event : m_events) {
        if (event.toObject().value(QStringLiteral("uid")).toString() == uid)
            return event.toObject();
    }
    return {};
}
