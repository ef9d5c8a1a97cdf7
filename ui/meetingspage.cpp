#include "meetingspage.h"

#include "format.h"
#include "lookups.h"
#include "meetingdialog.h"
#include "meetingsmodel.h"
#include "pageheader.h"
#include "recordbrowser.h"
#include "recordedits.h"
#include "session.h"

#include <storage/meetingrepository.h>
#include <unitstore.h>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

MeetingsPage::MeetingsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_model(new MeetingsModel(session.store(), this))
    , m_browser(new RecordBrowser(m_model, m_filter, QStringLiteral("meeting"), this))
    , m_actions(new QListWidget(this))
    , m_minutes(new QPlainTextEdit(this))
{
    m_browser->offerHistory(session.store());
    setObjectName(QStringLiteral("meetingsPage"));
    m_browser->table()->setAccessibleName(tr("Meetings"));
    m_browser->newButton()->setText(tr("&New meeting..."));
    m_browser->setColumnWidths(
        { { MeetingsModel::KindColumn, 190 }, { MeetingsModel::DatesColumn, 170 },
            { MeetingsModel::PlaceColumn, 200 }, { MeetingsModel::ParticipantsColumn, 90 },
            { MeetingsModel::OpenActionsColumn, 100 } },
        MeetingsModel::TitleColumn);
    m_browser->sortBy(MeetingsModel::DatesColumn, Qt::DescendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(m_browser, 3);
    layout->addWidget(createDetails(), 2);
    connect(m_browser, &RecordBrowser::newRequested, this, &MeetingsPage::newMeeting);
    connect(m_browser, &RecordBrowser::editRequested, this, &MeetingsPage::editMeeting);
    connect(m_browser, &RecordBrowser::deleteRequested, this, &MeetingsPage::onDelete);
    connect(m_browser, &RecordBrowser::selectionChanged, this, &MeetingsPage::showDetails);
    connect(m_actions, &QListWidget::itemChanged, this, &MeetingsPage::onActionChanged);
    connect(m_model, &MeetingsModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    showDetails();
}

QWidget *MeetingsPage::createHeader()
{
    auto *header = new PageHeader(tr("Meetings"), this);
    header->setSubtitle(
        tr("Advisory committees, ICLS sessions, task forces, workshops and trainings"));
    header->addFilter(
        m_filter, QStringLiteral("meetingsFilter"), tr("Filter by title, kind, place..."));
    return header;
}

QWidget *MeetingsPage::createDetails()
{
    m_actions->setObjectName(QStringLiteral("followUpList"));
    m_actions->setAccessibleName(tr("Follow-up actions"));
    m_minutes->setObjectName(QStringLiteral("minutesView"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setReadOnly(true);
    m_actions->setWordWrap(true);
    m_actions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *actionsBox = new QGroupBox(tr("Follow-up actions"), this);
    (new QVBoxLayout(actionsBox))->addWidget(m_actions);
    auto *minutesBox = new QGroupBox(tr("Minutes"), this);
    (new QVBoxLayout(minutesBox))->addWidget(m_minutes);
    auto *details = new QWidget(this);
    auto *layout = new QHBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(actionsBox, 1);
    layout->addWidget(minutesBox, 1);
    return details;
}

void MeetingsPage::showDetails()
{
    const Core::Meeting meeting = m_browser->selectedRecord().value<Core::Meeting>();
    const auto names = Lookups::personNames(m_session.store());
    m_names = names ? names.value() : QHash<Core::Id, QString>();
    const QSignalBlocker blocker(m_actions);
    m_actions->clear();
    for (const Core::FollowUpAction &action : meeting.actions)
        addAction(action);
    m_minutes->setPlainText(meeting.minutes);
    m_minutes->setPlaceholderText(
        meeting.id == 0 ? tr("Select a meeting to see its minutes") : tr("No minutes yet"));
}

void MeetingsPage::addAction(const Core::FollowUpAction &action)
{
    QStringList details;
    if (action.ownerId != 0)
        details.append(m_names.value(action.ownerId));
    if (action.dueDate.isValid())
        details.append(tr("due %1").arg(Format::date(action.dueDate)));
    const QString text = details.isEmpty()
        ? action.text
        : tr("%1  (%2)").arg(action.text, details.join(QStringLiteral(", ")));
    auto *item = new QListWidgetItem(text, m_actions);
    item->setData(Qt::UserRole, action.id);
    item->setCheckState(action.done ? Qt::Checked : Qt::Unchecked);
    const bool late
        = !action.done && action.dueDate.isValid() && action.dueDate < QDate::currentDate();
    if (late)
        item->setForeground(Format::warning());
}

MeetingDialog *MeetingsPage::newMeeting()
{
    return openDialog(Core::Meeting());
}

MeetingDialog *MeetingsPage::editMeeting(Core::Id meetingId)
{
    const auto meeting = m_session.store().meetings().find(meetingId);
    if (!meeting) {
        m_session.showError(this, meeting.error());
        return nullptr;
    }
    return openDialog(meeting.value());
}

MeetingDialog *MeetingsPage::showMeeting(Core::Id meetingId)
{
    return m_browser->select(meetingId) ? editMeeting(meetingId) : nullptr;
}

MeetingDialog *MeetingsPage::openDialog(const Core::Meeting &meeting)
{
    auto *dialog = new MeetingDialog(m_session, meeting, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_browser->select(dialog->meeting().id); });
    dialog->open();
    return dialog;
}

// Storing reloads the list, which deletes the item being changed: store once Qt is done
// with it.
void MeetingsPage::onActionChanged(QListWidgetItem *item)
{
    const Core::Id meetingId = m_browser->selectedId();
    const Core::Id actionId = item->data(Qt::UserRole).value<Core::Id>();
    const bool done = item->checkState() == Qt::Checked;
    QTimer::singleShot(0, this, [this, meetingId, actionId, done] {
        const Core::Status set = m_session.records().setActionDone(meetingId, actionId, done);
        if (!set) {
            m_session.showError(this, set.error());
            showDetails();
        }
    });
}

void MeetingsPage::onDelete(Core::Id meetingId, const QString &title)
{
    if (!m_session.messenger().confirm(this, tr("Delete meeting"),
            tr("Delete the meeting \"%1\", its minutes and follow-up actions? This cannot be "
               "undone.")
                .arg(title)))
        return;
    const Core::Status removed = m_session.store().meetings().remove(meetingId);
    if (!removed)
        m_session.showError(this, removed.error());
}

} // namespace Ui
