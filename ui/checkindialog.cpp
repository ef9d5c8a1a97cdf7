#include "checkindialog.h"

#include "actionseditor.h"
#include "agendaeditor.h"
#include "format.h"
#include "session.h"

#include <storage/checkinrepository.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

// "last discussed 3 months ago": months say more than a count of days once it is long.
QString lastDiscussed(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return CheckInDialog::tr("never discussed");
    const qint64 days = date.daysTo(today);
    if (days <= 0)
        return CheckInDialog::tr("discussed %1").arg(Format::shortDate(date));
    if (days == 1)
        return CheckInDialog::tr("last discussed yesterday");
    if (days < 14)
        return CheckInDialog::tr("last discussed %1 days ago").arg(days);
    if (days < 60)
        return CheckInDialog::tr("last discussed %1 weeks ago").arg(days / 7);
    return days < 90 ? CheckInDialog::tr("last discussed 2 months ago")
                     : CheckInDialog::tr("last discussed %1 months ago").arg(days / 30);
}

Core::FollowUpAction toFollowUp(const Core::CheckIn::ActionItem &item)
{
    return { item.id, item.text, item.ownerId, item.dueDate, item.done };
}

Core::CheckIn::ActionItem toActionItem(const Core::FollowUpAction &action)
{
    return { action.id, action.text, action.ownerId, action.dueDate, action.done };
}

} // namespace

CheckInDialog::CheckInDialog(Session &session, const Core::CheckIn &checkIn, QWidget *parent)
    : EditorDialog(session, parent)
    , m_checkIn(checkIn)
    , m_bySupervisor(session.currentPersonId() == checkIn.supervisorId)
    , m_writable(m_bySupervisor || session.currentPersonId() == checkIn.superviseeId)
    , m_date(createDateEdit(this, checkIn.date))
    , m_agenda(new AgendaEditor(this))
    , m_notes(createTextEdit(QStringLiteral("notesEdit"), checkIn.notes, 4))
    , m_decisions(createTextEdit(QStringLiteral("decisionsEdit"), checkIn.decisions, 3))
    , m_objectives(new QListWidget(this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(checkIn.id == 0 ? tr("New check-in") : tr("Check-in"));
    auto *pair = new QLabel(pairText(), this);
    pair->setObjectName(QStringLiteral("pairLabel"));
    pair->setFont(Format::emphasis());
    form()->addRow(tr("Between:"), pair);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    addField(QStringLiteral("date"), tr("&Date:"), m_date);
    form()->addRow(createBody());
    m_agenda->setAgenda(checkIn.agenda);
    watchField(QStringLiteral("agenda"), m_agenda->table());
    watchField(QStringLiteral("objectives"), m_objectives);
    fillObjectives();
    if (!m_writable)
        makeReadOnly();
    resize(1180, 760);
}

QString CheckInDialog::pairText() const
{
    const Core::PeopleRepository &people = session().store().people();
    const auto supervisee = people.find(m_checkIn.superviseeId);
    const auto supervisor = people.find(m_checkIn.supervisorId);
    return tr("%1 and %2 (supervisor)")
        .arg(supervisee ? supervisee.value().name : QString(),
            supervisor ? supervisor.value().name : QString());
}

QWidget *CheckInDialog::createBody()
{
    auto *body = new QWidget(this);
    auto *layout = new QHBoxLayout(body);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(createLeftColumn(), 3);
    layout->addWidget(createRightColumn(), 2);
    return body;
}

QWidget *CheckInDialog::createLeftColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group(tr("Agenda"), QStringLiteral("agendaBox"), m_agenda), 3);
    fillActions();
    layout->addWidget(group(tr("Action items"), QStringLiteral("actionsBox"), m_actions), 3);
    auto *notes = new QWidget(this);
    auto *notesLayout = new QHBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(group(tr("Shared notes"), QStringLiteral("notesBox"), m_notes));
    notesLayout->addWidget(group(tr("Decisions"), QStringLiteral("decisionsBox"), m_decisions));
    layout->addWidget(notes, 2);
    return column;
}

