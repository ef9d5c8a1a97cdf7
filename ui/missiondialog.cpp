#include "missiondialog.h"

#include "checklist.h"
#include "countrycombo.h"
#include "recordedits.h"
#include "recordpickers.h"
#include "session.h"

#include <storage/missionrepository.h>
#include <unitstore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Ui {

MissionDialog::MissionDialog(Session &session, const Core::Mission &mission, QWidget *parent)
    : EditorDialog(session, parent)
    , m_mission(mission)
    , m_purpose(new QLineEdit(mission.purpose, this))
    , m_kind(new QComboBox(this))
    , m_travellers(new CheckList(4, this))
    , m_supervisorTravels(new QCheckBox(tr("The travellers' supervisor goes too"), this))
    , m_country(new CountryCombo(false, this))
    , m_city(new QLineEdit(mission.city, this))
    , m_start(createDateEdit(this, mission.start))
    , m_end(createDateEdit(this, mission.end.isValid() ? mission.end : m_start->date()))
    , m_project(new QComboBox(this))
    , m_meeting(new QComboBox(this))
    , m_deliverables(new CheckList(3, this))
    , m_btoSubmitted(createDateEdit(this, mission.btoSubmittedOn, true))
    , m_notes(new QPlainTextEdit(mission.notes, this))
{
    setWindowTitle(
        mission.id == 0 ? tr("New mission") : tr("Edit mission: %1").arg(mission.purpose));
    for (const auto kind : Core::Mission::kinds())
        m_kind->addItem(Core::Mission::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(mission.kind)));
    m_supervisorTravels->setChecked(mission.supervisorTravels);
    m_country->setCode(mission.countryCode);
    m_purpose->setPlaceholderText(tr("e.g. NAC meeting and data validation workshop"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    nameWidgets();
    addFields();
    // Moving the departure past the return drags the return along: a one-way mission is a typo.
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &start) {
        if (m_end->date() < start)
            m_end->setDate(start);
    });
    const Core::Status filled = fillChoices();
    if (!filled)
        showError(filled.error());
    setMinimumWidth(560);
    m_purpose->setFocus();
}

void MissionDialog::nameWidgets()
{
    setObjectName(QStringLiteral("missionDialog"));
    const QList<QPair<QWidget *, QString>> names { { m_purpose, QStringLiteral("purposeEdit") },
        { m_kind, QStringLiteral("kindCombo") }, { m_travellers, QStringLiteral("travellersList") },
        { m_supervisorTravels, QStringLiteral("supervisorTravelsCheck") },
        { m_country, QStringLiteral("countryCombo") }, { m_city, QStringLiteral("cityEdit") },
        { m_start, QStringLiteral("startEdit") }, { m_end, QStringLiteral("endEdit") },
        { m_project, QStringLiteral("projectCombo") },
        { m_meeting, QStringLiteral("meetingCombo") },
        { m_deliverables, QStringLiteral("deliverablesList") },
        { m_btoSubmitted, QStringLiteral("btoSubmittedEdit") },
        { m_notes, QStringLiteral("notesEdit") } };
    for (const auto &[widget, name] : names)
        widget->setObjectName(name);
}

void MissionDialog::addFields()
{
    addField(QStringLiteral("purpose"), tr("&Purpose:"), m_purpose);
    addField(QStringLiteral("kind"), tr("&Kind:"), m_kind);
    addField(QStringLiteral("travellers"), tr("&Travellers:"), m_travellers);
    addField(QStringLiteral("supervisorTravels"), QString(), m_supervisorTravels);
    addField(QStringLiteral("country"), tr("&Country:"), m_country);
    addField(QStringLiteral("city"), tr("C&ity:"), m_city);
    addField(QStringLiteral("start"), tr("&Departure:"), m_start);
    addField(QStringLiteral("end"), tr("&Return:"), m_end);
    addField(QStringLiteral("project"), tr("Pro&ject:"), m_project);
    addField(QStringLiteral("meeting"), tr("&Meeting:"), m_meeting);
    addField(QStringLiteral("deliverables"), tr("De&liverables:"), m_deliverables);
    addField(QStringLiteral("btoSubmittedOn"), tr("&BTO submitted:"), m_btoSubmitted);
    addField(QStringLiteral("notes"), tr("&Notes:"), m_notes);
}

Core::Status MissionDialog::fillChoices()
{
    const RecordPickers pickers(session().store());
    QList<Core::Id> travellers = m_mission.travellerIds;
    // Whoever records a new mission is most often the one who travels.
    if (m_mission.id == 0 && travellers.isEmpty() && session().currentPersonId() != 0)
        travellers.append(session().currentPersonId());
    for (const Core::Status &filled : { pickers.fillPeople(m_travellers, travellers),
             pickers.fillProjects(m_project, m_mission.projectId),
             pickers.fillMeetings(m_meeting, m_mission.meetingId),
             pickers.fillDeliverables(m_deliverables, m_mission.deliverableIds) }) {
        if (!filled)
            return filled;
    }
    return {};
}

Core::Mission MissionDialog::edited() const
{
    Core::Mission mission = m_mission;
    mission.purpose = m_purpose->text().trimmed();
    mission.kind = Core::Mission::Kind(m_kind->currentData().toInt());
    mission.travellerIds = m_travellers->checkedIds();
    mission.supervisorTravels = m_supervisorTravels->isChecked();
    mission.countryCode = m_country->code();
    mission.city = m_city->text().trimmed();
    mission.start = m_start->date();
    mission.end = m_end->date();
    mission.projectId = selectedId(m_project);
    mission.meetingId = selectedId(m_meeting);
    mission.deliverableIds = m_deliverables->checkedIds();
    mission.btoSubmittedOn = dateOf(m_btoSubmitted);
    mission.notes = m_notes->toPlainText().trimmed();
    return mission;
}

Core::Status MissionDialog::save()
{
    const Core::Mission mission = edited();
    if (mission.id != 0) {
        const Core::Status updated = session().records().updateMission(mission);
        if (updated)
            m_mission = mission;
        return updated;
    }
    const auto added = session().store().missions().add(mission);
    if (!added)
        return added.error();
    m_mission = added.value();
    return {};
}

} // namespace Ui
