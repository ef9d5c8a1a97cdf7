#include "calendarpage.h"

#include "agendalegend.h"
#include "agendalistmodel.h"
#include "calendardaydelegate.h"
#include "calendarmonthmodel.h"
#include "format.h"
#include "pageheader.h"
#include "personfilter.h"
#include "session.h"
#include "twolinedelegate.h"

#include <storage/agendaqueries.h>
#include <unitstore.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

CalendarPage::CalendarPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Calendar"), this))
    , m_person(new PersonFilter(this))
    , m_monthLabel(new QLabel(this))
    , m_month(new CalendarMonthModel(this))
    , m_view(new QTableView(this))
    , m_day(new AgendaListModel(this))
    , m_dayLabel(new QLabel(this))
    , m_dayEmpty(new QLabel(tr("Nothing on this day."), this))
    , m_dayList(new QListView(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_person->setObjectName(QStringLiteral("calendarPersonFilter"));
    m_header->addTool(createTools());
    setUpView();
    auto *legend = new AgendaLegend(this);
    legend->setObjectName(QStringLiteral("calendarLegend"));
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(m_view, 1);
    body->addWidget(createDayPanel());
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(legend);
    layout->addLayout(body, 1);
    connect(m_person, &PersonFilter::personChanged, this, &CalendarPage::refresh);
    connect(&session.store(), &Core::UnitStore::changed, this, &CalendarPage::onStoreChanged);
    m_month->setToday(m_today);
    m_selected = m_today;
    onStoreChanged();
}

QWidget *CalendarPage::createTools()
{
    auto *tools = new QWidget(this);
    auto *layout = new QHBoxLayout(tools);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_monthLabel->setObjectName(QStringLiteral("calendarMonthLabel"));
    m_monthLabel->setFont(Format::heading());
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_monthLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) + 40);
    QPushButton *previous = createButton(
        QStringLiteral("◀"), QStringLiteral("calendarPreviousButton"), tr("Previous month"));
    QPushButton *next
        = createButton(QStringLiteral("▶"), QStringLiteral("calendarNextButton"), tr("Next month"));
    QPushButton *today
        = createButton(tr("Today"), QStringLiteral("calendarTodayButton"), tr("Back to today"));
    connect(previous, &QPushButton::clicked, this, [this] { showMonth(month().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { showMonth(month().addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] { setToday(m_today); });
    layout->addWidget(m_person);
    layout->addSpacing(12);
    layout->addWidget(previous);
    layout->addWidget(m_monthLabel);
    layout->addWidget(next);
    layout->addWidget(today);
    return tools;
}

QPushButton *CalendarPage::createButton(
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

void CalendarPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("calendarView"));
    m_view->setAccessibleName(tr("Month"));
    m_view->setModel(m_month);
    m_view->setItemDelegate(new CalendarDayDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setStyleSheet(
        QStringLiteral("QTableView { gridline-color: %1; }").arg(Format::hairline().name()));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &CalendarPage::onCurrentChanged);
    connect(m_view, &QTableView::doubleClicked, this, &CalendarPage::onCellDoubleClicked);
}

QWidget *CalendarPage::createDayPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("calendarDayPanel"));
    panel->setFixedWidth(350);
    m_dayLabel->setObjectName(QStringLiteral("calendarDayLabel"));
    m_dayLabel->setFont(Format::heading());
    m_dayEmpty->setObjectName(QStringLiteral("calendarDayEmpty"));
    m_dayEmpty->setStyleSheet(QStringLiteral("color: %1;").arg(Format::muted().name()));
    m_dayList->setObjectName(QStringLiteral("calendarDayList"));
    m_dayList->setAccessibleName(tr("The selected day"));
    m_dayList->setModel(m_day);
    m_dayList->setItemDelegate(new TwoLineDelegate(m_dayList));
    m_dayList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dayList->setUniformItemSizes(true);
    // Activated covers double-click (or single click, where the style says so) and Return.
    connect(m_dayList, &QListView::activated, this, &CalendarPage::onDayItemActivated);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_dayEmpty);
    layout->addWidget(m_dayList, 1);
    return panel;
}

QDate CalendarPage::month() const
{
    return m_month->month();
}

void CalendarPage::setToday(const QDate &today)
{
    m_today = today;
    m_month->setToday(today);
    m_selected = today;
    showMonth(today);
}

// The selected day follows to the new month: today when it is in it, its first day otherwise.
void CalendarPage::showMonth(const QDate &day)
{
    m_month->setMonth(day);
    const bool holdsToday = m_today.year() == day.year() && m_today.month() == day.month();
    if (m_selected.year() != day.year() || m_selected.month() != day.month())
        m_selected = holdsToday ? m_today : month();
    refresh();
}

void CalendarPage::refresh()
{
    const auto items = m_session.store().agenda().between(
        m_month->firstShown(), m_month->lastShown(), m_today, m_person->personId());
    if (!items) {
        m_session.showError(this, items.error());
        return;
    }
    m_month->setItems(items.value());
    m_monthLabel->setText(QLocale().toString(month(), QStringLiteral("MMMM yyyy")));
    int inMonth = 0;
    for (const Core::AgendaItem &item : items.value()) {
        const QDate end = item.end.isValid() ? item.end : item.start;
        inMonth += end >= month() && item.start < month().addMonths(1) ? 1 : 0;
    }
    m_header->setSubtitle(inMonth == 1
            ? tr("1 mission, meeting or deadline this month")
            : tr("%n missions, meetings and deadlines this month", nullptr, inMonth));
    m_view->setCurrentIndex(m_month->indexOf(m_selected));
    showSelectedDay();
}

void CalendarPage::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    m_selected = m_month->dateAt(current);
    showSelectedDay();
}

void CalendarPage::showSelectedDay()
{
    m_dayLabel->setText(QLocale().toString(m_selected, QStringLiteral("dddd d MMMM")));
    m_day->setItems(m_month->itemsOn(m_selected));
    m_dayEmpty->setVisible(m_day->rowCount() == 0);
}

// A day with one item opens it straight away; with more, the list beside says which.
void CalendarPage::onCellDoubleClicked(const QModelIndex &index)
{
    const QList<Core::AgendaItem> items = m_month->itemsOn(m_month->dateAt(index));
    if (items.size() == 1)
        Q_EMIT itemActivated(items.first().kind, items.first().id);
}

void CalendarPage::onDayItemActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Core::AgendaItem &item = m_day->item(index.row());
    Q_EMIT itemActivated(item.kind, item.id);
}

void CalendarPage::onStoreChanged()
{
    if (const Core::Status status = m_person->reload(m_session.store()); !status) {
        m_session.showError(this, status.error());
        return;
    }
    refresh();
}

} // namespace Ui