QWidget *CheckInDialog::createRightColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    m_objectives->setObjectName(QStringLiteral("objectivesList"));
    m_objectives->setWordWrap(true);
    m_objectives->setSpacing(3);
    m_objectives->setToolTip(tr("Tick the objectives discussed at this check-in"));
    layout->addWidget(
        group(tr("Objectives by last discussion"), QStringLiteral("objectivesBox"), m_objectives),
        3);
    // Built for the supervisor only: what is never built cannot leak through a view or a test.
    if (m_bySupervisor) {
        m_privateNotes
            = createTextEdit(QStringLiteral("privateNotesEdit"), m_checkIn.privateNotes, 4);
        m_privateNotes->setPlaceholderText(tr("Only you see these notes"));
        QGroupBox *box = group(tr("Private notes (supervisor only)"),
            QStringLiteral("privateNotesBox"), m_privateNotes);
        box->setStyleSheet(QStringLiteral("QGroupBox#privateNotesBox { color: %1; }")
                               .arg(Format::learning().name()));
        layout->addWidget(box, 2);
    }
    return column;
}

QPlainTextEdit *CheckInDialog::createTextEdit(const QString &name, const QString &text, int lines)
{
    auto *edit = new QPlainTextEdit(text, this);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QGroupBox *CheckInDialog::group(const QString &title, const QString &name, QWidget *content)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(name);
    content->setAccessibleName(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(content);
    return box;
}

void CheckInDialog::fillObjectives()
{
    const auto objectives
        = session().store().checkIns().objectivesByLastDiscussed(m_checkIn.superviseeId);
    if (!objectives) {
        showError(objectives.error());
        return;
    }
    for (const Core::ObjectiveDiscussion &objective : objectives.value()) {
        auto *item
            = new QListWidgetItem(tr("%1 — %2").arg(objective.title,
                                      lastDiscussed(objective.lastDiscussed, m_checkIn.date)),
                m_objectives);
        item->setData(Qt::UserRole, objective.objectiveId);
        item->setCheckState(m_checkIn.discussedObjectiveIds.contains(objective.objectiveId)
                ? Qt::Checked
                : Qt::Unchecked);
        if (!objective.lastDiscussed.isValid())
            item->setForeground(Format::warning());
    }
}

void CheckInDialog::fillActions()
{
    const auto people = session().store().people().all();
    m_actions = new ActionsEditor(people ? people.value() : QList<Core::Person>(), this);
    QList<Core::FollowUpAction> actions;
    for (const Core::CheckIn::ActionItem &item : std::as_const(m_checkIn.actions))
        actions.append(toFollowUp(item));
    m_actions->setActions(actions);
    watchField(QStringLiteral("actions"), m_actions->table());
}

Core::CheckIn CheckInDialog::edited() const
{
    Core::CheckIn checkIn = m_checkIn;
    checkIn.date = dateOf(m_date);
    checkIn.agenda = m_agenda->agenda();
    checkIn.notes = m_notes->toPlainText();
    checkIn.decisions = m_decisions->toPlainText();
    if (m_privateNotes)
        checkIn.privateNotes = m_privateNotes->toPlainText();
    checkIn.actions.clear();
    for (const Core::FollowUpAction &action : m_actions->actions())
        checkIn.actions.append(toActionItem(action));
    checkIn.discussedObjectiveIds.clear();
    for (int row = 0; row < m_objectives->count(); ++row) {
        if (m_objectives->item(row)->checkState() == Qt::Checked)
            checkIn.discussedObjectiveIds.append(
                m_objectives->item(row)->data(Qt::UserRole).value<Core::Id>());
    }
    return checkIn;
}

Core::Status CheckInDialog::save()
{
    Core::CheckInRepository &checkIns = session().store().checkIns();
    const auto saved = checkIns.save(edited(), session().currentPersonId());
    if (!saved)
        return saved.error();
    m_checkIn = saved.value();
    // Ticking an earlier action item done here is what stops it coming back next time.
    for (Core::Id actionId : m_agenda->doneActionIds()) {
        if (Core::Status done = checkIns.setActionDone(actionId, true); !done)
            return done;
    }
    return {};
}

// Someone who is neither of the pair (the unit head looking at another supervisor's check-in)
// reads it but cannot write it.
void CheckInDialog::makeReadOnly()
{
    m_date->setReadOnly(true);
    m_agenda->setReadOnly(true);
    m_notes->setReadOnly(true);
    m_decisions->setReadOnly(true);
    m_actions->setEnabled(false);
    m_objectives->setEnabled(false);
    buttons()->button(QDialogButtonBox::Save)->setEnabled(false);
}

} // namespace Ui
