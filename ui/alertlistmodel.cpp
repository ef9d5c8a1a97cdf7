#include "alertlistmodel.h"

#include "format.h"
#include "roles.h"

namespace Ui {

AlertListModel::AlertListModel(QObject *parent) : QAbstractListModel(parent) { }

QList<AlertListModel::Alert> AlertListModel::fromDeadlines(
    const QList<Core::Deadline> &deadlines, const QDate &today)
{
    QList<Alert> alerts;
    for (const Core::Deadline &deadline : deadlines) {
        const QString detail
            = tr("%1\nObjective: %2\nDue %3 (%4), %5 done")
                  .arg(deadline.activityTitle, deadline.objectiveTitle,
                      Format::date(deadline.dueDate), Format::daysFrom(today, deadline.dueDate),
                      Format::percent(deadline.latestPercent));
        alerts.append({ deadline.dueDate, deadline.personName, deadline.activityTitle, detail,
            deadline.personId, deadline.planId, deadline.dueDate < today });
    }
    return alerts;
}

QList<AlertListModel::Alert> AlertListModel::fromEndings(
    const QList<Core::EndingAssignment> &endings, const QDate &today)
{
    QList<Alert> alerts;
    for (const Core::EndingAssignment &ending : endings) {
        const QString renewal = ending.renewable ? tr("renewable") : tr("not renewable");
        const QString detail = tr("%1\nEnds %2 (%3), %4")
                                   .arg(ending.title, Format::date(ending.end),
                                       Format::daysFrom(today, ending.end), renewal);
        alerts.append({ ending.end, ending.personName, ending.title, detail, ending.personId, 0,
            today.daysTo(ending.end) <= 30 });
    }
    return alerts;
}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1   %2: %3").arg(Format::shortDate(alert.date), alert.personName, alert.title);
    case Qt::ToolTipRole:
        return alert.detail;
    case Qt::ForegroundRole:
        return alert.urgent ? QVariant(Format::warning()) : QVariant();
    case SortRole:
        return alert.date;
    case IdRole:
    case PersonIdRole:
        return alert.personId;
    case PlanIdRole:
        return alert.planId;
    }
    return {};
}

} // namespace Ui
