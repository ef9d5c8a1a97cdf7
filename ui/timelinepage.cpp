#include "timelinepage.h"

#include "agendalegend.h"
#include "pageheader.h"
#include "personfilter.h"
#include "session.h"
#include "timelinewidget.h"

#include <storage/agendaqueries.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QDate firstOfMonth(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

} // namespace

TimelinePage::TimelinePage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_from(firstOfMonth(m_today).addMonths(-monthsBack))
    , m_header(new PageHeader(tr("Timeline"), this))
    , m_person(new PersonFilter(this))
    , m_timeline(new TimelineWidget(this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_person->setObjectName(QStringLiteral("timelinePersonFilter"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_header->addTool(createTools());
    auto *legend = new AgendaLegend(this);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    legend->setShowsToday(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(legend);
    layout->addWidget(m_timeline, 1);
    connect(m_person, &PersonFilter::personChanged, this, &TimelinePage::refresh);
    connect(m_timeline, &TimelineWidget::itemActivated, this, &TimelinePage::itemActivated);
    connect(&session.store(), &Core::UnitStore::changed, this, &TimelinePage::onStoreChanged);
    m_timeline->setToday(m_today);
    onStoreChanged();
    m_timeline->scrollToDate(m_today);
}

QWidget *TimelinePage::createTools()
{
    auto *tools = new QWidget(this);
    auto *layout = new QHBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_person);
    layout->addSpacing(12);
    QPushButton *earlier = createButton(QStringLiteral("◀"),
        QStringLiteral("timelineEarlierButton"), tr("%n months earlier", nullptr, monthsPerStep));
    QPushButton *today
        = createButton(tr("Today"), QStringLiteral("timelineTodayButton"), tr("Back to today"));
    QPushButton *later = createButton(QStringLiteral("▶"), QStringLiteral("timelineLaterButton"),
        tr("%n months later", nullptr, monthsPerStep));
    connect(earlier, &QPushButton::clicked, this, [this] { moveBy(-monthsPerStep); });
    connect(today, &QPushButton::clicked, this, &TimelinePage::showToday);
    connect(later, &QPushButton::clicked, this, [this] { moveBy(monthsPerStep); });
    for (QPushButton *button : { earlier, today, later })
        layout->addWidget(button);
    return tools;
}

QPushButton *TimelinePage::createButton(
    const QString &text, const QString &name, const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    // Arrows need no more room than a square; words keep the style's width.
    if (text.size() == 1)
        button->setFixedWidth(button->sizeHint().height() + 8);
    return button;
}

void TimelinePage::setToday(const QDate &today)
{
    m_today = today;
    m_timeline->setToday(today);
    showToday();
}

void TimelinePage::showToday()
{
    m_from = firstOfMonth(m_today).addMonths(-monthsBack);
    refresh();
    m_timeline->scrollToDate(m_today);
}

void TimelinePage::moveBy(int months)
{
    m_from = m_from.addMonths(months);
    refresh();
}

void TimelinePage::onStoreChanged()
{
    if (const Core::Status status = m_person->reload(m_session.store()); !status) {
        m_session.showError(this, status.error());
        return;
    }
    refresh();
}

// Everyone in the filter's order, or the one person chosen.
QList<TimelineWidget::Group> TimelinePage::groups(Core::Id personId) const
{
    QList<TimelineWidget::Group> groups;
    for (int index = 1; index < m_person->count(); ++index) {
        const Core::Id id = m_person->itemData(index).value<Core::Id>();
        if (personId == 0 || id == personId)
            groups.append({ id, m_person->itemText(index) });
    }
    return groups;
}

// One person's agenda holds what they contribute to, not only what names them (a deliverable
// is listed under its owner): all of it goes in their row.
QList<Core::AgendaItem> TimelinePage::claimedBy(QList<Core::AgendaItem> items, Core::Id personId)
{
    for (Core::AgendaItem &item : items) {
        if (!item.personIds.contains(personId))
            item.personIds.append(personId);
    }
    return items;
}

void TimelinePage::refresh()
{
    const QDate to = m_from.addMonths(monthsBack + monthsAhead + 1).addDays(-1);
    const Core::Id personId = m_person->personId();
    const auto items = m_session.store().agenda().between(m_from, to, m_today, personId);
    if (!items) {
        m_session.showError(this, items.error());
        return;
    }
    m_timeline->setRange(m_from, to);
    m_timeline->setItems(
        personId == 0 ? items.value() : claimedBy(items.value(), personId), groups(personId));
    const QLocale locale;
    m_header->setSubtitle(tr("%1 to %2  ·  %3 items")
                              .arg(locale.toString(m_from, QStringLiteral("MMMM yyyy")),
                                  locale.toString(to, QStringLiteral("MMMM yyyy")))
                              .arg(items.value().size()));
}

} // namespace Ui
