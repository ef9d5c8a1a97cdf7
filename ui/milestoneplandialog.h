#ifndef UI_MILESTONEPLANDIALOG_H
#define UI_MILESTONEPLANDIALOG_H

#include <milestoneplanner.h>

#include <QDialog>
#include <QList>

class QCheckBox;
class QDateEdit;
class QTreeWidget;

namespace Ui {

// Asks for the fixed event a deliverable is for (an ICLS session, a GAC meeting, a donor
// deadline) and whether it must be translated, and shows the dates planned backwards from it
// as they are chosen. Accepting hands the plan to the caller.
class MilestonePlanDialog : public QDialog
{
    Q_OBJECT
public:
    MilestonePlanDialog(const QDate &eventDate, bool withTranslations, QWidget *parent = nullptr);

    QList<Core::MilestonePlanner::Milestone> milestones() const { return m_milestones; }
    bool withTranslations() const;
    // The date of the milestone `key` ("delivery", "translation"...), or an invalid date.
    QDate date(const QString &key) const;

private:
    void replan();

    QDateEdit *m_event;
    QCheckBox *m_translations;
    QTreeWidget *m_plan;
    QList<Core::MilestonePlanner::Milestone> m_milestones;
};

} // namespace Ui

#endif
