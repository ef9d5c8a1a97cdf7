#include "appraisalpage.h"

#include "appraisaldialog.h"
#include "appraisalform.h"
#include "format.h"
#include "historybutton.h"
#include "midtermdialog.h"
#include "pageheader.h"
#include "session.h"
#include "superviseepicker.h"

#include <storage/appraisalrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Ui {

using Core::Appraisal;

AppraisalPage::AppraisalPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_today(QDate::currentDate())
    , m_header(new PageHeader(tr("Appraisals"), this))
    , m_picker(new SuperviseePicker(session, this))
    , m_cycles(new QComboBox(this))
    , m_stage(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_form(new AppraisalForm)
    , m_scroll(new QScrollArea(this))
    , m_history(new HistoryButton(session.store(), this))
{
    setObjectName(QStringLiteral("appraisalPage"));
    m_header->setSubtitle(tr("Objectives set, mid-term review, end-of-cycle appraisal: each "
                             "side writes its own part"));
    m_scroll->setObjectName(QStringLiteral("appraisalScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_form);
    m_hint->setObjectName(QStringLiteral("appraisalHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(
        QStringLiteral("color: %1; padding: 12px 0;").arg(Format::muted().name()));
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_header);
    layout->addWidget(createToolBar());
    layout->addWidget(createStageBar());
    layout->addWidget(m_banner);
    // The hint and the form take turns: each takes the spare height while it is shown, so the
    // page never spreads its few lines down the window.
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(createFooter());
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] { reloadCycles(); });
    connect(m_cycles, &QComboBox::currentIndexChanged, this, &AppraisalPage::showCycle);
    connect(&session.store().appraisals(), &Core::AppraisalRepository::changed, this,
        [this] { reloadCycles(appraisal() ? appraisal()->id : 0); });
    connect(&session, &Session::currentPersonChanged, this, [this] { m_picker->reload(); });
    m_picker->reload();
    reloadCycles();
}

QWidget *AppraisalPage::createToolBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *person = new QLabel(tr("&Staff member:"), bar);
    person->setBuddy(m_picker);
    person->setFont(Format::emphasis());
    auto *cycle = new QLabel(tr("&Cycle:"), bar);
    cycle->setBuddy(m_cycles);
    cycle->setFont(Format::emphasis());
    m_cycles->setObjectName(QStringLiteral("cycleCombo"));
    m_cycles->setMinimumWidth(260);
    layout->addWidget(person);
    layout->addWidget(m_picker);
    layout->addSpacing(12);
    layout->addWidget(cycle);
    layout->addWidget(m_cycles);
    layout->addStretch();
    m_open = addButton(QStringLiteral("openCycleButton"), tr("&Open cycle..."));
    m_midTerm = addButton(QStringLiteral("midTermButton"), tr("Record &mid-term..."));
    m_endOfCycle = addButton(QStringLiteral("endOfCycleButton"), tr("Start &end of cycle"));
    for (QPushButton *button : { m_open, m_midTerm, m_endOfCycle })
        layout->addWidget(button);
    connect(m_open, &QPushButton::clicked, this, &AppraisalPage::openCycle);
    connect(m_midTerm, &QPushButton::clicked, this, &AppraisalPage::recordMidTerm);
    connect(m_endOfCycle, &QPushButton::clicked, this, &AppraisalPage::startEndOfCycle);
    return bar;
}

QWidget *AppraisalPage::createStageBar()
{
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setWordWrap(true);
    m_stage->setTextFormat(Qt::RichText);
    m_banner->setObjectName(QStringLiteral("lockedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #e8f5e9; color: #1b5e20; border: 1px "
                                           "solid #a5d6a7; border-radius: 4px; padding: 8px; "
                                           "font-weight: 600;"));
    return m_stage;
}

QWidget *AppraisalPage::createFooter()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 0);
    // Confidential like the appraisal; the supervisor's draft ratings stay out of it for the
    // person appraised until signed. In the footer: the tool bar has no width left in French.
    m_history->setObjectName(QStringLiteral("historyAppraisalButton"));
    m_history->setAccessibleName(tr("History of the appraisal cycle"));
    layout->addWidget(m_history);
    connect(m_history, &HistoryButton::refused, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    layout->addStretch();
    m_save = addButton(QStringLiteral("savePartButton"), tr("Sa&ve my part"));
    m_acknowledge = addButton(QStringLiteral("acknowledgeButton"), tr("&Acknowledge..."));
    m_acknowledge->setStyleSheet(QStringLiteral("font-weight: 600;"));
    layout->addWidget(m_save);
    layout->addWidget(m_acknowledge);
    connect(m_save, &QPushButton::clicked, this, &AppraisalPage::savePart);
    connect(m_acknowledge, &QPushButton::clicked, this, &AppraisalPage::acknowledge);
    return bar;
}

