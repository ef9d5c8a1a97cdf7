#include "meetingdialog.h"

#include "actionseditor.h"
#include "checklist.h"
#include "countrycombo.h"
#include "recordedits.h"
#include "recordpickers.h"
#include "session.h"

#include <storage/meetingrepository.h>
#include <storage/peoplerepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

QList<Core::Person> everyone(const Core::UnitStore &store)
{
    const auto people = store.people().all();
    return people ? people.value() : QList<Core::Person>();
}

} // namespace

MeetingDialog::MeetingDialog(Session &session, const Core::Meeting &meeting, QWidget *parent)
    : EditorDialog(session, parent)
    , m_meeting(meeting)
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(meeting.title, this))
    , m_start(createDateEdit(this, meeting.start))
    , m_end(createDateEdit(this, meeting.end.isValid() ? meeting.end : m_start->date()))
    , m_country(new CountryCombo(true, this))
    , m_place(new QLineEdit(meeting.place, this))
    , m_project(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_participants(new CheckList(9, this))
    , m_external(new QLineEdit(meeting.externalParticipants, this))
    , m_minutes(new QPlainTextEdit(meeting.minutes, this))
    , m_actions(new ActionsEditor(everyone(session.store()), this))
    , m_inputs(new CheckList(5, this))
    , m_outputs(new CheckList(5, this))
{
    setWindowTitle(meeting.id == 0 ? tr("New meeting") : tr("Edit meeting: %1").arg(meeting.title));
    for (const auto kind : Core::Meeting::kinds())
        m_kind->addItem(Core::Meeting::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
    m_country->setCode(meeting.countryCode);
    m_place->setPlaceholderText(tr("City and venue"));
    m_external->setPlaceholderText(tr("Constituents, partners, experts..."));
    m_actions->setActions(meeting.actions);
    nameWidgets();
    addFields();
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &start) {
        if (m_end->date() < start)
            m_end->setDate(start);
    });
    const Core::Status filled = fillChoices();
    if (!filled)
        showError(filled.error());
    setMinimumWidth(640);
    m_title->setFocus();
}

void MeetingDialog::nameWidgets()
{
    setObjectName(QStringLiteral("meetingDialog"));
    const QList<QPair<QWidget *, QString>> names { { m_kind, QStringLiteral("kindCombo") },
        { m_title, QStringLiteral("titleEdit") }, { m_start, QStringLiteral("startEdit") },
        { m_end, QStringLiteral("endEdit") }, { m_country, QStringLiteral("countryCombo") },
        { m_place, QStringLiteral("placeEdit") }, { m_project, QStringLiteral("projectCombo") },
        { m_tabs, QStringLiteral("meetingTabs") },
        { m_participants, QStringLiteral("participantsList") },
        { m_external, QStringLiteral("externalParticipantsEdit") },
        { m_minutes, QStringLiteral("minutesEdit") },
        { m_inputs, QStringLiteral("inputDeliverablesList") },
        { m_outputs, QStringLiteral("outputDeliverablesList") } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
}

void MeetingDialog::addFields()
{
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("title"), tr("&Title:"), m_title);
    addField(QStringLiteral("start"), tr("&From:"), m_start);
    addField(QStringLiteral("end"), tr("T&o:"), m_end);
    addField(QStringLiteral("country"), tr("&Country:"), m_country);
    addField(QStringLiteral("place"), tr("&Place:"), m_place);
    addField(QStringLiteral("project"), tr("Pro&ject:"), m_project);
    m_tabs->addTab(createParticipantsTab(), tr("P&articipants"));
    m_tabs->addTab(m_minutes, tr("&Minutes"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_tabs->addTab(m_actions, tr("Follow-&up actions"));
    m_tabs->addTab(createDeliverablesTab(), tr("&Deliverables"));
    form()->addRow(m_tabs);
    watchField(QStringLiteral("participants"), m_participants);
    watchField(QStringLiteral("externalParticipants"), m_external);
    watchField(QStringLiteral("minutes"), m_minutes);
    watchField(QStringLiteral("actions"), m_actions);
}

QWidget *MeetingDialog::createParticipantsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QFormLayout(tab);
    layout->addRow(tr("From the unit:"), m_participants);
    layout->addRow(tr("Others:"), m_external);
    return tab;
}

QWidget *MeetingDialog::createDeliverablesTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *inputs = new QLabel(tr("Pr&epared for the meeting:"), tab);
    inputs->setBuddy(m_inputs);
    auto *outputs = new QLabel(tr("Comi&ng out of it:"), tab);
    outputs->setBuddy(m_outputs);
    layout->addWidget(inputs);
    layout->addWidget(m_inputs);
    layout->addWidget(outputs);
    layout->addWidget(m_outputs);
    return tab;
}

Core::Status MeetingDialog::fillChoices()
{
    const RecordPickers pickers(session().store());
    for (const Core::Status &filled :
        { pickers.fillPeople(m_participants, m_meeting.participantIds),
            pickers.fillProjects(m_project, m_meeting.projectId),
            pickers.fillDeliverables(m_inputs, m_meeting.inputDeliverableIds),
            pickers.fillDeliverables(m_outputs, m_meeting.outputDeliverableIds) }) {
        if (!filled)
            return filled;
    }
    return {};
}

Core::Meeting MeetingDialog::edited() const
{
    Core::Meeting meeting = m_meeting;
    meeting.kind = Core::Meeting::Kind(m_kind->currentData().toInt());
    meeting.title = m_title->text().trimmed();
    meeting.start = m_start->date();
    meeting.end = m_end->date();
    meeting.countryCode = m_country->code();
    meeting.place = m_place->text().trimmed();
    meeting.projectId = selectedId(m_project);
    meeting.participantIds = m_participants->checkedIds();
    meeting.externalParticipants = m_external->text().trimmed();
    meeting.minutes = m_minutes->toPlainText().trimmed();
    meeting.actions = m_actions->actions();
    meeting.inputDeliverableIds = m_inputs->checkedIds();
    meeting.outputDeliverableIds = m_outputs->checkedIds();
    return meeting;
}

Core::Status MeetingDialog::save()
{
    const Core::Meeting meeting = edited();
    if (meeting.id != 0) {
        const Core::Status updated = session().records().updateMeeting(meeting);
        if (updated)
            m_meeting = meeting;
        return updated;
    }
    const auto added = session().store().meetings().add(meeting);
    if (!added)
        return added.error();
    m_meeting = added.value();
    return {};
}

} // namespace Ui
