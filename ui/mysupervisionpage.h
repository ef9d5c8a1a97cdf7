#ifndef UI_MYSUPERVISIONPAGE_H
#define UI_MYSUPERVISIONPAGE_H

#include "dashboardlistmodel.h"

#include <id.h>
#include <result.h>

#include <QDate>
#include <QWidget>

class QListView;

namespace Ui {

class DashboardCard;
class PageHeader;
class Session;

// The signed-in person's supervision at a glance: their own check-ins and open action items,
// drafts in review and appraisal (and where they must write); and, for someone who supervises,
// who is due a check-in, which drafts wait for their review, which appraisals are due. Each
// line opens the thing it names.
class MySupervisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit MySupervisionPage(Session &session, QWidget *parent = nullptr);

    void setToday(const QDate &today);
    void refresh();
    // The lines of a section, by its name ("myCheckIns", "checkInsDue"...), for tests.
    DashboardListModel *section(const QString &name) const;

Q_SIGNALS:
    void checkInsActivated(Core::Id personId);
    void checkInActivated(Core::Id checkInId);
    void deliverableActivated(Core::Id deliverableId);
    void appraisalActivated(Core::Id appraisalId);

private:
    struct Section
    {
        QString name;
        DashboardListModel *model = nullptr;
        DashboardCard *card = nullptr;
    };

    QWidget *createBody();
    Section createSection(const QString &title, const QString &name, const QString &emptyText);
    bool setLines(
        const Section &section, const Core::Result<QList<DashboardListModel::Line>> &lines);
    bool isSupervising() const;
    void onActivated(const QModelIndex &index);

    Session &m_session;
    QDate m_today;
    PageHeader *m_header;
    QList<Section> m_sections;
    QWidget *m_supervising;
};

} // namespace Ui

#endif
