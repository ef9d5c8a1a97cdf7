#include "calendarmonthmodel.h"

#include "agendastyle.h"
#include "format.h"
#include "roles.h"

#include <QLocale>

#include <algorithm>

namespace Ui {

namespace {

// Missions and meetings first, so that a long bar keeps its line from day to day; then the
// deadlines, by title.
bool before(const Core::AgendaItem &a, const Core::AgendaItem &b)
{
    const bool aSpan = AgendaStyle::isSpan(a.kind);
    const bool bSpan = AgendaStyle::isSpan(b.kind);
    if (aSpan != bSpan)
        return aSpan;
    if (a.start != b.start)
        return a.start < b.start;
    return a.title.localeAwareCompare(b.title) < 0;
}

} // namespace

CalendarMonthModel::CalendarMonthModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{
    setMonth(m_today);
}

void CalendarMonthModel::setMonth(const QDate &day)
{
    beginResetModel();
    m_month = QDate(day.year(), day.month(), 1);
    m_days.clear();
    endResetModel();
}

QDate CalendarMonthModel::firstShown() const
{
    return m_month.addDays(1 - m_month.dayOfWeek());
}

void CalendarMonthModel::setToday(const QDate &today)
{
    const QModelIndex before = indexOf(m_today);
    m_today = today;
    for (const QModelIndex &index : { before, indexOf(m_today) }) {
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
    }
}

void CalendarMonthModel::setItems(const QList<Core::AgendaItem> &items)
{
    beginResetModel();
    m_days.clear();
    for (const Core::AgendaItem &item : items) {
        const QDate end = item.end.isValid() ? item.end : item.start;
        const QDate first = std::max(item.start, firstShown());
        for (QDate day = first; day <= end && day <= lastShown(); day = day.addDays(1))
            m_days[day].append(item);
    }
    for (QList<Core::AgendaItem> &day : m_days)
        std::stable_sort(day.begin(), day.end(), before);
    endResetModel();
}

QList<Core::AgendaItem> CalendarMonthModel::itemsOn(const QDate &date) const
{
    return m_days.value(date);
}

QDate CalendarMonthModel::dateAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return firstShown().addDays(index.row() * daysPerWeek + index.column());
}

QModelIndex CalendarMonthModel::indexOf(const QDate &date) const
{
    const qint64 offset = firstShown().daysTo(date);
    if (offset < 0 || offset >= weeks * daysPerWeek)
        return {};
    return index(int(offset / daysPerWeek), int(offset % daysPerWeek));
}

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : weeks;
}

int CalendarMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : daysPerWeek;
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return date.day();
    case Qt::ForegroundRole:
        return date.month() == m_month.month() ? QVariant() : QVariant(Format::muted());
    case Qt::ToolTipRole: {
        QStringList lines { Format::date(date) };
        for (const Core::AgendaItem &item : itemsOn(date))
            lines.append(
                QStringLiteral("%1: %2").arg(AgendaStyle::kindName(item.kind), item.title));
        return lines.join(QLatin1Char('\n'));
    }
    case SortRole:
        return date;
    case ObjectRole:
        return QVariant::fromValue(itemsOn(date));
    }
    return {};
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= daysPerWeek)
        return {};
    return QLocale().dayName(section + 1, QLocale::ShortFormat);
}

} // namespace Ui
