#include "missionspage.h"

#include "missiondialog.h"
#include "missionsmodel.h"
#include "pageheader.h"
#include "recordbrowser.h"
#include "session.h"

#include <storage/missionrepository.h>
#include <unitstore.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

using Core::Mission;

MissionsPage::MissionsPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_model(new MissionsModel(session.store(), this))
    , m_browser(new RecordBrowser(m_model, m_filter, QStringLiteral("mission"), this))
    , m_submitBto(new QPushButton(tr("Mark &BTO submitted"), this))
    , m_summary(new QLabel(this))
{
    m_browser->offerHistory(session.store());
    setObjectName(QStringLiteral("missionsPage"));
    m_browser->table()->setAccessibleName(tr("Missions"));
    createActions();
    m_browser->setColumnWidths(
        { { MissionsModel::KindColumn, 120 }, { MissionsModel::TravellersColumn, 200 },
            { MissionsModel::DestinationColumn, 170 }, { MissionsModel::DatesColumn, 170 },
            { MissionsModel::DaysColumn, 50 }, { MissionsModel::StatusColumn, 95 },
            { MissionsModel::BtoColumn, 150 } },
        MissionsModel::PurposeColumn);
    m_browser->sortBy(MissionsModel::DatesColumn, Qt::DescendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(m_browser, 1);
    connect(m_model, &MissionsModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    connect(m_model, &MissionsModel::modelReset, this, &MissionsPage::updateSummary);
    updateSummary();
    updateActions();
}

QWidget *MissionsPage::createHeader()
{
    auto *header = new PageHeader(tr("Missions"), this);
    header->setSubtitle(tr("Travel for work, and the back-to-office reports due after it"));
    header->addFilter(
        m_filter, QStringLiteral("missionsFilter"), tr("Filter by purpose, traveller, place..."));
    return header;
}

void MissionsPage::createActions()
{
    m_browser->newButton()->setText(tr("&New mission..."));
    const QList<std::tuple<Mission::Status, QString, QString>> moves {
        { Mission::Status::Authorised, tr("&Authorise"), QStringLiteral("authoriseMissionButton") },
        { Mission::Status::UnderWay, tr("&Start"), QStringLiteral("startMissionButton") },
        { Mission::Status::Completed, tr("Co&mplete"), QStringLiteral("completeMissionButton") },
        { Mission::Status::Cancelled, tr("&Cancel mission"),
            QStringLiteral("cancelMissionButton") },
    };
    for (const auto &[status, text, name] : moves) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        m_browser->addButton(button);
        m_moves.append({ status, button });
        connect(button, &QPushButton::clicked, this, [this, status = status] { moveTo(status); });
    }
    m_submitBto->setObjectName(QStringLiteral("submitBtoButton"));
    m_browser->addButton(m_submitBto);
    m_summary->setObjectName(QStringLiteral("missionDaysLabel"));
    m_browser->addTrailing(m_summary);
    connect(m_submitBto, &QPushButton::clicked, this, &MissionsPage::onSubmitBto);
    connect(m_browser, &RecordBrowser::newRequested, this, &MissionsPage::newMission);
    connect(m_browser, &RecordBrowser::editRequested, this, &MissionsPage::editMission);
    connect(m_browser, &RecordBrowser::deleteRequested, this, &MissionsPage::onDelete);
    connect(m_browser, &RecordBrowser::selectionChanged, this, &MissionsPage::updateActions);
}

void MissionsPage::setToday(const QDate &today)
{
    m_model->setToday(today);
    updateActions();
}

void MissionsPage::updateActions()
{
    const QVariant selected = m_browser->selectedRecord();
    const bool any = selected.isValid();
    const Mission mission = selected.value<Mission>();
    for (const auto &[status, button] : std::as_const(m_moves))
        button->setEnabled(any && Mission::canMove(mission.status, status));
    m_submitBto->setEnabled(
        any && mission.expectsBto(m_model->today()) && !mission.btoSubmittedOn.isValid());
}

void MissionsPage::updateSummary()
{
    const int year = m_model->today().year();
    const auto days = m_session.store().missions().missionDays(year);
    int total = 0;
    for (const Core::MissionDays &person : days ? days.value() : QList<Core::MissionDays>())
        total += person.total;
    m_summary->setText(tr("Mission days this year: %1").arg(total));
}

MissionDialog *MissionsPage::newMission()
{
    return openDialog(Mission());
}

MissionDialog *MissionsPage::editMission(Core::Id missionId)
{
    const auto mission = m_session.store().missions().find(missionId);
    if (!mission) {
        m_session.showError(this, mission.error());
        return nullptr;
    }
    return openDialog(mission.value());
}

MissionDialog *MissionsPage::showMission(Core::Id missionId)
{
    return m_browser->select(missionId) ? editMission(missionId) : nullptr;
}

MissionDialog *MissionsPage::openDialog(const Mission &mission)
{
    auto *dialog = new MissionDialog(m_session, mission, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_browser->select(dialog->mission().id); });
    dialog->open();
    return dialog;
}

void MissionsPage::moveTo(Mission::Status status)
{
    const Core::Status moved
        = m_session.store().missions().setStatus(m_browser->selectedId(), status);
    if (!moved)
        m_session.showError(this, moved.error());
}

void MissionsPage::onSubmitBto()
{
    const Core::Status submitted
        = m_session.store().missions().submitBto(m_browser->selectedId(), m_model->today());
    if (!submitted)
        m_session.showError(this, submitted.error());
}

void MissionsPage::onDelete(Core::Id missionId, const QString &purpose)
{
    if (!m_session.messenger().confirm(this, tr("Delete mission"),
            tr("Delete the mission \"%1\"? This cannot be undone.").arg(purpose)))
        return;
    const Core::Status removed = m_session.store().missions().remove(missionId);
    if (!removed)
        m_session.showError(this, removed.error());
}

} // namespace Ui