QPushButton *AppraisalPage::addButton(const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    return button;
}

void AppraisalPage::setToday(const QDate &today)
{
    m_today = today;
    showCycle();
}

bool AppraisalPage::setPerson(Core::Id personId)
{
    m_picker->reload();
    return m_picker->selectPerson(personId);
}

bool AppraisalPage::showAppraisal(Core::Id appraisalId)
{
    const auto found = m_session.store().appraisals().find(appraisalId);
    if (!found || !setPerson(found.value().personId))
        return false;
    reloadCycles(appraisalId);
    return appraisal() && appraisal()->id == appraisalId;
}

std::optional<Appraisal> AppraisalPage::appraisal() const
{
    const QVariant current = m_cycles->currentData();
    return current.isValid() ? std::optional<Appraisal>(current.value<Appraisal>()) : std::nullopt;
}

void AppraisalPage::reloadCycles(Core::Id selectId)
{
    {
        const QSignalBlocker blocker(m_cycles);
        m_cycles->clear();
        const auto cycles = m_session.store().appraisals().forPerson(m_picker->personId());
        if (!cycles)
            m_session.showError(this, cycles.error());
        for (const Appraisal &cycle : cycles ? cycles.value() : QList<Appraisal>()) {
            m_cycles->addItem(
                tr("%1 to %2 — %3")
                    .arg(Format::date(cycle.periodStart), Format::date(cycle.periodEnd),
                        cycle.isLocked() ? tr("locked") : Appraisal::stageName(cycle.stage)),
                QVariant::fromValue(cycle));
            if (cycle.id == selectId)
                m_cycles->setCurrentIndex(m_cycles->count() - 1);
        }
    }
    showCycle();
}

void AppraisalPage::showCycle()
{
    const auto current = appraisal();
    m_stage->setText(current ? stageText(*current) : QString());
    m_banner->setText(current ? lockText(*current) : QString());
    m_banner->setVisible(current && current->isLocked());
    const bool atEnd = current && current->stage == Appraisal::Stage::EndOfCycle;
    m_scroll->setVisible(atEnd);
    m_hint->setVisible(!atEnd);
    m_hint->setText(!current ? tr("No appraisal cycle yet. The supervisor opens one with the "
                                  "objectives of the current work plan.")
                             : tr("The objectives and competencies are rated at the end of the "
                                  "cycle, after the mid-term review."));
    if (atEnd)
        fillForm(*current);
    updateButtons();
}

void AppraisalPage::fillForm(const Appraisal &appraisal)
{
    const Core::AppraisalRepository &appraisals = m_session.store().appraisals();
    const auto scale = appraisals.ratingScale();
    const auto competencies = appraisals.competencies();
    const auto evidence = appraisals.evidence(appraisal.id);
    for (const Core::Error &error : { scale.error(), competencies.error(), evidence.error() }) {
        if (error.isError()) {
            m_session.showError(this, error);
            return;
        }
    }
    m_form->setContents({ appraisal, scale.value(), competencies.value(), evidence.value() });
    const bool open = !appraisal.isLocked();
    m_form->setWritable(
        open && isSupervisor() && !appraisal.supervisorAcknowledgedOn.isValid(), open && isStaff());
}

bool AppraisalPage::isSupervisor() const
{
    const auto current = appraisal();
    return current && m_session.currentPersonId() == current->supervisorId;
}

bool AppraisalPage::isStaff() const
{
    const auto current = appraisal();
    return current && m_session.currentPersonId() == current->personId;
}

void AppraisalPage::updateButtons()
{
    const auto current = appraisal();
    const bool open = current && !current->isLocked();
    const bool atEnd = open && current->stage == Appraisal::Stage::EndOfCycle;
    const bool supervisorSigned = current && current->supervisorAcknowledgedOn.isValid();
    m_open->setEnabled(m_picker->personId() != 0
        && m_picker->person().supervisorId == m_session.currentPersonId());
    m_midTerm->setEnabled(
        open && isSupervisor() && current->stage == Appraisal::Stage::ObjectivesSet);
    m_endOfCycle->setEnabled(open && isSupervisor() && current->stage == Appraisal::Stage::MidTerm);
    m_save->setEnabled(atEnd && ((isSupervisor() && !supervisorSigned) || isStaff()));
    m_acknowledge->setEnabled(
        atEnd && ((isSupervisor() && !supervisorSigned) || (isStaff() && supervisorSigned)));
    m_history->setRecord(QStringLiteral("appraisal"), current ? current->id : 0);
}

