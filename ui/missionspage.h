#ifndef UI_MISSIONSPAGE_H
#define UI_MISSIONSPAGE_H

#include <id.h>
#include <mission.h>

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {

class MissionDialog;
class MissionsModel;
class RecordBrowser;
class Session;

// The unit's missions: add, edit, delete, move a mission along planned -> authorised -> under
// way -> completed (or cancel it), and record its back-to-office report.
class MissionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MissionsPage(Session &session, QWidget *parent = nullptr);

    MissionsModel *model() const { return m_model; }
    RecordBrowser *browser() const { return m_browser; }
    // Pins the day reports are judged on (tests, screenshots); today otherwise.
    void setToday(const QDate &today);

    MissionDialog *newMission();
    MissionDialog *editMission(Core::Id missionId);
    // Selects the mission and opens its editor; nullptr when it is not there.
    MissionDialog *showMission(Core::Id missionId);

private:
    QWidget *createHeader();
    void createActions();
    void updateActions();
    void updateSummary();
    MissionDialog *openDialog(const Core::Mission &mission);
    void moveTo(Core::Mission::Status status);
    void onSubmitBto();
    void onDelete(Core::Id missionId, const QString &purpose);

    Session &m_session;
    QLineEdit *m_filter;
    MissionsModel *m_model;
    RecordBrowser *m_browser;
    QList<QPair<Core::Mission::Status, QPushButton *>> m_moves;
    QPushButton *m_submitBto;
    QLabel *m_summary;
};

} // namespace Ui

#endif
