#include "deliverablespage.h"

#include "deliverabledialog.h"
#include "deliverablesmodel.h"
#include "format.h"
#include "pageheader.h"
#include "recordbrowser.h"
#include "reviewdialog.h"
#include "reviewhistorywidget.h"
#include "reviewrounddialog.h"
#include "session.h"

#include <storage/deliverablerepository.h>
#include <storage/reviewrepository.h>
#include <unitstore.h>

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

using Core::Deliverable;
using Core::LanguageVersion;

DeliverablesPage::DeliverablesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_model(new DeliverablesModel(session.store(), this))
    , m_browser(new RecordBrowser(m_model, m_filter, QStringLiteral("deliverable"), this))
    , m_versionsBox(new QGroupBox(this))
    , m_versions(new QTableWidget(0, 4, this))
    , m_submitReview(new QPushButton(tr("S&ubmit for review..."), this))
    , m_reviewDraft(new QPushButton(tr("Revie&w draft..."), this))
    , m_history(new ReviewHistoryWidget(session, this))
    , m_today(QDate::currentDate())
{
    m_browser->offerHistory(session.store());
    setObjectName(QStringLiteral("deliverablesPage"));
    m_browser->table()->setAccessibleName(tr("Deliverables"));
    createActions();
    m_browser->setColumnWidths(
        { { DeliverablesModel::TypeColumn, 150 }, { DeliverablesModel::OwnerColumn, 160 },
            { DeliverablesModel::DueColumn, 100 }, { DeliverablesModel::StatusColumn, 90 },
            { DeliverablesModel::LanguagesColumn, 130 }, { DeliverablesModel::CountryColumn, 110 },
            { DeliverablesModel::ProjectColumn, 130 } },
        DeliverablesModel::TitleColumn);
    m_browser->sortBy(DeliverablesModel::DueColumn, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(m_browser, 1);
    // The selected deliverable's languages and its review rounds, side by side under the list.
    auto *details = new QHBoxLayout;
    details->addWidget(createVersionsPanel(), 0, Qt::AlignTop);
    details->addWidget(m_history, 1);
    layout->addLayout(details);
    connect(m_model, &DeliverablesModel::failed, this,
        [this](const Core::Error &error) { m_session.showError(this, error); });
    updateActions();
}

QWidget *DeliverablesPage::createHeader()
{
    auto *header = new PageHeader(tr("Deliverables"), this);
    header->setSubtitle(
        tr("Papers, reports, briefs and the other outputs the unit owes, by due date"));
    header->addFilter(
        m_filter, QStringLiteral("deliverablesFilter"), tr("Filter by title, owner, status..."));
    return header;
}

void DeliverablesPage::createActions()
{
    m_browser->newButton()->setText(tr("&New deliverable..."));
    const QList<std::tuple<Deliverable::Status, QString, QString>> moves {
        { Deliverable::Status::Planned, tr("Re&open"), QStringLiteral("reopenButton") },
        { Deliverable::Status::Drafting, tr("Start &drafting"), QStringLiteral("draftingButton") },
        { Deliverable::Status::Delivered, tr("Mark deli&vered"), QStringLiteral("deliverButton") },
        { Deliverable::Status::Cancelled, tr("&Cancel"),
            QStringLiteral("cancelDeliverableButton") },
    };
    for (const auto &[status, text, name] : moves) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        m_browser->addButton(button);
        m_moves.append({ status, button });
        connect(button, &QPushButton::clicked, this, [this, status = status] { moveTo(status); });
    }
    createReviewActions();
    connect(m_browser, &RecordBrowser::newRequested, this, &DeliverablesPage::newDeliverable);
    connect(m_browser, &RecordBrowser::editRequested, this, &DeliverablesPage::editDeliverable);
    connect(m_browser, &RecordBrowser::deleteRequested, this, &DeliverablesPage::onDelete);
    connect(m_browser, &RecordBrowser::selectionChanged, this, &DeliverablesPage::updateActions);
}

QGroupBox *DeliverablesPage::createVersionsPanel()
{
    m_versionsBox->setObjectName(QStringLiteral("versionsBox"));
    m_versions->setObjectName(QStringLiteral("versionStatusTable"));
    m_versions->setAccessibleName(tr("Language versions"));
    m_versions->setHorizontalHeaderLabels(
        { tr("Language"), tr("Required"), tr("Status"), tr("Due") });
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->setSelectionMode(QAbstractItemView::NoSelection);
    const QList<int> widths { 80, 80, 150, 110 };
    for (int column = 0; column < widths.size(); ++column)
        m_versions->setColumnWidth(column, widths.at(column));
    // Room for four languages without scrolling; a fifth scrolls.
    m_versions->setFixedSize(80 + 80 + 150 + 110 + 2 * m_versions->frameWidth() + 2,
        m_versions->horizontalHeader()->sizeHint().height()
            + m_versions->verticalHeader()->defaultSectionSize() * 4
            + 2 * m_versions->frameWidth());
    auto *layout = new QVBoxLayout(m_versionsBox);
    layout->addWidget(m_versions);
    return m_versionsBox;
}

void DeliverablesPage::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
    m_history->setToday(today);
}

void DeliverablesPage::updateActions()
{
    const QVariant selected = m_browser->selectedRecord();
    const Deliverable deliverable = selected.value<Deliverable>();
    // Seven steps would crowd the row; only the moves possible from here are offered.
    for (const auto &[status, button] : std::as_const(m_moves))
        button->setVisible(selected.isValid() && Deliverable::canMove(deliverable.status, status));
    showVersions(deliverable);
    m_versionsBox->setVisible(selected.isValid() && !deliverable.versions.isEmpty());
    updateReviewActions(deliverable);
}

