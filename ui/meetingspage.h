#ifndef UI_MEETINGSPAGE_H
#define UI_MEETINGSPAGE_H

#include <id.h>
#include <meeting.h>

#include <QHash>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;

namespace Ui {

class MeetingDialog;
class MeetingsModel;
class RecordBrowser;
class Session;

// The unit's meetings and events; under the list, the selected meeting's follow-up actions,
// ticked off as they are done, and its minutes.
class MeetingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingsPage(Session &session, QWidget *parent = nullptr);

    MeetingsModel *model() const { return m_model; }
    RecordBrowser *browser() const { return m_browser; }

    MeetingDialog *newMeeting();
    MeetingDialog *editMeeting(Core::Id meetingId);
    // Selects the meeting and opens its editor; nullptr when it is not there.
    MeetingDialog *showMeeting(Core::Id meetingId);

private:
    QWidget *createHeader();
    QWidget *createDetails();
    void showDetails();
    void addAction(const Core::FollowUpAction &action);
    MeetingDialog *openDialog(const Core::Meeting &meeting);
    void onActionChanged(QListWidgetItem *item);
    void onDelete(Core::Id meetingId, const QString &title);

    Session &m_session;
    QLineEdit *m_filter;
    MeetingsModel *m_model;
    RecordBrowser *m_browser;
    QListWidget *m_actions;
    QPlainTextEdit *m_minutes;
    QHash<Core::Id, QString> m_names;
};

} // namespace Ui

#endif