// Where the cycle stands, and what the signed-in user is expected to do next.
QString AppraisalPage::stageText(const Appraisal &appraisal) const
{
    QStringList parts { tr("<b>Stage:</b> %1").arg(Appraisal::stageName(appraisal.stage)),
        tr("objectives set %1").arg(Format::date(appraisal.objectivesSetOn)) };
    if (appraisal.midTermOn.isValid())
        parts.append(tr("mid-term review %1").arg(Format::date(appraisal.midTermOn))
            + (appraisal.midTermNotes.isEmpty()
                    ? QString()
                    : QStringLiteral(": <i>%1</i>").arg(appraisal.midTermNotes.toHtmlEscaped())));
    else
        parts.append(tr("mid-term review due %1").arg(Format::date(appraisal.midPoint())));
    QString text = parts.join(QStringLiteral(" · "));
    if (appraisal.isLocked() || appraisal.stage != Appraisal::Stage::EndOfCycle)
        return text;
    const bool supervisorSigned = appraisal.supervisorAcknowledgedOn.isValid();
    QString todo;
    if (isSupervisor() && !supervisorSigned)
        todo = tr("Rate each objective and competency, write your comments, then acknowledge.");
    else if (isStaff() && !supervisorSigned)
        todo = tr("Your comments are awaited; you acknowledge once your supervisor has.");
    else if (isStaff())
        todo = tr("Your supervisor acknowledged on %1: acknowledge your appraisal.")
                   .arg(Format::date(appraisal.supervisorAcknowledgedOn));
    else if (supervisorSigned)
        todo = tr("You acknowledged on %1; waiting for the staff member.")
                   .arg(Format::date(appraisal.supervisorAcknowledgedOn));
    return todo.isEmpty() ? text
                          : text
            + QStringLiteral("<br><span style=\"color:%1\"><b>%2</b></span>")
                  .arg(Format::accent().name(), todo.toHtmlEscaped());
}

QString AppraisalPage::lockText(const Appraisal &appraisal) const
{
    if (!appraisal.isLocked())
        return {};
    const QDate last = qMax(appraisal.supervisorAcknowledgedOn, appraisal.staffAcknowledgedOn);
    return tr("Locked — acknowledged by both on %1 (supervisor %2, staff member %3). It stays "
              "as signed.")
        .arg(Format::date(last), Format::date(appraisal.supervisorAcknowledgedOn),
            Format::date(appraisal.staffAcknowledgedOn));
}

AppraisalDialog *AppraisalPage::openCycle()
{
    auto *dialog = new AppraisalDialog(m_session, m_picker->person(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this, [this, dialog] { reloadCycles(dialog->appraisal().id); });
    dialog->open();
    return dialog;
}

MidTermDialog *AppraisalPage::recordMidTerm()
{
    const auto current = appraisal();
    if (!current)
        return nullptr;
    auto *dialog = new MidTermDialog(m_session, current->id, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AppraisalPage::startEndOfCycle()
{
    if (const auto current = appraisal())
        report(m_session.store().appraisals().startEndOfCycle(
            current->id, m_session.currentPersonId()));
}

void AppraisalPage::savePart()
{
    if (const auto current = appraisal())
        report(saveOwnPart(*current));
}

Core::Status AppraisalPage::saveOwnPart(const Appraisal &appraisal)
{
    Core::AppraisalRepository &appraisals = m_session.store().appraisals();
    const Core::Id me = m_session.currentPersonId();
    if (isSupervisor())
        return appraisals.setSupervisorPart(
            appraisal.id, me, m_form->ratings(), m_form->supervisorComments());
    return appraisals.setStaffPart(appraisal.id, me, m_form->staffComments());
}

// What is on screen is saved first: an acknowledgement signs what the user sees.
void AppraisalPage::acknowledge()
{
    const auto current = appraisal();
    if (!current)
        return;
    const QString question = isSupervisor()
        ? tr("Acknowledge the appraisal as supervisor? Your ratings and comments can no longer "
             "be changed afterwards.")
        : tr("Acknowledge your appraisal? Once you have, it is locked for good.");
    if (!m_session.messenger().confirm(this, tr("Acknowledge appraisal"), question))
        return;
    if (Core::Status saved = saveOwnPart(*current); !saved) {
        report(saved);
        return;
    }
    report(m_session.store().appraisals().acknowledge(
        current->id, m_session.currentPersonId(), m_today));
}

void AppraisalPage::report(const Core::Status &status)
{
    if (!status)
        m_session.showError(this, status.error());
}

} // namespace Ui
