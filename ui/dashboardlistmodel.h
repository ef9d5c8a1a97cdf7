#ifndef UI_DASHBOARDLISTMODEL_H
#define UI_DASHBOARDLISTMODEL_H

#include <id.h>

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace Ui {

// One list of the dashboard: lines that each name a thing (a person's plan, a mission, a
// deliverable) and say why it is there. Painted by TwoLineDelegate.
class DashboardListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // CheckIns: a supervisee's check-ins (the id is the person's); CheckIn, Appraisal: one.
    enum class Target { Person, Mission, Deliverable, CheckIns, CheckIn, Appraisal };

    struct Line
    {
        QString title;
        QString detail; // second line: whose, which, since when
        QString badge; // the figure at the right: "12 days late"
        QString toolTip;
        Target target = Target::Person;
        Core::Id id = 0; // of the target
        Core::Id planId = 0; // for a person: the plan to show
        bool urgent = false;
    };

    explicit DashboardListModel(QObject *parent = nullptr);

    void setLines(const QList<Line> &lines);
    const Line &line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Line> m_lines;
};

} // namespace Ui

#endif
