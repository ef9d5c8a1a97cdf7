#ifndef UI_HISTORYBUTTON_H
#define UI_HISTORYBUTTON_H

#include <error.h>
#include <id.h>

#include <QPushButton>

namespace Core {
class UnitStore;
}

namespace Ui {

// "History...": who changed one record (and the rows it owns), when and how, from the audit
// trail, in a ChangeLogDialog. The page tells it which record is selected; it is enabled only
// when there is one that the person signed in may see the history of (a check-in's and an
// appraisal's are for their two parties and the unit head), and says why in its tool tip when
// not. A refusal that comes anyway, when clicked, is reported through `refused`.
class HistoryButton : public QPushButton
{
    Q_OBJECT
public:
    HistoryButton(Core::UnitStore &store, const QString &text, QWidget *parent = nullptr);
    explicit HistoryButton(Core::UnitStore &store, QWidget *parent = nullptr);

    // The table the record is a row of ("work_plan", "checkin") and its id; 0: none selected.
    void setRecord(const QString &entity, Core::Id id);

Q_SIGNALS:
    void refused(const Core::Error &error);

private:
    void showHistory();

    Core::UnitStore &m_store;
    QString m_entity;
    Core::Id m_id = 0;
};

} // namespace Ui

#endif
