#include "hotpaths.h"

#include "dashboardreads.h"
#include "writebench.h"

#include <documentfile.h>
#include <overviewmodel.h>
#include <summarydocument.h>

#include <storage/peoplerepository.h>
#include <storage/progressrepository.h>
#include <storage/summaryqueries.h>
#include <unitstore.h>

#include <QTextDocument>

namespace Bench {

const QDate HotPaths::today(2026, 6, 15);

HotPaths::HotPaths(Core::UnitStore &store) : m_store(store) { }

HotPaths::~HotPaths() = default;

QStringList HotPaths::names()
{
    return { QStringLiteral("overview"), QStringLiteral("dashboard"), QStringLiteral("log"),
        QStringLiteral("summary") };
}

void HotPaths::measure(const QString &path)
{
    prepare(path);
    run(path);
    collect(path);
}

void HotPaths::collect(const QString &path)
{
    run(path);
}

// The overview model loads itself, for the real today, when made; the entry to log is chosen
// by a query of its own.
void HotPaths::prepare(const QString &path)
{
    if (path == QLatin1String("overview"))
        m_overview = std::make_unique<Ui::OverviewModel>(m_store);
    else if (path == QLatin1String("log"))
        m_entry = WriteBench::entryToLog(m_store, today);
}

void HotPaths::run(const QString &path)
{
    if (path == QLatin1String("overview"))
        loadOverview();
    else if (path == QLatin1String("dashboard"))
        readDashboard();
    else if (path == QLatin1String("log"))
        logProgress();
    else if (path == QLatin1String("summary"))
        writeSummary();
    else
        qFatal("no hot path called %s", qPrintable(path));
}

// The model the overview page shows, reloaded for the fixed day.
void HotPaths::loadOverview()
{
    m_overview->setToday(today);
}

void HotPaths::readDashboard()
{
    for (const DashboardReads::Read &read : DashboardReads(m_store, today).all())
        read.run();
}

void HotPaths::logProgress()
{
    const auto logged = m_store.progress().log(m_entry, today);
    if (!logged)
        qFatal("%s", qPrintable(logged.error().message()));
}

// The first JPO's summary of the year, read, laid out and written as PDF.
void HotPaths::writeSummary()
{
    const auto people = m_store.people().all();
    if (!people)
        qFatal("%s", qPrintable(people.error().message()));
    const auto jpo = std::find_if(people.value().cbegin(), people.value().cend(),
        [](const Core::Person &person) { return person.category == Core::Person::Category::Jpo; });
    if (jpo == people.value().cend())
        qFatal("the unit has no JPO");
    const auto summary = m_store.summaries().forPerson(jpo->id, today.year(), today);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().message()));
    const auto document = Report::SummaryDocument(summary.value()).build();
    Report::DocumentFile::pdf(*document, Report::DocumentFile::Paper::A4);
}

} // namespace Bench