void DeliverablesPage::showVersions(const Deliverable &deliverable)
{
    m_versionsBox->setTitle(tr("Language versions of \"%1\"").arg(deliverable.title));
    m_versions->setRowCount(0);
    for (const LanguageVersion &version : deliverable.versions) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        m_versions->setItem(row, 0, new QTableWidgetItem(version.language));
        m_versions->setItem(
            row, 1, new QTableWidgetItem(version.required ? tr("required") : tr("optional")));
        auto *status = new QComboBox;
        status->setObjectName(QStringLiteral("versionStatusCombo_") + version.language);
        status->setAccessibleName(tr("Status of the %1 version").arg(version.language));
        for (const auto value : LanguageVersion::statuses())
            status->addItem(LanguageVersion::statusName(value), int(value));
        status->setCurrentIndex(status->findData(int(version.status)));
        status->setEnabled(deliverable.isOpen());
        connect(status, &QComboBox::activated, this, [this, status, id = version.id] {
            onVersionStatusChosen(id, LanguageVersion::Status(status->currentData().toInt()));
        });
        m_versions->setCellWidget(row, 2, status);
        m_versions->setItem(row, 3, new QTableWidgetItem(Format::date(version.dueDate)));
    }
}

DeliverableDialog *DeliverablesPage::newDeliverable()
{
    return openDialog(Deliverable());
}

DeliverableDialog *DeliverablesPage::editDeliverable(Core::Id deliverableId)
{
    const auto deliverable = m_session.store().deliverables().find(deliverableId);
    if (!deliverable) {
        m_session.showError(this, deliverable.error());
        return nullptr;
    }
    return openDialog(deliverable.value());
}

DeliverableDialog *DeliverablesPage::showDeliverable(Core::Id deliverableId)
{
    return m_browser->select(deliverableId) ? editDeliverable(deliverableId) : nullptr;
}

DeliverableDialog *DeliverablesPage::openDialog(const Deliverable &deliverable)
{
    auto *dialog = new DeliverableDialog(m_session, deliverable, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { m_browser->select(dialog->deliverable().id); });
    dialog->open();
    return dialog;
}

void DeliverablesPage::moveTo(Deliverable::Status status)
{
    const Core::Status moved
        = m_session.store().deliverables().setStatus(m_browser->selectedId(), status);
    if (!moved)
        m_session.showError(this, moved.error());
}

void DeliverablesPage::onVersionStatusChosen(Core::Id versionId, LanguageVersion::Status status)
{
    const Core::Status set = m_session.store().deliverables().setVersionStatus(versionId, status);
    if (!set) {
        m_session.showError(this, set.error());
        updateActions();
    }
}

void DeliverablesPage::onDelete(Core::Id deliverableId, const QString &title)
{
    if (!m_session.messenger().confirm(this, tr("Delete deliverable"),
            tr("Delete the deliverable \"%1\" and its language versions? This cannot be undone.")
                .arg(title)))
        return;
    const Core::Status removed = m_session.store().deliverables().remove(deliverableId);
    if (!removed)
        m_session.showError(this, removed.error());
}

void DeliverablesPage::createReviewActions()
{
    m_submitReview->setObjectName(QStringLiteral("submitForReviewButton"));
    m_reviewDraft->setObjectName(QStringLiteral("reviewDraftButton"));
    m_browser->addButton(m_submitReview);
    m_browser->addButton(m_reviewDraft);
    connect(m_submitReview, &QPushButton::clicked, this, &DeliverablesPage::submitForReview);
    connect(m_reviewDraft, &QPushButton::clicked, this, &DeliverablesPage::reviewDraft);
    // A round moves its deliverable (in review, revision, cleared) through the review store.
    const Core::ReviewRepository &reviews = m_session.store().reviews();
    connect(&reviews, &Core::ReviewRepository::changed, m_model, &DeliverablesModel::refresh);
    connect(&reviews, &Core::ReviewRepository::changed, this, &DeliverablesPage::updateActions);
    connect(&m_session, &Session::currentPersonChanged, this, &DeliverablesPage::updateActions);
}

// A draft is submitted while being written or revised; the pending round is reviewed by the
// reviewer it was sent to.
void DeliverablesPage::updateReviewActions(const Deliverable &deliverable)
{
    const auto pending = pendingRound(deliverable.id);
    m_submitReview->setEnabled(deliverable.id != 0 && !pending
        && (deliverable.status == Deliverable::Status::Planned
            || deliverable.status == Deliverable::Status::Drafting
            || deliverable.status == Deliverable::Status::Revision));
    m_reviewDraft->setEnabled(pending && pending->reviewerId == m_session.currentPersonId());
    m_history->setDeliverable(deliverable.id);
    m_history->setVisible(deliverable.id != 0);
}

std::optional<Core::ReviewRound> DeliverablesPage::pendingRound(Core::Id deliverableId) const
{
    if (deliverableId == 0)
        return std::nullopt;
    const auto rounds = m_session.store().reviews().forDeliverable(deliverableId);
    if (!rounds || rounds.value().isEmpty() || !rounds.value().last().isPending())
        return std::nullopt;
    return rounds.value().last();
}

ReviewRoundDialog *DeliverablesPage::submitForReview()
{
    const Deliverable deliverable = m_browser->selectedRecord().value<Deliverable>();
    if (deliverable.id == 0)
        return nullptr;
    auto *dialog = new ReviewRoundDialog(m_session, deliverable, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ReviewDialog *DeliverablesPage::reviewDraft()
{
    const auto pending = pendingRound(m_browser->selectedId());
    if (!pending)
        return nullptr;
    auto *dialog = new ReviewDialog(m_session, *pending, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Ui
