#ifndef UI_CHANGELOGDIALOG_H
#define UI_CHANGELOGDIALOG_H

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

#include <id.h>

namespace Core {
class UnitStore;
}

namespace Ui {

class ChangeLogModel;

// The unit-wide change log (the unit head's), and from any of its lines the full history of the
// record it names: who changed what, when, from which value to which.
class ChangeLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangeLogDialog(Core::UnitStore &store, QWidget *parent = nullptr);

    ChangeLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The dialog shows nothing until told which: the unit's log, or one record's history.
    void showUnitLog();
    void showHistory(const QString &entity, Core::Id entityId);
    void showHistoryOfSelected();

private:
    void refreshHeading();

    Core::UnitStore &m_store;
    ChangeLogModel *m_model;
    QTableView *m_view;
    QLabel *m_heading;
    QPushButton *m_history;
    QPushButton *m_unitLog;
};

} // namespace Ui

#endif
