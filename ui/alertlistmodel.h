#ifndef UI_ALERTLISTMODEL_H
#define UI_ALERTLISTMODEL_H

#include <deadline.h>

#include <QAbstractListModel>
#include <QDate>
#include <QList>

namespace Ui {

// A short list of things that need attention (overdue activities, deadlines coming up,
// contracts ending), each pointing at the person concerned.
class AlertListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Alert
    {
        QDate date;
        QString personName;
        QString title;
        QString detail; // shown as tool tip
        Core::Id personId = 0;
        Core::Id planId = 0;
        bool urgent = false;
    };

    explicit AlertListModel(QObject *parent = nullptr);

    static QList<Alert> fromDeadlines(const QList<Core::Deadline> &deadlines, const QDate &today);
    static QList<Alert> fromEndings(
        const QList<Core::EndingAssignment> &endings, const QDate &today);

    void setAlerts(const QList<Alert> &alerts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Alert> m_alerts;
};

} // namespace Ui

#endif
