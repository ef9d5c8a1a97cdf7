#include "calendarexport.h"
#include "icsreader.h"
#include "storage/agendaqueries.h"
#include "storage/meetingrepository.h"
#include "unitfixture.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using App::CalendarExport;

namespace {

const QString nacTitle = QStringLiteral("Réunion du comité national — Sénégal");
const QDateTime stamp(QDate(2026, 6, 15), QTime(9, 30), Qt::UTC);

QStringList uidsOf(const QJsonArray &events)
{
    QStringList uids;
    for (const QJsonValue &event : events)
        uids.append(event.toObject().value(QStringLiteral("uid")).toString());
    uids.sort();
    return uids;
}

QString text(const QJsonObject &event, const char *key)
{
    return event.value(QLatin1String(key)).toString();
}

// A unit with a NAC in Dakar that both attend, the JPO's mission to it and the JPO's report.
struct DakarWeek
{
    explicit DakarWeek(UnitFixture &unit)
    {
        Meeting nac;
        nac.title = nacTitle;
        nac.kind = Meeting::Kind::Nac;
        nac.countryCode = QStringLiteral("SN");
        nac.place = QStringLiteral("Dakar, Ministère de la Microfinance");
        nac.start = QDate(2026, 3, 10);
        nac.end = QDate(2026, 3, 11);
        nac.participantIds = { unit.head.id, unit.jpo.id };
        meeting = REQUIRE_OK(unit.store().meetings().add(nac));
        mission = unit.addMission(
            unit.jpo.id, QDate(2026, 3, 8), QDate(2026, 3, 13), Mission::Status::Authorised);
        report = unit.addDeliverable(unit.jpo.id,
            QStringLiteral("Rapport national sur l'économie sociale et solidaire au Sénégal"),
            QDate(2026, 7, 31), Deliverable::Status::Drafting);
    }

    Meeting meeting;
    Mission mission;
    Deliverable report;
};

QList<AgendaItem> agendaOf(UnitFixture &unit, Id personId = 0)
{
    return REQUIRE_OK(unit.store().agenda().between(
        QDate(2026, 1, 1), QDate(2026, 12, 31), unit.today(), personId));
}

// Exports into `dir` and reads the file back with the independent parser.
IcsReader exported(const QTemporaryDir &dir, const QList<AgendaItem> &items,
    const QDateTime &when = stamp, const QString &name = QStringLiteral("unit.ics"))
{
    const QString path = dir.filePath(name);
    const Status written = CalendarExport(QStringLiteral("SSE Unit Desk"), when).write(items, path);
    if (!written)
        qFatal("export failed: %s", qPrintable(written.error().message()));
    return IcsReader(path);
}

} // namespace

class CalendarExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteAPublishedCalendar()
    {
        // GIVEN nothing on the agenda
        QTemporaryDir dir;

        // WHEN it is exported
        const IcsReader ics = exported(dir, {});

        // THEN the calendar names itself and its producer, and holds no event
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        QCOMPARE(text(ics.calendar(), "VERSION"), QStringLiteral("2.0"));
        QCOMPARE(text(ics.calendar(), "METHOD"), QStringLiteral("PUBLISH"));
        QCOMPARE(text(ics.calendar(), "X-WR-CALNAME"), QStringLiteral("SSE Unit Desk"));
        QVERIFY(text(ics.calendar(), "PRODID").contains(QStringLiteral("SSE Unit Desk")));
        QCOMPARE(ics.events().size(), 0);
    }

    void shouldWriteOneAllDayEventPerMissionMeetingAndDeadline()
    {
        // GIVEN a meeting, a mission and a deliverable in the store
        UnitFixture unit;
        const DakarWeek week(unit);
        QTemporaryDir dir;

        // WHEN the year's agenda is exported
        const IcsReader ics = exported(dir, agendaOf(unit));

        // THEN each is one event with a UID of its kind and id
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        QCOMPARE(uidsOf(ics.events()),
            QStringList({ QStringLiteral("deliverable-due-%1@ssedesk.unit").arg(week.report.id),
                QStringLiteral("meeting-%1@ssedesk.unit").arg(week.meeting.id),
                QStringLiteral("mission-%1@ssedesk.unit").arg(week.mission.id) }));

        // AND the meeting keeps its accents and lasts its two days, DTEND being exclusive
        const QJsonObject nac
            = ics.event(QStringLiteral("meeting-%1@ssedesk.unit").arg(week.meeting.id));
        QCOMPARE(text(nac, "summary"), nacTitle);
        QVERIFY(nac.value(QStringLiteral("allDay")).toBool());
        QCOMPARE(text(nac, "start"), QStringLiteral("2026-03-10"));
        QCOMPARE(text(nac, "end"), QStringLiteral("2026-03-12"));
        QVERIFY2(
            text(nac, "location").startsWith(QStringLiteral("Dakar, Ministère de la Microfinance")),
            qPrintable(text(nac, "location")));
        QVERIFY(text(nac, "description").contains(unit.head.name));
        QCOMPARE(nac.value(QStringLiteral("categories")).toArray().first().toString(),
            CalendarExport::category(AgendaItem::Kind::Meeting));

        // AND the mission spans departure to return, the deadline its one day, not as busy time
        const QJsonObject mission
            = ics.event(QStringLiteral("mission-%1@ssedesk.unit").arg(week.mission.id));
        QCOMPARE(text(mission, "start"), QStringLiteral("2026-03-08"));
        QCOMPARE(text(mission, "end"), QStringLiteral("2026-03-14"));
        QVERIFY(text(mission, "description").contains(unit.jpo.name));
        const QJsonObject due
            = ics.event(QStringLiteral("deliverable-due-%1@ssedesk.unit").arg(week.report.id));
        QCOMPARE(text(due, "start"), QStringLiteral("2026-07-31"));
        QCOMPARE(text(due, "end"), QStringLiteral("2026-08-01"));
        QVERIFY(text(due, "summary").endsWith(week.report.title));
        QCOMPARE(text(due, "transp"), QStringLiteral("TRANSPARENT"));
        QVERIFY(text(due, "description").contains(QStringLiteral("Drafting")));
    }

    void shouldExportOnlyWhatConcernsThePersonAskedFor_data()
    {
        QTest::addColumn<bool>("forHead");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("the head attends the meeting only")
            << true << QStringList { QStringLiteral("meeting") };
        QTest::newRow("the JPO travels, attends and owns the report")
            << false
            << QStringList { QStringLiteral("deliverable-due"), QStringLiteral("meeting"),
                   QStringLiteral("mission") };
    }

    void shouldExportOnlyWhatConcernsThePersonAskedFor()
    {
        // GIVEN the week in Dakar
        QFETCH(bool, forHead);
        QFETCH(QStringList, prefixes);
        UnitFixture unit;
        const DakarWeek week(unit);
        QTemporaryDir dir;

        // WHEN one person's agenda is exported
        const IcsReader ics = exported(dir, agendaOf(unit, forHead ? unit.head.id : unit.jpo.id));

        // THEN only their items are in it
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        QStringList kinds;
        for (const QString &uid : uidsOf(ics.events()))
            kinds.append(uid.section(QLatin1Char('-'), 0, -2));
        QCOMPARE(kinds, prefixes);
    }

    void shouldKeepPunctuationAndLongAccentedTextIntact()
    {
        // GIVEN a meeting whose title and place need escaping and folding
        UnitFixture unit;
        const QString title = QStringLiteral(
            "Atelier de validation; « économie sociale et solidaire », coopératives, mutuelles "
            "et associations — Thiès, Saint-Louis, Kaolack, Ziguinchor et Tambacounda\\2026");
        const QString place = QStringLiteral("Thiès, Centre régional; salle n° 2");
        Meeting workshop = unit.addMeeting(title, QDate(2026, 5, 4), QDate(2026, 5, 4));
        workshop.place = place;
        QVERIFY(unit.store().meetings().update(workshop));
        QTemporaryDir dir;

        // WHEN it is exported
        const IcsReader ics = exported(dir, agendaOf(unit));

        // THEN the other parser reads the same words back, and the one day ends the next day
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        const QJsonObject event
            = ics.event(QStringLiteral("meeting-%1@ssedesk.unit").arg(workshop.id));
        QCOMPARE(text(event, "summary"), title);
        QVERIFY2(text(event, "location").startsWith(place), qPrintable(text(event, "location")));
        QCOMPARE(text(event, "end"), QStringLiteral("2026-05-05"));

        // AND every line of the file is folded to 75 octets without cutting a character
        QFile file(dir.filePath(QStringLiteral("unit.ics")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() > 10);
        for (const QByteArray &line : lines) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() <= 76, line.constData());
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            Q_UNUSED(decoded);
        }
    }

    void shouldStampInUtcAndKeepUidsFromOneExportToTheNext()
    {
        // GIVEN the week in Dakar, exported once
        UnitFixture unit;
        const DakarWeek week(unit);
        QTemporaryDir dir;
        const IcsReader first = exported(dir, agendaOf(unit));

        // WHEN it is exported again a day later
        const IcsReader second
            = exported(dir, agendaOf(unit), stamp.addDays(1), QStringLiteral("again.ics"));

        // THEN the events keep their UIDs, so a calendar updates them, and each stamp is UTC
        QVERIFY2(second.isOk(), qPrintable(second.error()));
        QCOMPARE(uidsOf(second.events()), uidsOf(first.events()));
        QCOMPARE(text(first.events().first().toObject(), "stamp"),
            QStringLiteral("2026-06-15T09:30:00+00:00"));
        QCOMPARE(text(second.events().first().toObject(), "stamp"),
            QStringLiteral("2026-06-16T09:30:00+00:00"));
    }

    void shouldMarkTentativeCancelledAndOverdueItems()
    {
        // GIVEN a planned mission and a deliverable past its due date in the store, and a
        // cancelled mission handed over as is (the agenda itself leaves cancelled ones out)
        UnitFixture unit;
        const Mission planned = unit.addMission(unit.jpo.id, QDate(2026, 9, 1), QDate(2026, 9, 4));
        const Deliverable late = unit.addDeliverable(unit.jpo.id, QStringLiteral("Brief"),
            unit.today().addDays(-3), Deliverable::Status::Drafting);
        AgendaItem cancelled;
        cancelled.id = 99;
        cancelled.title = QStringLiteral("Mission to Manila");
        cancelled.start = QDate(2026, 10, 5);
        cancelled.end = QDate(2026, 10, 9);
        cancelled.status = Mission::statusKey(Mission::Status::Cancelled);
        QTemporaryDir dir;

        // WHEN they are exported
        const IcsReader ics = exported(dir, agendaOf(unit) << cancelled);

        // THEN calendar programs can show the first as tentative, the last as cancelled
        QVERIFY2(ics.isOk(), qPrintable(ics.error()));
        QCOMPARE(
            text(ics.event(QStringLiteral("mission-%1@ssedesk.unit").arg(planned.id)), "status"),
            QStringLiteral("TENTATIVE"));
        QCOMPARE(text(ics.event(QStringLiteral("mission-99@ssedesk.unit")), "status"),
            QStringLiteral("CANCELLED"));
        // AND the late deliverable says it is overdue
        const QJsonObject due
            = ics.event(QStringLiteral("deliverable-due-%1@ssedesk.unit").arg(late.id));
        QVERIFY2(text(due, "description").contains(QStringLiteral("Overdue")),
            qPrintable(text(due, "description")));
    }

    void shouldLeaveNothingBehindWhenTheFileCannotBeWritten()
    {
        // GIVEN a target in a folder that does not exist
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/unit.ics"));

        // WHEN the export is written there
        const Status written
            = CalendarExport(QStringLiteral("SSE Unit Desk"), stamp).write({}, path);

        // THEN it fails naming the file, and nothing was created
        QVERIFY(!written);
        QVERIFY2(written.error().message().contains(path), qPrintable(written.error().message()));
        QVERIFY(QDir(dir.path()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(CalendarExportTest)

#include "calendarexporttest.moc"
