#ifndef UI_TIMELINEPAGE_H
#define UI_TIMELINEPAGE_H

#include "timelinelayout.h"

#include <agendaitem.h>

#include <QDate>
#include <QWidget>

class QPushButton;

namespace Ui {

class PageHeader;
class PersonFilter;
class Session;
class TimelineWidget;

// The unit's (or one person's) missions, meetings and deadlines on a timeline of months:
// by default from three months back to nine months ahead, moved a quarter at a time.
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int monthsBack = 3;
    static constexpr int monthsAhead = 9;
    static constexpr int monthsPerStep = 3;

    explicit TimelinePage(Session &session, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    PersonFilter *personFilter() const { return m_person; }
    // Pins the day the page is drawn for (tests, screenshots) and goes back to it.
    void setToday(const QDate &today);
    void refresh();

Q_SIGNALS:
    void itemActivated(Core::AgendaItem::Kind kind, Core::Id id);

private:
    QWidget *createTools();
    QPushButton *createButton(const QString &text, const QString &name, const QString &toolTip);
    void moveBy(int months);
    void showToday();
    void onStoreChanged();
    QList<TimelineLayout::Group> groups(Core::Id personId) const;
    static QList<Core::AgendaItem> claimedBy(QList<Core::AgendaItem> items, Core::Id personId);

    Session &m_session;
    QDate m_today;
    QDate m_from; // the first day of the first month shown
    PageHeader *m_header;
    PersonFilter *m_person;
    TimelineWidget *m_timeline;
};

} // namespace Ui

#endif
