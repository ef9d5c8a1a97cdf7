#ifndef UI_CHECKINSPAGE_H
#define UI_CHECKINSPAGE_H

#include <checkin.h>

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Ui {

class CheckInDialog;
class CheckInsModel;
class HistoryButton;
class PageHeader;
class Session;
class SuperviseePicker;

// The check-ins of one supervisee: pick whom, see their check-ins, hold a new one (core prepares
// its agenda), open a held one, and set the pair's recurring agenda items.
class CheckInsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckInsPage(Session &session, QWidget *parent = nullptr);

    CheckInsModel *model() const { return m_model; }
    void setToday(const QDate &today);
    // False when the signed-in user may not see this person's check-ins.
    bool setPerson(Core::Id personId);
    Core::Id personId() const;

    CheckInDialog *newCheckIn();
    CheckInDialog *openCheckIn(Core::Id checkInId);
    // Selects the check-in's supervisee and opens it (from My supervision and the dashboard).
    CheckInDialog *showCheckIn(Core::Id checkInId);

private:
    QWidget *createToolBar();
    QPushButton *addButton(const QString &name, const QString &text);
    void reload();
    void updateButtons();
    bool isOfPair() const;
    CheckInDialog *openDialog(const Core::CheckIn &checkIn);
    Core::Id selectedId() const;
    void onEditRecurring();
    void onDelete();

    Session &m_session;
    QDate m_today;
    PageHeader *m_header;
    SuperviseePicker *m_picker;
    CheckInsModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_recurring;
    QPushButton *m_delete;
    HistoryButton *m_history;
};

} // namespace Ui

#endif
